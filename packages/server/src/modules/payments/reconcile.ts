import type { Ctx } from "../../http/context.js";
import { BillerUnavailable, type BillerAdapter } from "./biller.js";
import { settle } from "./ledger.js";

/**
 * Settles orders the biller did not answer in time: asks the biller by order number; a
 * confirmed payment succeeds, a refused one is reversed, and one the biller never received
 * (still unknown after `giveUpAfterMs`) is reversed too. Safe to run on several servers at once.
 */
export async function reconcilePending(
  ctx: Ctx,
  biller: BillerAdapter,
  opts: { minAgeMs?: number; giveUpAfterMs?: number; limit?: number } = {},
) {
  const { minAgeMs = 10_000, giveUpAfterMs = 5 * 60_000, limit = 200 } = opts;
  const now = ctx.clock.now();
  const pending = await ctx.db
    .selectFrom("payment_orders")
    .selectAll()
    .where("status", "=", "pending")
    .where("created_at", "<=", new Date(now.getTime() - minAgeMs))
    .orderBy("created_at")
    .limit(limit)
    .execute();
  const result = { succeeded: 0, failed: 0, stillPending: 0 };
  for (const order of pending) {
    let answer;
    try {
      answer = await biller.status(order.order_no);
    } catch (err) {
      if (!(err instanceof BillerUnavailable)) throw err;
      answer = { status: "unknown" as const };
    }
    await ctx.db
      .updateTable("payment_orders")
      .set((eb) => ({ reconcile_attempts: eb("reconcile_attempts", "+", 1) }))
      .where("id", "=", order.id)
      .execute();
    if (answer.status === "unknown") {
      if (now.getTime() - order.created_at.getTime() < giveUpAfterMs) {
        result.stillPending += 1;
        continue;
      }
      answer = { status: "failed" as const, reason: "缴费单位未收到缴费请求，款项已原路退回" };
    }
    if (await settle(ctx, order, answer, "reconciliation")) result[answer.status] += 1;
  }
  return result;
}
