import { describe, expect, it } from "vitest";
import { nationalDay2026 } from "../calendar/national-day-2026.fixture.js";
import { extendDeadlines, type ExtensionCase } from "./extension.js";

const calendar = nationalDay2026;
const running: ExtensionCase = {
  status: "in_review",
  paused: false,
  statutoryDue: "2026-09-30",
  promisedDue: "2026-09-25",
  extendedDays: 0,
};

describe("延长办理期限", () => {
  it("moves both deadlines by working days, over a holiday and its make-up Saturday", () => {
    expect(extendDeadlines(calendar, running, 10, 5, "2026-09-28")).toEqual({
      ok: true,
      statutoryDue: "2026-10-13",
      promisedDue: "2026-10-09",
      extendedDays: 5,
    });
  });

  it("grants up to the item's total, in one go or several, and says how many are left", () => {
    expect(extendDeadlines(calendar, { ...running, extendedDays: 5 }, 10, 5, "2026-09-28").ok).toBe(true);
    expect(extendDeadlines(calendar, { ...running, extendedDays: 5 }, 10, 6, "2026-09-28")).toEqual({
      ok: false,
      refusal: "tooMany",
      left: 5,
    });
  });

  it("refuses where the law gives nothing to extend", () => {
    const refusal = (c: Partial<ExtensionCase>, allowed = 10, today = "2026-09-28") => {
      const r = extendDeadlines(calendar, { ...running, ...c }, allowed, 1, today);
      return r.ok ? "granted" : r.refusal;
    };
    expect(refusal({}, 0)).toBe("notAllowed");
    expect(refusal({ statutoryDue: null, promisedDue: null })).toBe("notAllowed");
    expect(refusal({ status: "approved" })).toBe("ended");
    expect(refusal({ status: "withdrawn" })).toBe("ended");
    expect(refusal({ status: "supplement_required", paused: true })).toBe("paused");
    expect(refusal({ paused: true })).toBe("paused");
    // On the deadline day itself it is still in time; the day after it is not.
    expect(refusal({}, 10, "2026-09-30")).toBe("granted");
    expect(refusal({}, 10, "2026-10-01")).toBe("tooLate");
  });
});
