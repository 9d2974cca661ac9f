import { randomInt } from "node:crypto";
import {
  billerOf,
  checkAmount,
  maskAccount,
  maskName,
  PAYMENT_STATUS_TEXT,
  yuan,
  type BillerCode,
  type BillerInfo,
  isoChina,
} from "@onewindow/shared";
import type { Selectable } from "kysely";
import type { PaymentOrdersTable } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";
import { BillerUnavailable, type BillerAdapter } from "./biller.js";
import { post, settle } from "./ledger.js";
import { present } from "./receipt.js";

/** Staff who may look at payment orders and the ledger (in their jurisdiction). */
export const PAYMENT_STAFF_ROLES = ["admin", "supervisor"] as const;

export type PaymentsDeps = {
  biller: BillerAdapter;
  /** How long a kiosk waits for the biller's answer before the order stays pending for reconciliation. */
  payTimeoutMs: number;
};

type Order = Selectable<PaymentOrdersTable>;

function billerFor(code: string): BillerInfo {
  const biller = billerOf(code);
  if (!biller) throw new AppError("BILLER_NOT_FOUND", { field: "biller" });
  return biller;
}

function checkAccount(biller: BillerInfo, account: string) {
  if (!biller.accountPattern.test(account))
    throw invalidField("account", "VALIDATION_FAILED.format", { label: `${biller.accountLabel} (account)` });
}

async function askBiller<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof BillerUnavailable) throw new AppError("BILLER_UNAVAILABLE");
    throw err;
  }
}

/** The bill of an account (水/电/燃气/宽带), or the balance of a phone number; 404 for an unknown account. */
export async function quoteBill(ctx: Ctx, deps: PaymentsDeps, billerCode: string, account: string) {
  const biller = billerFor(billerCode);
  checkAccount(biller, account);
  const bill = await askBiller(() => deps.biller.queryBill(biller.code, account));
  if (!bill)
    throw new AppError("ACCOUNT_NOT_FOUND", { field: "account", params: { label: biller.accountLabel } });
  return {
    account,
    accountMasked: maskAccount(biller.code, account),
    holderName: maskName(bill.holderName),
    amountDueFen: bill.amountDueFen,
    period: bill.period,
    ...(bill.balanceFen === undefined ? {} : { balanceFen: bill.balanceFen }),
  };
}

