import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chinaDate } from "@onewindow/shared";
import { createTestApp, type TestApp } from "./test-app.js";
import { DEFAULT_TEST_NOW, TEST_NOW, daysAfterTestNow, testNowFrom } from "./test-now.js";

describe("the test clock", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it("dates the demo district from TEST_NOW, not from the day the suite runs", async () => {
    const drift = t.clock.now().getTime() - TEST_NOW.getTime();
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(10 * 60_000);
    const days = await t.ctx.db.selectFrom("queue_tickets").select("day").distinct().execute();
    expect(days.map((d) => d.day)).toEqual([chinaDate(TEST_NOW)]);
    const accepted = await t.ctx.db.selectFrom("cases").select("accepted_at").execute();
    expect(accepted.length).toBeGreaterThan(0);
    for (const c of accepted)
      expect(new Date(c.accepted_at).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
  });

  it("reads ONEWINDOW_TEST_NOW only as a time with its offset", () => {
    expect(testNowFrom(undefined).toISOString()).toBe(new Date(DEFAULT_TEST_NOW).toISOString());
    expect(testNowFrom("2026-12-31T23:30:00+08:00").toISOString()).toBe("2026-12-31T15:30:00.000Z");
    expect(() => testNowFrom("2026-12-31T23:30:00")).toThrow(/offset/);
    expect(() => testNowFrom("2026-13-01T10:00:00+08:00")).toThrow(/real moment/);
  });

  it("gives a test a China day of its own after TEST_NOW's", () => {
    const at = daysAfterTestNow(30, "09:00");
    expect(at.toISOString().slice(11, 16)).toBe("01:00");
    const gap = Date.parse(`${chinaDate(at)}T00:00:00Z`) - Date.parse(`${chinaDate(TEST_NOW)}T00:00:00Z`);
    expect(gap).toBe(30 * 86_400_000);
  });
});
