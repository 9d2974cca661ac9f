import { sql } from "kysely";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";
import { escapeLike } from "../../db/like.js";

const ROLES = ["supervisor", "admin"] as const;

export type AuditFilters = {
  username?: string | undefined;
  target?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit?: string | undefined;
};

/**
 * Audit entries for an overseer: by staff inside their jurisdiction, plus those of
 * devices and anonymous callers when they oversee the whole district. Newest first.
 */
export async function searchAudit(ctx: Ctx, actor: StaffActor, q: AuditFilters) {
  const { from, to } = q;
  const roots = grantPaths(actor, [...ROLES]);
  let query = ctx.db
    .selectFrom("audit_log as a")
    .leftJoin("staff as s", (j) => j.on(sql`s.id::text`, "=", sql.ref("a.actor_id")))
    .leftJoin("orgs as o", "o.code", "s.org_code")
    .select([
      "a.id",
      "a.chain_seq",
      "a.at",
      "a.actor_type",
      "a.action",
      "a.target_type",
      "a.target_id",
      "a.ip",
      "a.detail",
      "s.username",
      "s.name as staff_name",
      "o.name as org_name",
    ])
    .where((eb) =>
      eb.or([
        pathUnderAny("o.path", roots),
        // Devices and anonymous callers have no org; district-wide overseers see them.
        roots.some((root) => !root.includes("/")) ? sql<boolean>`true` : sql<boolean>`false`,
      ]),
    );
  if (q.username) query = query.where("s.username", "=", q.username.toLowerCase());
  if (q.target) query = query.where("a.target_id", "=", q.target);
  if (q.action) query = query.where("a.action", "like", `${escapeLike(q.action)}%`);
  if (from) query = query.where("a.at", ">=", from);
  if (to) query = query.where("a.at", "<=", to);
  const rows = await query
    .orderBy("a.id", "desc")
    .limit(Math.min(Number(q.limit ?? 100), 500))
    .execute();
  return rows;
}
