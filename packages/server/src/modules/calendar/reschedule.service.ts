import type { Transaction } from "kysely";
import { rescheduleFrom, type WorkCalendar } from "@onewindow/shared";
import type { Database } from "../../db/schema.js";
import type { DueShift } from "../../db/shift-dates.js";
import type { SensitiveBox } from "../../security/sensitive.js";

export type Rescheduled = { cases: number; tasks: number; orders: number; rectifications: number };

/** A saved year's calendar, as handed to each module that keeps running deadlines. */
export type CalendarChange = DueShift & {
  year: number;
  now: Date;
  /** What a module needs to tell a resident of a moved date by SMS. */
  notify: { box: SensitiveBox; districtCode: string; publicUrl: string };
};

/**
 * One module's part of a calendar change: it counts its own running deadlines again (the
 * calendar never writes other modules' tables) and says how many moved. The composition root
 * (app.ts) hands the calendar every module's shifter.
 */
export type DueShifter = (db: Transaction<Database>, change: CalendarChange) => Promise<Partial<Rescheduled>>;

/**
 * After a year's calendar changed inside this transaction: every deadline still running keeps
 * the working days it had left and is counted again on the new calendar, by the module that
 * owns it. Dates handed to residents as their own deadline (容缺 materials, the 补正 date, the
 * materials receipt's review date) stay as printed.
 */
export async function rescheduleRunningDues(
  db: Transaction<Database>,
  p: {
    year: number;
    today: string;
    now: Date;
    before: WorkCalendar;
    after: WorkCalendar;
    notify: CalendarChange["notify"];
  },
  shifters: readonly DueShifter[],
): Promise<Rescheduled> {
  const change: CalendarChange = {
    year: p.year,
    from: rescheduleFrom(p.year, p.today),
    before: p.before,
    after: p.after,
    now: p.now,
    notify: p.notify,
  };
  const counts: Rescheduled = { cases: 0, tasks: 0, orders: 0, rectifications: 0 };
  for (const shift of shifters) {
    const moved = await shift(db, change);
    for (const key of Object.keys(counts) as (keyof Rescheduled)[]) counts[key] += moved[key] ?? 0;
  }
  return counts;
}
