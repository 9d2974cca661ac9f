import { describe, expect, it } from "vitest";
import { nationalDay2026 } from "../calendar/national-day-2026.fixture.js";
import { awaitsDelivery, deliveryDue } from "./delivery.js";

describe("结果送达", () => {
  it("serves both decisions, once", () => {
    expect(awaitsDelivery("approved", null)).toBe(true);
    expect(awaitsDelivery("rejected", null)).toBe(true);
    expect(awaitsDelivery("approved", new Date())).toBe(false);
    expect(awaitsDelivery("in_review", null)).toBe(false);
    expect(awaitsDelivery("withdrawn", null)).toBe(false);
  });

  it("is due ten working days after the decision, holidays not counted", () => {
    // Decided Wed 9/30: 10/8, 10/9, Sat 10/10, 10/12–16 and 10/19 make nine; 10/20 is the tenth.
    expect(deliveryDue(nationalDay2026, "2026-09-30")).toBe("2026-10-20");
  });
});
