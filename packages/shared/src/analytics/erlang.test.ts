import { describe, expect, it } from "vitest";
import { countersNeeded, erlangC, meanWaitMinutes, serviceLevel } from "./erlang.js";
import { staffingAdvice } from "./staffing.js";

describe("Erlang C", () => {
  it("matches values worked by hand from the formula", () => {
    // A = 1 erlang on 2 servers: P(wait) = 1/3; A = 2 on 3: 4/9.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    // One server is M/M/1: P(wait) = utilisation.
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
  });

  it("matches the published call-centre example (A = 10 erlangs)", () => {
    // 200 calls/h of 3 min: 10 erlangs. Standard tables: N = 11 → 0.6821, N = 12 → 0.4494, N = 13 → 0.2853.
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangC(12, 10)).toBeCloseTo(0.4494, 4);
    expect(erlangC(13, 10)).toBeCloseTo(0.2853, 4);
    // Service level within 20 s at N = 11: 1 − 0.6821·e^(−1·20/180) = 0.3897.
    expect(serviceLevel(11, 200, 3, 20 / 60)).toBeCloseTo(0.3897, 3);
    // Mean wait at N = 12: 0.4494 · 3 / 2 = 0.674 min.
    expect(meanWaitMinutes(12, 200, 3)).toBeCloseTo(0.674, 3);
  });

  it("says the load is impossible when the counters cannot keep up", () => {
    expect(erlangC(5, 5)).toBe(1);
    expect(serviceLevel(4, 100, 3, 15)).toBe(0);
    expect(meanWaitMinutes(4, 100, 3)).toBe(Number.POSITIVE_INFINITY);
  });

  it("finds the fewest counters that meet the target, and more for a stricter one", () => {
    const target = { share: 0.8, waitMinutes: 15 };
    const n = countersNeeded(30, 12, target);
    expect(serviceLevel(n, 30, 12, 15)).toBeGreaterThanOrEqual(0.8);
    expect(serviceLevel(n - 1, 30, 12, 15)).toBeLessThan(0.8);
    expect(countersNeeded(30, 12, { share: 0.95, waitMinutes: 5 })).toBeGreaterThan(n);
    expect(countersNeeded(0, 12, target)).toBe(0);
  });
});

describe("staffing advice per hour", () => {
  it("turns tickets over observed days into a rate and keeps the inputs", () => {
    const rows = staffingAdvice(
      [
        { hour: 10, tickets: 200 },
        { hour: 9, tickets: 80 },
        { hour: 12, tickets: 0 },
      ],
      20,
      12,
      { share: 0.8, waitMinutes: 15 },
    );
    expect(rows.map((r) => r.hour)).toEqual([9, 10]);
    expect(rows[0]).toMatchObject({ arrivalsPerHour: 4, load: 0.8, counters: 2 });
    expect(rows[1]!.arrivalsPerHour).toBe(10);
    expect(rows[1]!.load).toBe(2);
    expect(rows[1]!.counters).toBeGreaterThan(rows[0]!.counters);
    expect(rows[1]!.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });
});
