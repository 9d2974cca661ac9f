import { describe, expect, it } from "vitest";
import { workCalendar, type CalendarYear } from "../calendar/working-days.js";
import { alertLevel } from "./alerts.js";
/** The autumn of 2026 (DOMAIN.md): 中秋 9/25–27 and 国庆 10/1–7 off, 9/20 (Sun) and 10/10 (Sat) worked. */
const autumn2026: CalendarYear = {
  year: 2026,
  holidays: [
    ...["09-25", "09-26", "09-27"].map((d) => ({ date: `2026-${d}`, name: "中秋节" })),
    ...["01", "02", "03", "04", "05", "06", "07"].map((d) => ({ date: `2026-10-${d}`, name: "国庆节" })),
  ],
  workdays: [
    { date: "2026-09-20", name: "国庆节调休" },
    { date: "2026-10-10", name: "国庆节调休" },
  ],
};
const calendar = workCalendar([autumn2026]);

describe("deadline cards across the 2026 National Day holiday", () => {
  // Due Tuesday 10/13 (accepted 9/30 with 5 working days).
  const due = "2026-10-13";
  it("warns on the working day before, not earlier", () => {
    expect(alertLevel(due, "2026-10-09", calendar, 3)).toBeUndefined();
    // Saturday 10/10 is a make-up working day; the next working day after it is Monday 10/12.
    expect(alertLevel(due, "2026-10-10", calendar, 3)).toBeUndefined();
    expect(alertLevel(due, "2026-10-12", calendar, 3)).toBe("warning");
    expect(alertLevel(due, "2026-10-13", calendar, 3)).toBe("warning");
  });
  it("shows yellow once overdue and red after the grace in working days", () => {
    expect(alertLevel(due, "2026-10-14", calendar, 3)).toBe("yellow");
    // Three working days after 10/13 is Friday 10/16; red from the day after.
    expect(alertLevel(due, "2026-10-16", calendar, 3)).toBe("yellow");
    expect(alertLevel(due, "2026-10-17", calendar, 3)).toBe("red");
  });
  it("warns over a holiday: due the first day after 国庆, the last working day before is 9/30", () => {
    expect(alertLevel("2026-10-08", "2026-09-30", calendar, 3)).toBe("warning");
    expect(alertLevel("2026-10-08", "2026-09-29", calendar, 3)).toBeUndefined();
  });
});
