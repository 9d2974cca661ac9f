import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { SandboxBiller } from "./biller.js";
import { reconcilePending } from "./reconcile.js";

const XINCHENG = "430105001001";
const JIANGWAN = "430105001002";
const LI_HUI_PHONE = "13807310001";
const YU_BING_WATER = "10010001";

let t: TestApp;
let biller: SandboxBiller;
let kiosk: string;
let otherKiosk: string;
let admin: string;

const get = (url: string, token?: string) =>
  t.app.inject({ url: `/api/v1${url}`, headers: token ? bearer(token) : {} });
const post = (url: string, token: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: `/api/v1${url}`, headers: { ...bearer(token), ...headers }, payload });

type Payment = {
  orderNo: string;
  status: string;
  statusText: string;
  receipt: {
    amountText: string;
    accountMasked: string;
    holderName: string;
    lines: string[];
    billerRef: string;
  };
};
const payOk = async (body: object, token = kiosk, headers: Record<string, string> = {}) => {
  const res = await post("/payments", token, body, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Payment>();
};

type Balance = {
  accounts: { account: string; balanceFen: number }[];
  totalDebitFen: number;
  totalCreditFen: number;
};
const balances = async () => {
  const res = await get("/payments/ledger", admin);
  expect(res.statusCode, res.body).toBe(200);
  const b = res.json<Balance>();
  return { ...b, of: (account: string) => b.accounts.find((a) => a.account === account)?.balanceFen ?? 0 };
};

beforeAll(async () => {
  biller = new SandboxBiller({ latencyMs: [1, 5], now: () => t.clock.now() });
  t = await createTestApp({ payments: { biller, payTimeoutMs: 300 } });
  t.clock.set(new Date("2026-12-01T09:00:00+08:00"));
  admin = await t.login("kf.admin");
  const device = async (siteCode: string) => {
    const res = await post("/admin/devices", admin, { name: `${siteCode} 终端`, siteCode, kind: "kiosk" });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ token: string }>().token;
  };
  kiosk = await device(XINCHENG);
  otherKiosk = await device(JIANGWAN);
});
afterAll(() => t.close());
beforeEach(() => {
  biller.mode = "ok";
});

