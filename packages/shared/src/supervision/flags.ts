import type { WorkCalendar } from "../calendar/working-days.js";

/**
 * 电子监察 flags raised on a finished task (DOMAIN.md: a single stage overtime,
 * late forwarding, refusal without reasons). Pure: the job feeds it rows.
 */
export const FLAG_KINDS = ["stage_overtime", "late_forwarding", "refusal_without_reason"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FLAG_KIND_TEXT: Record<FlagKind, string> = {
  stage_overtime: "环节超时",
  late_forwarding: "转报不及时",
  refusal_without_reason: "不予批准未说明理由",
};

export type FlagRule = {
  /** A community or street office forwards a case up within this many working days (local practice). */
  forwardWithinWorkingDays: number;
  /** A refusal's reason shorter than this (in characters, spaces ignored) counts as none. */
  minReasonLength: number;
};

export const DEFAULT_FLAG_RULE: FlagRule = { forwardWithinWorkingDays: 1, minReasonLength: 4 };

export type FinishedTask = {
  /** China dates "YYYY-MM-DD". */
  openedOn: string;
  completedOn: string;
  dueDate: string | null;
  /** The level of the office that handled it: lower levels forward cases upwards. */
  level: "community" | "street" | "department" | "district";
  decision: "approved" | "rejected" | "returned";
  comment: string | null;
};

export function flagsFor(
  task: FinishedTask,
  calendar: WorkCalendar,
  rule: FlagRule = DEFAULT_FLAG_RULE,
): FlagKind[] {
  const out: FlagKind[] = [];
  if (task.dueDate && task.completedOn > task.dueDate) out.push("stage_overtime");
  const forwards = task.decision === "approved" && (task.level === "community" || task.level === "street");
  if (
    forwards &&
    calendar.workingDaysBetween(task.openedOn, task.completedOn) > rule.forwardWithinWorkingDays
  )
    out.push("late_forwarding");
  const reason = (task.comment ?? "").replace(/\s+/g, "");
  if (task.decision === "rejected" && [...reason].length < rule.minReasonLength)
    out.push("refusal_without_reason");
  return out;
}
