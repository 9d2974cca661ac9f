import { ALERT_LEVELS, ALERT_LEVEL_TEXT, alertLevel, chinaDate, type AlertLevel } from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { readSetting } from "../../db/settings.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";
import { enqueueSms } from "../notify/index.js";
import { responsibleStaff } from "./responsible.js";

const RED_AFTER_KEY = "supervision.redAfterWorkingDays";
/** Working days a task may stay overdue before the yellow card turns red (local practice). */
export const DEFAULT_RED_AFTER_WORKING_DAYS = 3;

async function redAfter(db: Kysely<Database>): Promise<number> {
  const value = await readSetting(db, RED_AFTER_KEY);
  return typeof value === "number" ? value : DEFAULT_RED_AFTER_WORKING_DAYS;
}

/**
 * The deadline check (a job; safe to run on several server copies at once: each
 * card is unique per task and level). Every open task of a running case gets the
 * card its due date calls for on the working-day calendar; cards of tasks no
 * longer open (or whose case is paused for 补正), and cards raised against a deadline
 * that has since moved on, are resolved.
 */
export async function checkDeadlines(ctx: Pick<Ctx, "db" | "clock" | "districtCode" | "box" | "tx">) {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const [calendar, grace] = await Promise.all([loadWorkCalendar(ctx.db), redAfter(ctx.db)]);
  const open = await ctx.db
    .selectFrom("tasks as t")
    .innerJoin("cases as c", "c.id", "t.case_id")
    .select(["t.id", "t.case_id", "t.org_code", "t.due_date"])
    .where("t.status", "=", "open")
    .where("c.paused_since", "is", null)
    .where("t.due_date", "is not", null)
    .execute();
  const cards = open.flatMap((t) => {
    const level = alertLevel(t.due_date!, today, calendar, grace);
    if (!level) return [];
    // A red card comes after a yellow one: record every level reached, once each.
    const reached = ALERT_LEVELS.slice(0, ALERT_LEVELS.indexOf(level) + 1).filter(
      (l) => level === "warning" || l !== "warning",
    );
    return reached.map((l) => ({
      district_code: ctx.districtCode,
      task_id: t.id,
      case_id: t.case_id,
      org_code: t.org_code,
      level: l,
      due_date: t.due_date!,
      raised_at: now,
    }));
  });
  let raised = 0;
  for (let i = 0; i < cards.length; i += 500) {
    raised += await ctx.tx(async (db) => {
      const fresh = await db
        .insertInto("supervision_alerts")
        .values(cards.slice(i, i + 500))
        .onConflict((oc) => oc.columns(["task_id", "level", "due_date"]).doNothing())
        .returning(["id", "level", "org_code", "task_id", "due_date"])
        .execute();
      await smsResponsible(db, ctx, now, fresh);
      return fresh.length;
    });
  }
  const resolved = await ctx.db
    .updateTable("supervision_alerts")
    .set({ resolved_at: now })
    .where("resolved_at", "is", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("tasks as t")
            .innerJoin("cases as c", "c.id", "t.case_id")
            .select("t.id")
            .whereRef("t.id", "=", "supervision_alerts.task_id")
            .whereRef("t.due_date", "=", "supervision_alerts.due_date")
            .where("t.status", "=", "open")
            .where("c.paused_since", "is", null),
        ),
      ),
    )
    .executeTakeFirst();
  return { raised, resolved: Number(resolved.numUpdatedRows) };
}

/**
 * Texts the people responsible for each new card (in the card's transaction,
 * through the outbox: no card without its SMS, and no SMS twice).
 */
async function smsResponsible(
  db: Kysely<Database>,
  ctx: Pick<Ctx, "districtCode" | "box">,
  now: Date,
  fresh: { id: string; level: AlertLevel; org_code: string; task_id: string; due_date: string }[],
) {
  if (fresh.length === 0) return;
  const [people, tasks] = await Promise.all([
    responsibleStaff(
      db,
      fresh.map((f) => f.org_code),
    ),
    db
      .selectFrom("tasks as t")
      .innerJoin("cases as c", "c.id", "t.case_id")
      .innerJoin("orgs as o", "o.code", "t.org_code")
      .select(["t.id", "t.name", "c.case_no", "o.short_name"])
      .where(
        "t.id",
        "in",
        fresh.map((f) => f.task_id),
      )
      .execute(),
  ]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  for (const card of fresh) {
    const task = taskById.get(card.task_id)!;
    for (const person of people.get(card.org_code) ?? []) {
      if (!person.phoneCipher) continue;
      await enqueueSms(
        db,
        { box: ctx.box, districtCode: ctx.districtCode, now },
        {
          key: `alert:${card.id}:${person.id}`,
          to: ctx.box.decrypt(person.phoneCipher),
          template: "supervision.card",
          params: {
            name: person.name,
            org: task.short_name,
            caseNo: task.case_no,
            task: task.name,
            level: ALERT_LEVEL_TEXT[card.level],
            due: card.due_date,
          },
        },
      );
    }
  }
}

/** Open cards at offices inside the supervisor's jurisdiction, the most severe first. */
export async function listAlerts(ctx: Ctx, actor: StaffActor, level?: AlertLevel) {
  const q = ctx.db
    .selectFrom("supervision_alerts as a")
    .innerJoin("orgs as o", "o.code", "a.org_code")
    .innerJoin("cases as c", "c.id", "a.case_id")
    .innerJoin("tasks as t", "t.id", "a.task_id")
    .select([
      "a.level",
      "a.due_date",
      "a.raised_at",
      "a.org_code",
      "o.name as org_name",
      "c.case_no",
      "t.id as task_id",
      "t.name as task_name",
    ])
    .where("a.resolved_at", "is", null)
    .where(pathUnderAny("o.path", grantPaths(actor, ["supervisor", "admin"])));
  const rows = await q.orderBy("a.due_date").orderBy("c.case_no").execute();
  const rank = (l: AlertLevel) => ALERT_LEVELS.indexOf(l);
  // One line per task: its most severe open card.
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = best.get(r.task_id);
    if (!seen || rank(r.level) > rank(seen.level)) best.set(r.task_id, r);
  }
  const chosen = [...best.values()]
    .filter((r) => !level || r.level === level)
    .sort((a, b) => rank(b.level) - rank(a.level) || a.due_date.localeCompare(b.due_date));
  const people = await responsibleStaff(
    ctx.db,
    chosen.map((r) => r.org_code),
  );
  return chosen.map((r) => ({ ...r, responsible: (people.get(r.org_code) ?? []).map((p) => p.name) }));
}

/** The most severe open card of each of these tasks (shown on the approver's workbench). */
export async function openCardsOf(db: Kysely<Database>, taskIds: string[]): Promise<Map<string, AlertLevel>> {
  const out = new Map<string, AlertLevel>();
  if (taskIds.length === 0) return out;
  const rows = await db
    .selectFrom("supervision_alerts")
    .select(["task_id", "level"])
    .where("task_id", "in", taskIds)
    .where("resolved_at", "is", null)
    .execute();
  for (const r of rows) {
    const seen = out.get(r.task_id);
    if (!seen || ALERT_LEVELS.indexOf(r.level) > ALERT_LEVELS.indexOf(seen)) out.set(r.task_id, r.level);
  }
  return out;
}