describe("billers and bills", () => {
  it("lists the five billers to anyone", async () => {
    const res = await get("/payments/billers");
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { code: string }[] }>().items.map((b) => b.code)).toEqual([
      "mobile",
      "water",
      "electricity",
      "gas",
      "broadband",
    ]);
  });

  it("shows a bill with the holder's name masked, and the balance of a phone number", async () => {
    const water = await get(`/payments/bills?biller=water&account=${YU_BING_WATER}`, kiosk);
    expect(water.statusCode, water.body).toBe(200);
    expect(water.json()).toMatchObject({ account: YU_BING_WATER, holderName: "余*", period: "2026-12" });
    expect(water.json<{ amountDueFen: number }>().amountDueFen).toBeGreaterThan(0);
    const phone = await get(`/payments/bills?biller=mobile&account=${LI_HUI_PHONE}`, kiosk);
    expect(phone.json()).toMatchObject({ holderName: "李*", accountMasked: "138****0001" });
    expect(typeof phone.json<{ balanceFen: number }>().balanceFen).toBe("number");
  });

  it("names the account field for a malformed number and answers 404 for one nobody holds", async () => {
    const bad = await get("/payments/bills?biller=electricity&account=12345", kiosk);
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: "VALIDATION_FAILED", field: "account" });
    expect(errorOf(bad).message).toContain("用电户号");
    // About one account in ten does not exist in the sandbox; find one.
    let unknown: string | undefined;
    for (let n = 0; n < 200 && !unknown; n++) {
      const account = String(20000000 + n);
      const res = await get(`/payments/bills?biller=water&account=${account}`, kiosk);
      if (res.statusCode === 404) {
        expect(errorOf(res)).toMatchObject({ code: "ACCOUNT_NOT_FOUND", field: "account" });
        unknown = account;
      }
    }
    expect(unknown).toBeDefined();
  });

  it("answers 503 while the biller is down, and takes no money", async () => {
    biller.mode = "down";
    const bill = await get(`/payments/bills?biller=water&account=${YU_BING_WATER}`, kiosk);
    expect(bill.statusCode).toBe(503);
    expect(errorOf(bill).code).toBe("BILLER_UNAVAILABLE");
    const before = await t.ctx.db
      .selectFrom("payment_orders")
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    const res = await post("/payments", kiosk, { biller: "water", account: YU_BING_WATER, amountFen: 100 });
    expect(res.statusCode).toBe(503);
    const after = await t.ctx.db
      .selectFrom("payment_orders")
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe("paying", () => {
  it("tops up 100 元 of phone credit: succeeded, receipt for the printer, ledger owes the carrier", async () => {
    const before = await balances();
    const p = await payOk({
      biller: "mobile",
      account: LI_HUI_PHONE,
      amountFen: 10000,
      cardMasked: "6222 **** **** 1234",
    });
    expect(p).toMatchObject({ status: "succeeded", statusText: "缴费成功" });
    expect(p.orderNo).toMatch(/^JF\d{20}$/);
    expect(p.receipt).toMatchObject({
      amountText: "100.00 元",
      accountMasked: "138****0001",
      holderName: "李*",
    });
    expect(p.receipt.billerRef).toMatch(/^SBX/);
    expect(p.receipt.lines).toContain("金额：100.00 元");
    expect(p.receipt.lines.join("\n")).not.toContain(LI_HUI_PHONE);
    const after = await balances();
    expect(after.of("card_clearing") - before.of("card_clearing")).toBe(10000);
    expect(after.of("biller_payable:mobile") - before.of("biller_payable:mobile")).toBe(-10000);
    expect(after.of("payments_in_transit")).toBe(0);
    expect(after.totalDebitFen).toBe(after.totalCreditFen);
  });

  it("keeps the account encrypted at rest", async () => {
    const rows = await t.ctx.db
      .selectFrom("payment_orders")
      .select(["account_cipher", "account_masked"])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.account_cipher).not.toContain(LI_HUI_PHONE);
  });

  it("lowers the bill once it is paid", async () => {
    const account = "10010002";
    const due = (await get(`/payments/bills?biller=water&account=${account}`, kiosk)).json<{
      amountDueFen: number;
    }>();
    expect(due.amountDueFen).toBeGreaterThan(0);
    await payOk({ biller: "water", account, amountFen: due.amountDueFen });
    const now = (await get(`/payments/bills?biller=water&account=${account}`, kiosk)).json<{
      amountDueFen: number;
    }>();
    expect(now.amountDueFen).toBe(0);
  });

  it("refuses amounts outside the biller's rules, naming amountFen", async () => {
    for (const amountFen of [1050, 500, 60000]) {
      const res = await post("/payments", kiosk, { biller: "mobile", account: LI_HUI_PHONE, amountFen });
      expect(res.statusCode, String(amountFen)).toBe(400);
      expect(errorOf(res).field).toBe("amountFen");
    }
    const res = await post("/payments", kiosk, { biller: "mobile", account: "1380731", amountFen: 5000 });
    expect(errorOf(res)).toMatchObject({ code: "VALIDATION_FAILED", field: "account" });
  });

  it("replays a retried order with the same Idempotency-Key and charges once; another body is 409", async () => {
    const body = { biller: "gas", account: "100100001", amountFen: 4321 };
    const key = { "idempotency-key": "kiosk-retry-1" };
    const first = await payOk(body, kiosk, key);
    const again = await post("/payments", kiosk, body, key);
    expect(again.statusCode).toBe(201);
    expect(again.json<Payment>().orderNo).toBe(first.orderNo);
    const orders = await t.ctx.db
      .selectFrom("payment_orders")
      .select("order_no")
      .where("amount_fen", "=", 4321)
      .execute();
    expect(orders).toHaveLength(1);
    const other = await post("/payments", kiosk, { ...body, amountFen: 4322 }, key);
    expect(other.statusCode).toBe(409);
    expect(errorOf(other).code).toBe("IDEMPOTENCY_CONFLICT");
  });

  it("reverses the card payment when the biller refuses", async () => {
    biller.mode = "decline";
    const before = await balances();
    const p = await payOk({ biller: "electricity", account: "0731000001", amountFen: 8800 });
    expect(p).toMatchObject({ status: "failed", statusText: "缴费失败，款项已退回" });
    const after = await balances();
    expect(after.of("card_clearing")).toBe(before.of("card_clearing"));
    expect(after.of("payments_in_transit")).toBe(0);
  });
});

describe("reconciliation of unanswered payments", () => {
  it("confirms a payment whose answer was lost, exactly once even with two reconcilers", async () => {
    biller.mode = "timeout";
    const p = await payOk({ biller: "broadband", account: "073188880001", amountFen: 12000 });
    expect(p.status).toBe("pending");
    const ledger = await balances();
    expect(ledger.of("payments_in_transit")).toBe(-12000);
    biller.mode = "ok";
    // Too young: the reconciler leaves it alone.
    expect(await reconcilePending(t.ctx, biller)).toEqual({
      succeeded: 0,
      failed: 0,
      stillPending: 0,
      unreachable: 0,
      mismatches: 0,
    });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const results = await Promise.all([reconcilePending(t.ctx, biller), reconcilePending(t.ctx, biller)]);
    expect(results.reduce((n, r) => n + r.succeeded, 0)).toBe(1);
    const order = await get(`/payments/orders/${p.orderNo}`, kiosk);
    expect(order.json()).toMatchObject({ status: "succeeded", receipt: { statusText: "缴费成功" } });
    expect([...biller.processed.keys()].filter((k) => k === p.orderNo)).toHaveLength(1);
    expect((await balances()).of("payments_in_transit")).toBe(0);
  });

  it("reverses a payment the biller never received, after waiting for it", async () => {
    biller.mode = "lost";
    const p = await payOk({ biller: "water", account: YU_BING_WATER, amountFen: 500 });
    expect(p.status).toBe("pending");
    biller.mode = "ok";
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ stillPending: 1 });
    t.clock.set(new Date(t.clock.now().getTime() + 10 * 60_000));
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ failed: 1 });
    const order = (await get(`/payments/orders/${p.orderNo}`, kiosk)).json<{
      status: string;
      receipt: { failureReason: string };
    }>();
    expect(order.status).toBe("failed");
    expect(order.receipt.failureReason).toContain("原路退回");
    expect((await balances()).of("payments_in_transit")).toBe(0);
  });
});

