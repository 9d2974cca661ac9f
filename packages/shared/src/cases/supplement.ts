import type { WorkCalendar } from "../calendar/working-days.js";

/**
 * Local practice: an applicant asked for 补正 brings the materials within this many working
 * days, unless the district sets another (the law sets no limit; many districts then treat
 * the application as withdrawn, which stays the window's decision here).
 */
export const DEFAULT_SUPPLEMENT_WORKING_DAYS = 10;

/** The day by which the applicant is to hand in what 补正 asks for, counted from the return. */
export function supplementDue(today: string, calendar: WorkCalendar, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 60)
    throw new RangeError("the 补正 limit must be 1–60 working days");
  return calendar.addWorkingDays(today, workingDays);
}

/** Whether the 补正 date has passed (the day itself still counts). */
export function supplementOverdue(due: string | null, today: string): boolean {
  return due !== null && today > due;
}
