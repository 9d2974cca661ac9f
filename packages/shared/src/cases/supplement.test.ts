import { describe, expect, it } from "vitest";
import { nationalDay2026 } from "../calendar/national-day-2026.fixture.js";
import { supplementDue, supplementOverdue } from "./supplement.js";

describe("补正 deadline", () => {
  it("counts working days from the return, across 国庆 and its make-up Saturday", () => {
    // Returned Monday 9/28: 9/29, 9/30, then 10/8, 10/9, Sat 10/10 (worked), 10/12 … 10/16.
    expect(supplementDue("2026-09-28", nationalDay2026, 10)).toBe("2026-10-16");
  });

  it("is overdue only after its day", () => {
    expect(supplementOverdue("2026-10-16", "2026-10-16")).toBe(false);
    expect(supplementOverdue("2026-10-16", "2026-10-17")).toBe(true);
    expect(supplementOverdue(null, "2027-01-01")).toBe(false);
  });

  it("refuses a limit a district could not mean", () => {
    expect(() => supplementDue("2026-09-28", nationalDay2026, 0)).toThrow(RangeError);
    expect(() => supplementDue("2026-09-28", nationalDay2026, 1.5)).toThrow(RangeError);
  });
});