describe("reconciliation when the biller cannot be reached", () => {
  type Listed = { orderNo: string; status: string; attention: string | null };
  const listed = async (query = "") =>
    (await get(`/payments/orders${query}`, admin)).json<{ items: Listed[] }>().items;
  /** Time passes; the administrator signs in again after the console's idle sign-out. */
  const later = async (minutes: number) => {
    t.clock.set(new Date(t.clock.now().getTime() + minutes * 60_000));
    admin = await t.login("kf.admin");
  };

  it("never refunds a payment the biller credited while it was unreachable; staff are told, and it settles when the biller answers", async () => {
    biller.mode = "timeout"; // the biller credits the account, its answer is lost
    const p = await payOk({ biller: "gas", account: "100100001", amountFen: 6600 });
    expect(p.status).toBe("pending");
    biller.mode = "down";
    await later(10); // past the 5 minutes after which "no record" would mean "never received"
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ failed: 0, unreachable: 1 });
    expect((await listed()).find((o) => o.orderNo === p.orderNo)).toMatchObject({
      status: "pending",
      attention: null,
    });
    expect((await balances()).of("payments_in_transit")).toBe(-6600);
    await later(30); // still unreachable: a person should look at it
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ failed: 0, unreachable: 1 });
    expect((await listed("?attention=true")).map((o) => o.orderNo)).toContain(p.orderNo);
    biller.mode = "ok";
    await later(1);
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ succeeded: 1, failed: 0 });
    expect((await listed()).find((o) => o.orderNo === p.orderNo)).toMatchObject({
      status: "succeeded",
      attention: null,
    });
    expect((await balances()).of("payments_in_transit")).toBe(0);
  });

  it("flags, once and without settling again, a reversed payment the biller credited after all", async () => {
    biller.mode = "lost";
    const p = await payOk({ biller: "water", account: YU_BING_WATER, amountFen: 700 });
    biller.mode = "ok";
    await later(10);
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ failed: 1 });
    const afterRefund = await balances();
    // The request reached the biller late after all, and it credited the account.
    biller.processed.set(p.orderNo, {
      answer: { status: "succeeded", billerRef: "SBXLATE0001" },
      biller: "water",
      account: YU_BING_WATER,
      amountFen: 700,
    });
    await later(1);
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ mismatches: 1 });
    expect(await reconcilePending(t.ctx, biller)).toMatchObject({ mismatches: 0 });
    expect((await listed("?attention=true")).find((o) => o.orderNo === p.orderNo)).toMatchObject({
      status: "failed",
      attention: "credited_after_reversal",
    });
    const now = await balances();
    expect(now.of("card_clearing")).toBe(afterRefund.of("card_clearing"));
    expect(now.of("payments_in_transit")).toBe(0);
    const audited = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", p.orderNo)
      .where("action", "=", "payment.attention")
      .execute();
    expect(audited).toHaveLength(1);
  });
});

