import { describe, expect, it } from "vitest";
import { quarterRange, reviewGrade } from "./review.js";

const base = { completed: 100, onTime: 99, yellowCards: 0, redCards: 0, ratings: 10, meanRating: 4.8 };

describe("quarterly review grade", () => {
  it("gives 优秀 when every bar is met and says which bar", () => {
    const r = reviewGrade(base);
    expect(r.gradeText).toBe("优秀");
    expect(r.reasons[0]).toContain("按时办结率 ≥ 98.0%");
  });

  it("drops a grade for each missed bar and names what was missed", () => {
    const good = reviewGrade({ ...base, onTime: 96 });
    expect(good.grade).toBe("good");
    expect(good.reasons[0]).toBe("未达优秀：按时办结率 96.0%，需 ≥ 98.0%");
    const pass = reviewGrade({ ...base, redCards: 2 });
    expect(pass.grade).toBe("pass");
    expect(pass.reasons).toHaveLength(3);
    expect(reviewGrade({ ...base, onTime: 80 }).grade).toBe("fail");
    expect(reviewGrade({ ...base, meanRating: 2.5 }).gradeText).toBe("不合格");
  });

  it("does not punish an office nobody rated or that finished nothing", () => {
    expect(reviewGrade({ ...base, ratings: 0, meanRating: undefined }).grade).toBe("excellent");
    expect(reviewGrade({ ...base, completed: 0, onTime: 0 }).grade).toBe("excellent");
  });

  it("reads quarters", () => {
    expect(quarterRange("2026Q1")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(quarterRange("2024Q1")?.to).toBe("2024-03-31");
    expect(quarterRange("2026Q4")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterRange("2026Q5")).toBeUndefined();
  });
});
