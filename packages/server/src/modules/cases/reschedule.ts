import { sql } from "kysely";
import { shiftRunningDates } from "../../db/shift-dates.js";
import type { DueShifter } from "../calendar/index.js";
import { eventRow } from "./cases.repo.js";
import { notifyApplicant } from "./notify-applicant.js";

/** Rows per timeline insert: well under PostgreSQL's 65 535 parameters a statement. */
const EVENTS_PER_INSERT = 1000;

/**
 * The cases' part of a new calendar: promised and statutory dates of open cases and the due
 * dates of open steps. A moved promised date goes on the case's timeline, which residents read,
 * and the applicant, who had that date by SMS, gets the new one.
 */
export const shiftCaseDues: DueShifter = async (db, change) => {
  const movedCases = new Set<string>();
  const open = sql`ended_at IS NULL`;
  const promised = await shiftRunningDates(
    db,
    { table: "cases", column: "promised_due", running: open },
    change,
  );
  const events = promised.map((c) =>
    eventRow(
      { case_id: c.id, at: change.now },
      { kind: "rescheduled", params: { year: change.year, was: c.was, becomes: c.becomes } },
    ),
  );
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT)
    await db
      .insertInto("case_events")
      .values(events.slice(i, i + EVENTS_PER_INSERT))
      .execute();
  for (const c of promised) {
    movedCases.add(c.id);
    await notifyApplicant(db, { ...change.notify, now: change.now }, c.id, "case.rescheduled", {
      reason: `${change.year}年节假日安排调整`,
      // Every move is told, even back to a date told before (an edit taken back).
      eventKey: `${c.becomes}@${change.now.getTime()}`,
    });
  }
  const statutory = await shiftRunningDates(
    db,
    { table: "cases", column: "statutory_due", running: open },
    change,
  );
  statutory.forEach((c) => movedCases.add(c.id));
  const tasks = await shiftRunningDates(
    db,
    { table: "tasks", column: "due_date", running: sql`status = 'open'` },
    change,
  );
  return { cases: movedCases.size, tasks: tasks.length };
};