describe("who sees what", () => {
  it("shows an order to the kiosk that took it and to district staff, not to another kiosk", async () => {
    const p = await payOk({ biller: "mobile", account: LI_HUI_PHONE, amountFen: 3000 });
    expect((await get(`/payments/orders/${p.orderNo}`, otherKiosk)).statusCode).toBe(404);
    expect((await get(`/payments/orders/${p.orderNo}`, admin)).statusCode).toBe(200);
    const list = await get("/payments/orders?status=succeeded", admin);
    expect(list.json<{ items: { orderNo: string }[] }>().items.map((o) => o.orderNo)).toContain(p.orderNo);
    const jwAdmin = await t.login("jw.approver");
    expect((await get("/payments/orders", jwAdmin)).statusCode).toBe(403);
  });

  it("takes one 好差评 per payment, from the kiosk that took it", async () => {
    const p = await payOk({ biller: "mobile", account: LI_HUI_PHONE, amountFen: 2000 });
    expect((await post(`/kiosk/payments/${p.orderNo}/evaluation`, otherKiosk, { level: 5 })).statusCode).toBe(
      404,
    );
    const first = await post(`/kiosk/payments/${p.orderNo}/evaluation`, kiosk, { level: 5 });
    expect(first.statusCode, first.body).toBe(201);
    expect((await post(`/kiosk/payments/${p.orderNo}/evaluation`, kiosk, { level: 4 })).statusCode).toBe(409);
  });
});

describe("the ledger", () => {
  it("refuses an entry group that does not balance, and any change to a posted entry", async () => {
    const order = await t.ctx.db.selectFrom("payment_orders").select("id").executeTakeFirstOrThrow();
    const unbalanced = t.ctx.tx(async (db) => {
      await db
        .insertInto("ledger_entries")
        .values({
          district_code: t.ctx.districtCode,
          entry_group: "00000000-0000-4000-8000-000000000001",
          order_id: order.id,
          event: "captured",
          account: "card_clearing_test",
          debit_fen: 100,
          credit_fen: 0,
          created_at: new Date(),
        })
        .execute();
    });
    await expect(unbalanced).rejects.toThrow(/does not balance/);
    await expect(
      t.ctx.db.updateTable("ledger_entries").set({ debit_fen: 1 }).where("debit_fen", ">", 0).execute(),
    ).rejects.toThrow(/never changed/);
  });
});
