import { sql, type RawBuilder, type Transaction } from "kysely";
import { movedDues, rescheduleFrom, type WorkCalendar } from "@onewindow/shared";
import type { Database } from "../../db/schema.js";
import { notifyApplicant, type NotifyContext } from "../cases/notify-applicant.js";

/** The running deadlines the office owes, and what "still running" means for each. */
const RUNNING = [
  { table: "cases", column: "promised_due", running: sql`ended_at IS NULL` },
  { table: "cases", column: "statutory_due", running: sql`ended_at IS NULL` },
  { table: "tasks", column: "due_date", running: sql`status = 'open'` },
  { table: "supervision_orders", column: "answer_due", running: sql`answered_at IS NULL` },
  { table: "rectifications", column: "due_date", running: sql`status = 'open'` },
] as const;

export type Rescheduled = { cases: number; tasks: number; orders: number; rectifications: number };

type Tx = Transaction<Database>;

/**
 * After a year's calendar changed inside this transaction: every deadline still running
 * keeps the working days it had left and is counted again on the new calendar. Dates
 * handed to residents as their own deadline (容缺 materials, the 补正 date, the materials
 * receipt's review date) stay as printed. A case whose promised date moves says so on its
 * timeline, and the applicant, who had that date by SMS, gets the new one.
 */
export async function rescheduleRunningDues(
  db: Tx,
  p: {
    year: number;
    today: string;
    now: Date;
    before: WorkCalendar;
    after: WorkCalendar;
    notify: Omit<NotifyContext, "now">;
  },
): Promise<Rescheduled> {
  const from = rescheduleFrom(p.year, p.today);
  const movedCases = new Set<string>();
  const counts: Rescheduled = { cases: 0, tasks: 0, orders: 0, rectifications: 0 };
  for (const target of RUNNING) {
    const table = sql.table(target.table);
    const column = sql.ref(target.column);
    const dues = await sql<{ due: string }>`
      SELECT DISTINCT ${column}::text AS due FROM ${table}
      WHERE ${target.running} AND ${column} > ${from}::date`.execute(db);
    const moved = movedDues(
      dues.rows.map((r) => r.due),
      from,
      p.before,
      p.after,
    );
    if (moved.size === 0) continue;
    const pairs = sql.join([...moved].map(([was, becomes]) => sql`(${was}::date, ${becomes}::date)`));
    const update = sql<{ id: string; was: string; becomes: string }>`
      UPDATE ${table} SET ${column} = m.becomes
      FROM (VALUES ${pairs}) AS m (was, becomes)
      WHERE ${table}.${column} = m.was AND ${target.running}
      RETURNING ${table}.id, m.was::text AS was, m.becomes::text AS becomes`;
    if (target.column === "promised_due") {
      for (const c of await movedPromises(db, update, p)) {
        movedCases.add(c.id);
        await notifyApplicant(db, { ...p.notify, now: p.now }, c.id, "case.rescheduled", {
          reason: `${p.year}年节假日安排调整`,
          // Every move is told, even back to a date told before (an edit taken back).
          eventKey: `${c.becomes}@${p.now.getTime()}`,
        });
      }
      continue;
    }
    const rows = (await update.execute(db)).rows;
    if (target.table === "cases") rows.forEach((r) => movedCases.add(r.id));
    else if (target.table === "tasks") counts.tasks += rows.length;
    else if (target.table === "supervision_orders") counts.orders += rows.length;
    else counts.rectifications += rows.length;
  }
  counts.cases = movedCases.size;
  return counts;
}

/** Moves promised dates and puts each move on the case's timeline, which residents read. */
async function movedPromises(
  db: Tx,
  update: RawBuilder<{ id: string; was: string; becomes: string }>,
  p: { year: number; now: Date },
) {
  const moved = (await update.execute(db)).rows;
  const events = moved.map((c) => ({
    case_id: c.id,
    at: p.now,
    stage: "期限调整",
    text: `因 ${p.year} 年节假日安排调整，承诺办结日期由 ${c.was} 调整为 ${c.becomes}`,
  }));
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT)
    await db
      .insertInto("case_events")
      .values(events.slice(i, i + EVENTS_PER_INSERT))
      .execute();
  return moved;
}

/** Rows per timeline insert: well under PostgreSQL's 65 535 parameters a statement. */
const EVENTS_PER_INSERT = 1000;
