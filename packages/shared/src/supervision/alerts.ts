import type { WorkCalendar } from "../calendar/working-days.js";

export const ALERT_LEVELS = ["warning", "yellow", "red"] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export const ALERT_LEVEL_TEXT: Record<AlertLevel, string> = {
  warning: "预警",
  yellow: "黄牌",
  red: "红牌",
};

/**
 * 电子监察 for one open task or case due on `due` (both "YYYY-MM-DD", China dates):
 * a warning from the working day before the due date, a yellow card once it is
 * overdue, a red card when it is still open `redAfterWorkingDays` working days after.
 */
export function alertLevel(
  due: string,
  today: string,
  calendar: WorkCalendar,
  redAfterWorkingDays: number,
): AlertLevel | undefined {
  if (today > due) {
    return today > calendar.addWorkingDays(due, redAfterWorkingDays) ? "red" : "yellow";
  }
  // Due on the next working day (or today): warn now.
  return calendar.addWorkingDays(today, 1) >= due ? "warning" : undefined;
}
