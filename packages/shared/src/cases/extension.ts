import type { CaseStatusCode } from "./cases.js";
import type { WorkCalendar } from "../calendar/working-days.js";

/**
 * 延长办理期限 (行政许可法第四十二条: "二十日内不能作出决定的，经本行政机关负责人批准，可以延长
 * 十日，并应当将延长期限的理由告知申请人"). An item says how many working days it may be extended
 * by in total; extensions are granted while the clock runs and before the statutory deadline.
 */
export type ExtensionCase = {
  status: CaseStatusCode;
  paused: boolean;
  statutoryDue: string | null;
  promisedDue: string | null;
  extendedDays: number;
};

export type ExtensionRefusal =
  /** The item allows no extension (or has no deadline: 即办件). */
  | "notAllowed"
  /** Decided or withdrawn: nothing left to extend. */
  | "ended"
  /** Waiting for 补正 or in a special procedure: the clock is stopped anyway. */
  | "paused"
  /** The statutory deadline has passed: an extension is decided within it, not after. */
  | "tooLate"
  /** More days than the item still allows; `left` says how many remain. */
  | "tooMany";

export type ExtensionResult =
  | { ok: true; statutoryDue: string | null; promisedDue: string | null; extendedDays: number }
  | { ok: false; refusal: ExtensionRefusal; left: number };

/** Checks an extension by `days` working days and, when allowed, gives the moved deadlines. */
export function extendDeadlines(
  calendar: WorkCalendar,
  c: ExtensionCase,
  allowedDays: number,
  days: number,
  today: string,
): ExtensionResult {
  const left = Math.max(allowedDays - c.extendedDays, 0);
  const refuse = (refusal: ExtensionRefusal): ExtensionResult => ({ ok: false, refusal, left });
  if (!Number.isInteger(days) || days < 1) throw new RangeError("days must be a whole number ≥ 1");
  if (allowedDays <= 0 || (!c.statutoryDue && !c.promisedDue)) return refuse("notAllowed");
  if (!["accepted", "in_review"].includes(c.status))
    return refuse(c.status === "supplement_required" ? "paused" : "ended");
  if (c.paused) return refuse("paused");
  if (c.statutoryDue && today > c.statutoryDue) return refuse("tooLate");
  if (days > left) return refuse("tooMany");
  const move = (d: string | null) => (d ? calendar.addWorkingDays(d, days) : null);
  return {
    ok: true,
    statutoryDue: move(c.statutoryDue),
    promisedDue: move(c.promisedDue),
    extendedDays: c.extendedDays + days,
  };
}
