import { sql } from "kysely";
import { shiftRunningDates } from "../../db/shift-dates.js";
import type { DueShifter } from "../calendar/index.js";

/** The supervision centre's part of a new calendar: answers still owed to 督办 orders. */
export const shiftOrderDues: DueShifter = async (db, change) => {
  const orders = await shiftRunningDates(
    db,
    { table: "supervision_orders", column: "answer_due", running: sql`answered_at IS NULL` },
    change,
  );
  return { orders: orders.length };
};
