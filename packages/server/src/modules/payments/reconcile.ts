import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { BillerUnavailable, type BillerAdapter, type StatusAnswer } from "./biller.js";
import { settle } from "./ledger.js";

/** Why a reconciled order was reversed when the biller said it had no record of it. */
export const NOT_RECEIVED_REASON = "缴费单位未收到缴费请求，款项已原路退回";

export type ReconcileOptions = {
  /** Orders younger than this are still waiting for their own answer. */
  minAgeMs?: number;
  /** How long the biller may take to receive a request before "no record" means "never received". */
  giveUpAfterMs?: number;
  /** How long a biller may stay unreachable before staff are asked to look at the order. */
  alertAfterMs?: number;
  /** How long reversed orders are asked about again, in case the biller credited them after all. */
  revisitForMs?: number;
  limit?: number;
};

/** The biller's word on an order, or that it could not be reached (which says nothing). */
async function askBiller(biller: BillerAdapter, orderNo: string): Promise<StatusAnswer | "unreachable"> {
  try {
    return await biller.status(orderNo);
  } catch (err) {
    if (err instanceof BillerUnavailable) return "unreachable";
    throw err;
  }
}

/**
 * Settles orders the biller did not answer in time, asking it by order number: a confirmed
 * payment succeeds, a refused one is reversed, and one the biller says it never received (still
 * no record after `giveUpAfterMs`) is reversed too. Only the biller's own answer settles an order:
 * while it cannot be reached the order stays pending however long that takes, and after
 * `alertAfterMs` it is flagged for staff. Orders reversed as never received are asked about again
 * for `revisitForMs`; one the biller turns out to have credited is flagged for manual handling,
 * never settled twice. Safe to run on several servers at once.
 */
export async function reconcilePending(ctx: Ctx, biller: BillerAdapter, opts: ReconcileOptions = {}) {
  const {
    minAgeMs = 10_000,
    giveUpAfterMs = 5 * 60_000,
    alertAfterMs = 30 * 60_000,
    revisitForMs = 7 * 86_400_000,
    limit = 200,
  } = opts;
  const now = ctx.clock.now();
  const pending = await ctx.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("status", "=", "pending")
    .where("created_at", "<=", new Date(now.getTime() - minAgeMs))
    .orderBy("created_at")
    .limit(limit)
    .execute();
  const result = { succeeded: 0, failed: 0, stillPending: 0, unreachable: 0, mismatches: 0 };
  for (const order of pending) {
    const answer = await askBiller(biller, order.order_no);
    await ctx.db
      .updateTable("payment_orders")
      .set((eb) => ({ reconcile_attempts: eb("reconcile_attempts", "+", 1) }))
      .where("id", "=", order.id)
      .execute();
    const age = now.getTime() - order.created_at.getTime();
    if (answer === "unreachable") {
      result.unreachable += 1;
      if (age >= alertAfterMs && order.attention === null) await flag(ctx, order, "biller_unreachable", null);
      continue;
    }
    if (answer.status === "unknown") {
      if (age < giveUpAfterMs) {
        result.stillPending += 1;
        continue;
      }
    }
    const final =
      answer.status === "unknown" ? { status: "failed" as const, reason: NOT_RECEIVED_REASON } : answer;
    if (!(await settle(ctx, order, final, "reconciliation"))) continue;
    result[final.status] += 1;
    // The biller answered at last: nothing left for staff to chase.
    if (order.attention === "biller_unreachable")
      await ctx.db
        .updateTable("payment_orders")
        .set({ attention: null, attention_at: null })
        .where("id", "=", order.id)
        .execute();
  }
  result.mismatches = await revisitReversed(ctx, biller, new Date(now.getTime() - revisitForMs), limit);
  return result;
}

/**
 * Asks the biller again about orders reversed as never received: a request that reached it late
 * may have been credited after all. That is a mismatch for people to resolve (the resident has
 * both the refund and the credit); the order is flagged, its ledger is left alone.
 */
async function revisitReversed(ctx: Ctx, biller: BillerAdapter, since: Date, limit: number) {
  const reversed = await ctx.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("status", "=", "failed")
    .where("settled_by", "=", "reconciliation")
    .where("attention", "is", null)
    .where("failure_reason", "=", NOT_RECEIVED_REASON)
    .where("settled_at", ">=", since)
    .orderBy("settled_at")
    .limit(limit)
    .execute();
  let mismatches = 0;
  for (const order of reversed) {
    const answer = await askBiller(biller, order.order_no);
    if (answer === "unreachable" || answer.status !== "succeeded") continue;
    if (await flag(ctx, order, "credited_after_reversal", answer.billerRef)) mismatches += 1;
  }
  return mismatches;
}

/** Flags an order for staff once (audited, logged); false when another server flagged it first. */
async function flag(
  ctx: Ctx,
  order: { id: string; order_no: string },
  attention: "biller_unreachable" | "credited_after_reversal",
  billerRef: string | null,
): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const updated = await db
      .updateTable("payment_orders")
      .set({ attention, attention_at: now, attention_ref: billerRef })
      .where("id", "=", order.id)
      .where("attention", "is", null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await audit(
      db,
      { actor: undefined, districtCode: ctx.districtCode, now },
      {
        action: "payment.attention",
        targetType: "payment_order",
        targetId: order.order_no,
        detail: { attention, ...(billerRef ? { billerRef } : {}) },
      },
    );
    ctx.log.warn({ orderNo: order.order_no, attention }, "payment order needs a person to look at it");
    return true;
  });
}
