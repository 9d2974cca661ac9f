import { sql } from "kysely";
import { shiftRunningDates } from "../../db/shift-dates.js";
import type { DueShifter } from "../calendar/index.js";

/** The ratings' part of a new calendar: rectifications still open after a poor rating. */
export const shiftRectificationDues: DueShifter = async (db, change) => {
  const rectifications = await shiftRunningDates(
    db,
    { table: "rectifications", column: "due_date", running: sql`status = 'open'` },
    change,
  );
  return { rectifications: rectifications.length };
};
