import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";

export type AuditEntry = {
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
};

/**
 * Appends one security audit record. Callers pass the transaction they write in,
 * so the record exists exactly when the change does. Never put plaintext ID
 * numbers or phones in `detail`.
 */
export async function audit(
  db: Kysely<Database>,
  ctx: { actor: Actor | undefined; ip?: string | undefined; districtCode: string; now: Date },
  entry: AuditEntry,
): Promise<void> {
  const actor = ctx.actor;
  await db
    .insertInto("audit_log")
    .values({
      district_code: ctx.districtCode,
      at: ctx.now,
      actor_type: actor ? actor.type : "anonymous",
      actor_id: actor ? actor.id : null,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      ip: ctx.ip ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
