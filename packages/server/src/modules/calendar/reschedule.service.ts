import { sql, type Kysely, type RawBuilder } from "kysely";
import { movedDues, rescheduleFrom, type WorkCalendar } from "@onewindow/shared";
import type { Database } from "../../db/schema.js";

/** The running deadlines the office owes, and what "still running" means for each. */
const RUNNING = [
  { table: "cases", column: "promised_due", running: sql`ended_at IS NULL` },
  { table: "cases", column: "statutory_due", running: sql`ended_at IS NULL` },
  { table: "tasks", column: "due_date", running: sql`status = 'open'` },
  { table: "supervision_orders", column: "answer_due", running: sql`answered_at IS NULL` },
  { table: "rectifications", column: "due_date", running: sql`status = 'open'` },
] as const;

export type Rescheduled = { cases: number; tasks: number; orders: number; rectifications: number };

/**
 * After a year's calendar changed inside this transaction: every deadline still running
 * keeps the working days it had left and is counted again on the new calendar. Dates
 * handed to residents as their own deadline (容缺 materials, the materials receipt's
 * review date) stay as printed. A case whose promised date moves says so on its timeline.
 */
export async function rescheduleRunningDues(
  db: Kysely<Database>,
  p: { year: number; today: string; now: Date; before: WorkCalendar; after: WorkCalendar },
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
    const pairs = sql.join([...moved].map(([was, now]) => sql`(${was}::date, ${now}::date)`));
    const update = sql`
      UPDATE ${table} SET ${column} = m.becomes
      FROM (VALUES ${pairs}) AS m (was, becomes)
      WHERE ${table}.${column} = m.was AND ${target.running}
      RETURNING ${table}.id, m.was, m.becomes`;
    if (target.table === "cases") {
      const ids = await movedCaseDues(db, update, target.column === "promised_due" ? p : undefined);
      ids.forEach((id) => movedCases.add(id));
    } else {
      const rows = await sql`${update}`.execute(db);
      const n = rows.rows.length;
      if (target.table === "tasks") counts.tasks += n;
      else if (target.table === "supervision_orders") counts.orders += n;
      else counts.rectifications += n;
    }
  }
  counts.cases = movedCases.size;
  return counts;
}

/** Moves case dates; a moved promised date is told on the case's timeline, which residents read. */
async function movedCaseDues(
  db: Kysely<Database>,
  update: RawBuilder<unknown>,
  timeline: { year: number; now: Date } | undefined,
): Promise<string[]> {
  if (!timeline) return (await sql<{ id: string }>`${update}`.execute(db)).rows.map((r) => r.id);
  const rows = await sql<{ id: string }>`
    WITH moved AS (${update})
    INSERT INTO case_events (case_id, at, stage, text)
    SELECT id, ${timeline.now}, '期限调整',
           ${`因 ${timeline.year} 年节假日安排调整，承诺办结日期由 `} || to_char(was, 'YYYY-MM-DD')
           || ' 调整为 ' || to_char(becomes, 'YYYY-MM-DD')
    FROM moved
    RETURNING case_id AS id`.execute(db);
  return rows.rows.map((r) => r.id);
}
