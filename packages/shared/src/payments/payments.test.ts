import { describe, expect, it } from "vitest";
import {
  BILLERS,
  billerOf,
  checkAmount,
  maskAccount,
  postingsFor,
  yuan,
  type LedgerEvent,
} from "./payments.js";

describe("payment rules", () => {
  it("balances every posting and moves money from the card to the biller or back", () => {
    for (const event of ["captured", "succeeded", "failed"] as LedgerEvent[]) {
      const lines = postingsFor(event, "water", 1234);
      expect(lines.reduce((s, p) => s + p.debitFen - p.creditFen, 0)).toBe(0);
    }
    const net = (events: LedgerEvent[]) => {
      const by = new Map<string, number>();
      for (const e of events)
        for (const p of postingsFor(e, "gas", 500))
          by.set(p.account, (by.get(p.account) ?? 0) + p.debitFen - p.creditFen);
      return Object.fromEntries([...by].filter(([, v]) => v !== 0));
    };
    expect(net(["captured", "succeeded"])).toEqual({ card_clearing: 500, "biller_payable:gas": -500 });
    expect(net(["captured", "failed"])).toEqual({});
  });

  it("takes phone credit in whole yuan within the carrier's range", () => {
    const mobile = billerOf("mobile")!;
    expect(checkAmount(mobile, 10000)).toBeNull();
    expect(checkAmount(mobile, 10050)).toBe("not_integer");
    expect(checkAmount(mobile, 900)).toBe("below_min");
    expect(checkAmount(mobile, 50100)).toBe("above_max");
    expect(checkAmount(billerOf("water")!, 1)).toBeNull();
  });

  it("checks account formats and masks them", () => {
    const pattern = (code: string) => BILLERS.find((b) => b.code === code)!.accountPattern;
    expect(pattern("mobile").test("13807310001")).toBe(true);
    expect(pattern("mobile").test("12807310001")).toBe(false);
    expect(pattern("broadband").test("073188880001")).toBe(true);
    expect(maskAccount("mobile", "13807310001")).toBe("138****0001");
    expect(maskAccount("water", "10010001")).toBe("****0001");
    expect(yuan(10000)).toBe("100.00");
    expect(yuan(5)).toBe("0.05");
  });
});