function newOrderNo(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  const stamp = china.slice(0, 19).replace(/\D/g, "");
  return `JF${stamp}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/**
 * Pays a bill at a kiosk. The card payment (PIN pad) is booked with the order before the biller is
 * asked; the biller's answer settles it. With no answer in time the order stays pending and the
 * kiosk shows 处理中: the reconciliation job asks the biller later (by order number, so the resident
 * is never charged twice) and either confirms it or reverses the card payment.
 */
export async function pay(
  ctx: Ctx,
  deps: PaymentsDeps,
  input: { biller: string; account: string; amountFen: number; cardMasked?: string; cardAuthCode?: string },
) {
  const actor = ctx.actor;
  if (actor?.type !== "device") throw new AppError("FORBIDDEN");
  const biller = billerFor(input.biller);
  checkAccount(biller, input.account);
  const problem = checkAmount(biller, input.amountFen);
  if (problem)
    throw invalidField("amountFen", `VALIDATION_FAILED.amount.${problem}`, {
      min: yuan(biller.minFen),
      max: yuan(biller.maxFen),
    });
  const bill = await askBiller(() => deps.biller.queryBill(biller.code, input.account));
  if (!bill)
    throw new AppError("ACCOUNT_NOT_FOUND", { field: "account", params: { label: biller.accountLabel } });

  const now = ctx.clock.now();
  const order = await ctx.tx(async (db) => {
    const row = await db
      .insertInto("payment_orders")
      .values({
        district_code: ctx.districtCode,
        order_no: newOrderNo(now),
        biller: biller.code,
        account_cipher: ctx.box.encrypt(input.account),
        account_index: ctx.box.blindIndex("billAccount", `${biller.code}:${input.account}`),
        account_masked: maskAccount(biller.code, input.account),
        holder_masked: maskName(bill.holderName),
        amount_fen: input.amountFen,
        status: "pending",
        card_masked: input.cardMasked ?? null,
        card_auth_code: input.cardAuthCode ?? null,
        device_id: actor.id,
        site_code: actor.siteCode,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await post(db, ctx, row, "captured", now);
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "payment.create",
        targetType: "payment_order",
        targetId: row.order_no,
        detail: { biller: biller.code, account: row.account_masked, amountFen: row.amount_fen },
      },
    );
    return row;
  });

  const answer = await callWithDeadline(deps, {
    requestId: order.order_no,
    biller: biller.code,
    account: input.account,
    amountFen: input.amountFen,
  });
  if (answer) await settle(ctx, order, answer, "answer");
  else ctx.log.warn({ orderNo: order.order_no }, "biller gave no answer in time; left for reconciliation");
  return present(ctx, await orderByNo(ctx, order.order_no));
}

/** The biller's answer, or undefined when it did not come before the deadline (or the biller was down). */
async function callWithDeadline(deps: PaymentsDeps, req: Parameters<BillerAdapter["pay"]>[0]) {
  const signal = AbortSignal.timeout(deps.payTimeoutMs);
  try {
    return await Promise.race([
      deps.biller.pay(req, signal),
      new Promise<never>((_, reject) =>
        signal.addEventListener("abort", () => reject(new BillerUnavailable("deadline")), { once: true }),
      ),
    ]);
  } catch (err) {
    if (err instanceof BillerUnavailable) return undefined;
    throw err;
  }
}

async function orderByNo(ctx: Ctx, orderNo: string): Promise<Order> {
  const order = await ctx.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("order_no", "=", orderNo)
    .where("district_code", "=", ctx.districtCode)
    .executeTakeFirst();
  if (!order) throw new AppError("PAYMENT_NOT_FOUND");
  return order;
}

/** An order as its kiosk sees it (a kiosk sees only its own orders; staff any in the district). */
export async function findOrder(ctx: Ctx, orderNo: string) {
  const order = await orderByNo(ctx, orderNo);
  const actor = ctx.actor;
  const visible =
    actor?.type === "device"
      ? order.device_id === actor.id
      : (await visibleSiteCodes(ctx).where("code", "=", order.site_code).executeTakeFirst()) !== undefined;
  if (!visible) throw new AppError("PAYMENT_NOT_FOUND");
  return present(ctx, order);
}

/** Halls inside the acting staff member's jurisdiction (as a subquery of org codes). */
function visibleSiteCodes(ctx: Ctx) {
  const actor = ctx.actor;
  const roots = actor?.type === "staff" ? grantPaths(actor, PAYMENT_STAFF_ROLES) : [];
  return ctx.db.selectFrom("orgs").select("code").where(pathUnderAny("path", roots));
}

/** Orders for the finance and supervision staff, newest first, optionally by status. */
export async function listOrders(ctx: Ctx, filter: { status?: string; attention?: boolean; limit: number }) {
  let q = ctx.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("district_code", "=", ctx.districtCode)
    .where("site_code", "in", visibleSiteCodes(ctx))
    .orderBy("created_at", "desc")
    .limit(filter.limit);
  if (filter.status) q = q.where("status", "=", filter.status as Order["status"]);
  if (filter.attention) q = q.where("attention", "is not", null);
  const rows = await q.execute();
  return rows.map((o) => ({
    orderNo: o.order_no,
    biller: o.biller,
    billerName: billerFor(o.biller).name,
    accountMasked: o.account_masked,
    amountFen: o.amount_fen,
    status: o.status,
    statusText: PAYMENT_STATUS_TEXT[o.status],
    siteCode: o.site_code,
    createdAt: isoChina(o.created_at),
    settledAt: o.settled_at ? isoChina(o.settled_at) : null,
    settledBy: o.settled_by,
    failureReason: o.failure_reason,
    attention: o.attention,
    attentionAt: o.attention_at ? isoChina(o.attention_at) : null,
  }));
}

export type { BillerCode };
