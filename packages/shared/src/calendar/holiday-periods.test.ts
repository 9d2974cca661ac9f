import { describe, expect, it } from "vitest";
import { festivalArrangements, festivalOfWorkday, weekdayOf, workdayName } from "./holiday-periods.js";

describe("a year read back as the State Council's notice", () => {
  it("joins consecutive days off per festival and puts make-up days with their festival", () => {
    const days = (from: number, to: number, month: string, name: string) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({
        date: `2026-${month}-${String(from + i).padStart(2, "0")}`,
        name,
      }));
    const arrangements = festivalArrangements({
      year: 2026,
      // Out of order on purpose: an editor adds days in any order.
      holidays: [...days(1, 7, "10", "国庆节"), ...days(15, 23, "02", "春节"), ...days(1, 3, "01", "元旦")],
      workdays: [
        { date: "2026-10-10", name: "国庆节调休上班" },
        { date: "2026-02-28", name: "春节调休上班" },
        { date: "2026-02-14", name: "春节调休上班" },
        { date: "2026-09-20", name: "国庆节调休上班" },
      ],
    });
    expect(arrangements).toEqual([
      { name: "元旦", periods: [{ from: "2026-01-01", to: "2026-01-03", days: 3 }], workdays: [] },
      {
        name: "春节",
        periods: [{ from: "2026-02-15", to: "2026-02-23", days: 9 }],
        workdays: ["2026-02-14", "2026-02-28"],
      },
      {
        name: "国庆节",
        periods: [{ from: "2026-10-01", to: "2026-10-07", days: 7 }],
        workdays: ["2026-09-20", "2026-10-10"],
      },
    ]);
  });

  it("keeps a gap as two periods, and a make-up day whose name names no festival on its own", () => {
    const [a, b] = festivalArrangements({
      year: 2027,
      holidays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-01-03", name: "元旦" },
      ],
      workdays: [{ date: "2027-01-09", name: "调休" }],
    });
    expect(a?.periods).toEqual([
      { from: "2027-01-01", to: "2027-01-01", days: 1 },
      { from: "2027-01-03", to: "2027-01-03", days: 1 },
    ]);
    expect(b).toEqual({ name: "调休", periods: [], workdays: ["2027-01-09"] });
  });

  it("names make-up days after their festival and reads the weekday", () => {
    expect(workdayName("春节")).toBe("春节调休上班");
    expect(festivalOfWorkday("春节调休上班")).toBe("春节");
    expect(festivalOfWorkday("周末加班")).toBe("");
    expect(weekdayOf("2026-02-14")).toBe(6);
    expect(weekdayOf("2026-10-01")).toBe(4);
  });
});
