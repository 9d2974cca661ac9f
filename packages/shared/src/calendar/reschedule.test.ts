import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { movedDues, rescheduleDue, rescheduleFrom } from "./reschedule.js";
import { workCalendar, type CalendarYear } from "./working-days.js";

const weekendsOnly = workCalendar([]);
/** A made-up 2027 arrangement: 元旦 on Friday 1 January, 春节 with a make-up Saturday. */
const y2027: CalendarYear = {
  year: 2027,
  holidays: [
    { date: "2027-01-01", name: "元旦" },
    ...["08", "09", "10", "11", "12", "13", "14"].map((d) => ({ date: `2027-02-${d}`, name: "春节" })),
  ],
  workdays: [{ date: "2027-02-20", name: "春节" }],
};
const entered = workCalendar([y2027]);

describe("rescheduling running deadlines when a year's calendar changes", () => {
  it("counts from the eve of the changed year, or from today once that year has begun", () => {
    expect(rescheduleFrom(2027, "2026-11-30")).toBe("2026-12-31");
    expect(rescheduleFrom(2027, "2027-03-02")).toBe("2027-03-02");
  });

  it("a 5-working-day case accepted on Mon 2026-12-28 moves from 1-04 to 1-05 once 元旦 is entered", () => {
    const due = weekendsOnly.addWorkingDays("2026-12-28", 5);
    expect(due).toBe("2027-01-04");
    expect(rescheduleDue(due, rescheduleFrom(2027, "2026-12-28"), weekendsOnly, entered)).toBe("2027-01-05");
    // The same as counting the case on the new calendar from the start.
    expect(entered.addWorkingDays("2026-12-28", 5)).toBe("2027-01-05");
  });

  it("a make-up working day brings a date forward; dates before the recount stay", () => {
    // Working days after 12-31 up to Mon 2-22 on weekends only: 37; with 春节 and the make-up Saturday: ends 2-26.
    expect(rescheduleDue("2027-02-22", "2026-12-31", weekendsOnly, entered)).toBe(
      entered.addWorkingDays("2026-12-31", weekendsOnly.workingDaysBetween("2026-12-31", "2027-02-22")),
    );
    expect(rescheduleDue("2026-12-30", "2026-12-31", weekendsOnly, entered)).toBe("2026-12-30");
    // Taking a holiday back out moves the date back.
    expect(rescheduleDue("2027-01-05", "2026-12-31", entered, weekendsOnly)).toBe("2027-01-04");
  });

  it("keeps the working days left, and moves nothing when the calendars agree", () => {
    const day = fc
      .integer({ min: 0, max: 500 })
      .map((n) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, due) => {
        const next = rescheduleDue(due, from, weekendsOnly, entered);
        if (rescheduleDue(due, from, entered, entered) !== due) return false;
        if (due <= from) return next === due;
        // Deadlines are counted in working days, so they fall on one.
        fc.pre(weekendsOnly.isWorkingDay(due));
        return (
          entered.workingDaysBetween(from, next) === weekendsOnly.workingDaysBetween(from, due) &&
          entered.isWorkingDay(next)
        );
      }),
    );
  });

  it("lists each moved date once", () => {
    const moved = movedDues(
      ["2027-01-04", "2027-01-04", "2026-12-30", "2027-01-06"],
      "2026-12-31",
      weekendsOnly,
      entered,
    );
    expect([...moved]).toEqual([
      ["2027-01-04", "2027-01-05"],
      ["2027-01-06", "2027-01-07"],
    ]);
  });
});
