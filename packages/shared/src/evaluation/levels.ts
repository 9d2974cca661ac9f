import type { WorkCalendar } from "../calendar/working-days.js";

/** 好差评 levels (GB/T 39734-2020): 5 非常满意 … 1 非常不满意; 1 and 2 are 差评. */
export const EVALUATION_LEVEL_TEXT: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: "非常满意",
  4: "满意",
  3: "基本满意",
  2: "不满意",
  1: "非常不满意",
};

export type EvaluationLevel = keyof typeof EVALUATION_LEVEL_TEXT;

export function isEvaluationLevel(n: unknown): n is EvaluationLevel {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

/** A 差评 opens rectification with a callback to the resident. */
export function isBadRating(level: EvaluationLevel): boolean {
  return level <= 2;
}

/** Local practice: rectification within 5–15 working days; 10 unless the district sets another. */
export const DEFAULT_RECTIFY_WORKING_DAYS = 10;

export function rectificationDue(
  today: string,
  calendar: WorkCalendar,
  workingDays = DEFAULT_RECTIFY_WORKING_DAYS,
) {
  if (workingDays < 5 || workingDays > 15)
    throw new RangeError("rectification limit must be 5–15 working days");
  return calendar.addWorkingDays(today, workingDays);
}
