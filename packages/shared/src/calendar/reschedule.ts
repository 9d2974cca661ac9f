import type { WorkCalendar } from "./working-days.js";

/**
 * When a year's holiday arrangement is entered or corrected, the deadlines still
 * running were counted on the old calendar. They keep the working days they had
 * left and are counted again on the new one. Days already past stay as they were
 * counted, so the recount starts today, or the day before the changed year when
 * that year has not begun.
 */
export function rescheduleFrom(year: number, today: string): string {
  const eve = `${year - 1}-12-31`;
  return eve > today ? eve : today;
}

const DAY_MS = 86_400_000;

/** Whether the two calendars tell a different working day somewhere in (from, to]. */
function differ(from: string, to: string, before: WorkCalendar, after: WorkCalendar): boolean {
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`) + DAY_MS; t <= end; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (before.isWorkingDay(day) !== after.isWorkingDay(day)) return true;
  }
  return false;
}

/**
 * A due date counted on `before`, counted again on `after` from `from`. Unchanged when it is
 * not after `from` or when the calendars agree up to it.
 */
export function rescheduleDue(due: string, from: string, before: WorkCalendar, after: WorkCalendar): string {
  if (due <= from || !differ(from, due, before, after)) return due;
  return after.addWorkingDays(from, before.workingDaysBetween(from, due));
}

/** The due dates among `dues` that move, old → new (each distinct date computed once). */
export function movedDues(
  dues: Iterable<string>,
  from: string,
  before: WorkCalendar,
  after: WorkCalendar,
): Map<string, string> {
  const moved = new Map<string, string>();
  for (const due of new Set(dues)) {
    const next = rescheduleDue(due, from, before, after);
    if (next !== due) moved.set(due, next);
  }
  return moved;
}
