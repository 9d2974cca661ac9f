import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chinaDate, workCalendar, type CalendarYear } from "./working-days.js";

/** 2026 as published by 国务院办公厅 on 2025-11-04 (DOMAIN.md). */
const y2026: CalendarYear = {
  year: 2026,
  holidays: [
    ...["01-01", "01-02", "01-03"].map((d) => ({ date: `2026-${d}`, name: "元旦" })),
    ...["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((d) => ({
      date: `2026-02-${d}`,
      name: "春节",
    })),
    ...["04", "05", "06"].map((d) => ({ date: `2026-04-${d}`, name: "清明节" })),
    ...["01", "02", "03", "04", "05"].map((d) => ({ date: `2026-05-${d}`, name: "劳动节" })),
    ...["19", "20", "21"].map((d) => ({ date: `2026-06-${d}`, name: "端午节" })),
    ...["25", "26", "27"].map((d) => ({ date: `2026-09-${d}`, name: "中秋节" })),
    ...["01", "02", "03", "04", "05", "06", "07"].map((d) => ({ date: `2026-10-${d}`, name: "国庆节" })),
  ],
  workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"].map(
    (date) => ({
      date,
      name: "调休上班",
    }),
  ),
};
const cal = workCalendar([y2026]);

describe("working days", () => {
  it("a 5-working-day item accepted on Wed 2026-09-30 is due Tue 2026-10-13", () => {
    expect(cal.addWorkingDays("2026-09-30", 5)).toBe("2026-10-13");
  });

  it("knows weekends, holidays and make-up days", () => {
    expect(cal.isWorkingDay("2026-10-10")).toBe(true); // Saturday, 调休
    expect(cal.isWorkingDay("2026-10-11")).toBe(false); // Sunday
    expect(cal.isWorkingDay("2026-10-05")).toBe(false); // 国庆
    expect(cal.isWorkingDay("2026-09-20")).toBe(true); // Sunday, 调休
    expect(cal.isWorkingDay("2026-11-25")).toBe(true); // ordinary Wednesday
  });

  it("spans the Spring Festival", () => {
    // Fri 2026-02-13 + 1 → Sat 02-14 (make-up day); + 2 → Tue 02-24 after the break.
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-13", 2)).toBe("2026-02-24");
  });

  it("zero days is the same day; counting back agrees with adding (property)", () => {
    expect(cal.addWorkingDays("2026-03-03", 0)).toBe("2026-03-03");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const start = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const due = cal.addWorkingDays(start, n);
        expect(cal.workingDaysBetween(start, due)).toBe(n);
        if (n > 0) expect(cal.isWorkingDay(due)).toBe(true);
      }),
    );
  });

  it("falls back to plain weekends for a year without data", () => {
    expect(cal.addWorkingDays("2030-10-04", 1)).toBe("2030-10-07"); // Fri → Mon
  });

  it("refuses inconsistent data", () => {
    expect(() =>
      workCalendar([{ year: 2026, holidays: [{ date: "2026-02-30", name: "x" }], workdays: [] }]),
    ).toThrow();
    expect(() =>
      workCalendar([
        {
          year: 2026,
          holidays: [{ date: "2026-10-10", name: "x" }],
          workdays: [{ date: "2026-10-10", name: "y" }],
        },
      ]),
    ).toThrow();
  });

  it("dates instants in China Standard Time", () => {
    expect(chinaDate(new Date("2026-09-30T16:30:00Z"))).toBe("2026-10-01");
    expect(chinaDate(new Date("2026-09-30T15:59:59Z"))).toBe("2026-09-30");
  });
});
