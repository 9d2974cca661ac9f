import { chinaDate, DEFAULT_FLAG_RULE, FLAG_KIND_TEXT, flagsFor, type FlagKind } from "@onewindow/shared";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";

/** Tasks finished this far back are (re)checked each run; flags are unique per task and kind. */
const LOOKBACK_DAYS = 14;

function detailOf(kind: FlagKind, t: { due_date: string | null; opened: string; completed: string }) {
  switch (kind) {
    case "stage_overtime":
      return `期限 ${t.due_date}，${t.completed} 办结`;
    case "late_forwarding":
      return `${t.opened} 到达，${t.completed} 才转报上级`;
    case "refusal_without_reason":
      return "不予批准，未写明理由";
  }
}

/**
 * Flags finished tasks (环节超时, 转报不及时, 不予批准未说明理由). A job; safe on
 * several server copies at once: each flag is unique per task and kind.
 */
export async function checkFinishedTasks(ctx: Pick<Ctx, "db" | "clock" | "districtCode">) {
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const rows = await ctx.db
    .selectFrom("tasks as t")
    .innerJoin("orgs as o", "o.code", "t.org_code")
    .select([
      "t.id",
      "t.case_id",
      "t.org_code",
      "t.status",
      "t.due_date",
      "t.opened_at",
      "t.completed_at",
      "t.completed_by",
      "t.comment",
      "o.kind",
    ])
    .where("t.completed_at", ">=", since)
    .where("t.status", "in", ["approved", "rejected", "returned"])
    .execute();
  const flags = rows.flatMap((t) => {
    const opened = chinaDate(t.opened_at);
    const completed = chinaDate(t.completed_at!);
    const kinds = flagsFor(
      {
        openedOn: opened,
        completedOn: completed,
        dueDate: t.due_date,
        level: t.kind,
        decision: t.status as "approved" | "rejected" | "returned",
        comment: t.comment,
      },
      calendar,
      DEFAULT_FLAG_RULE,
    );
    return kinds.map((kind) => ({
      district_code: ctx.districtCode,
      kind,
      task_id: t.id,
      case_id: t.case_id,
      org_code: t.org_code,
      staff_id: t.completed_by,
      detail: detailOf(kind, { due_date: t.due_date, opened, completed }),
      raised_at: now,
    }));
  });
  if (flags.length === 0) return { flagged: 0 };
  const r = await ctx.db
    .insertInto("supervision_flags")
    .values(flags)
    .onConflict((oc) => oc.columns(["task_id", "kind"]).doNothing())
    .executeTakeFirst();
  return { flagged: Number(r.numInsertedOrUpdatedRows ?? 0) };
}

/** Flags at offices inside the supervisor's jurisdiction, newest first. */
export async function listFlags(ctx: Ctx, actor: StaffActor, kind?: FlagKind) {
  let q = ctx.db
    .selectFrom("supervision_flags as f")
    .innerJoin("orgs as o", "o.code", "f.org_code")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .innerJoin("tasks as t", "t.id", "f.task_id")
    .leftJoin("staff as s", "s.id", "f.staff_id")
    .select([
      "f.kind",
      "f.detail",
      "f.raised_at",
      "f.org_code",
      "o.name as org_name",
      "c.case_no",
      "t.name as task_name",
      "s.name as staff_name",
    ])
    .where(pathUnderAny("o.path", grantPaths(actor, ["supervisor", "admin"])));
  if (kind) q = q.where("f.kind", "=", kind);
  const rows = await q.orderBy("f.raised_at", "desc").orderBy("c.case_no").limit(500).execute();
  return rows.map((r) => ({ ...r, kindText: FLAG_KIND_TEXT[r.kind] }));
}
