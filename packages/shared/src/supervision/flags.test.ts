import { describe, expect, it } from "vitest";
import { workCalendar } from "../calendar/working-days.js";
import { flagsFor, type FinishedTask } from "./flags.js";

const calendar = workCalendar([
  {
    year: 2026,
    holidays: ["01", "02", "03", "04", "05", "06", "07"].map((d) => ({
      date: `2026-10-${d}`,
      name: "国庆节",
    })),
    workdays: [{ date: "2026-10-10", name: "国庆节调休" }],
  },
]);

const task: FinishedTask = {
  openedOn: "2026-09-30",
  completedOn: "2026-10-08",
  dueDate: "2026-10-13",
  level: "street",
  decision: "approved",
  comment: "同意",
};

describe("flags on a finished task", () => {
  it("raises nothing for a street office that forwards on the first working day after a holiday", () => {
    expect(flagsFor(task, calendar)).toEqual([]);
  });
  it("flags late forwarding by working days, and a stage finished after its due date", () => {
    expect(flagsFor({ ...task, completedOn: "2026-10-09" }, calendar)).toEqual(["late_forwarding"]);
    expect(flagsFor({ ...task, completedOn: "2026-10-14" }, calendar)).toEqual([
      "stage_overtime",
      "late_forwarding",
    ]);
    // A district bureau decides; it does not forward.
    expect(flagsFor({ ...task, level: "department", completedOn: "2026-10-12" }, calendar)).toEqual([]);
  });
  it("flags a refusal without a real reason", () => {
    expect(flagsFor({ ...task, decision: "rejected", comment: null }, calendar)).toEqual([
      "refusal_without_reason",
    ]);
    expect(flagsFor({ ...task, decision: "rejected", comment: " 不 行 " }, calendar)).toEqual([
      "refusal_without_reason",
    ]);
    expect(flagsFor({ ...task, decision: "rejected", comment: "收入超过低保标准" }, calendar)).toEqual([]);
  });
});
