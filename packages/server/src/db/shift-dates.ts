import { sql, type RawBuilder, type Transaction } from "kysely";
import { movedDues, type WorkCalendar } from "@onewindow/shared";
import type { Database } from "./schema.js";

/** A calendar change as the deadlines see it: dates after `from` move from `before` to `after`. */
export type DueShift = { from: string; before: WorkCalendar; after: WorkCalendar };

/** A date column holding deadlines, and which of its rows still run. */
export type DueColumn = { table: keyof Database; column: string; running: RawBuilder<unknown> };

/**
 * Moves every running deadline in one column so it keeps the working days it had left on the
 * new calendar (the rule is `movedDues` in shared). Each module calls it for its own tables.
 */
export async function shiftRunningDates(
  db: Transaction<Database>,
  target: DueColumn,
  shift: DueShift,
): Promise<{ id: string; was: string; becomes: string }[]> {
  const table = sql.table(target.table);
  const column = sql.ref(target.column);
  const dues = await sql<{ due: string }>`
    SELECT DISTINCT ${column}::text AS due FROM ${table}
    WHERE ${target.running} AND ${column} > ${shift.from}::date`.execute(db);
  const moved = movedDues(
    dues.rows.map((r) => r.due),
    shift.from,
    shift.before,
    shift.after,
  );
  if (moved.size === 0) return [];
  const pairs = sql.join([...moved].map(([was, becomes]) => sql`(${was}::date, ${becomes}::date)`));
  const { rows } = await sql<{ id: string; was: string; becomes: string }>`
    UPDATE ${table} SET ${column} = m.becomes
    FROM (VALUES ${pairs}) AS m (was, becomes)
    WHERE ${table}.${column} = m.was AND ${target.running}
    RETURNING ${table}.id, m.was::text AS was, m.becomes::text AS becomes`.execute(db);
  return rows;
}
