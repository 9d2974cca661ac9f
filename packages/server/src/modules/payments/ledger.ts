import { randomUUID } from "node:crypto";
import { postingsFor, type LedgerEvent } from "@onewindow/shared";
import type { Selectable, Transaction } from "kysely";
import type { Database, PaymentOrdersTable } from "../../db/schema.js";
import type { Ctx } from "../../http/context.js";

type Order = Selectable<PaymentOrdersTable>;

/** Posts the balanced entries of one step of an order, as one entry group. */
export async function post(
  db: Transaction<Database>,
  ctx: Ctx,
  order: Pick<Order, "id" | "biller" | "amount_fen">,
  event: LedgerEvent,
  now: Date,
) {
  const group = randomUUID();
  await db
    .insertInto("ledger_entries")
    .values(
      postingsFor(event, order.biller, order.amount_fen).map((p) => ({
        district_code: ctx.districtCode,
        entry_group: group,
        order_id: order.id,
        event,
        account: p.account,
        debit_fen: p.debitFen,
        credit_fen: p.creditFen,
        created_at: now,
      })),
    )
    .execute();
}

/**
 * Settles a pending order once: the status changes only from pending, and the ledger posts
 * the matching entries in the same transaction. Returns false when someone settled it first.
 */
export async function settle(
  ctx: Ctx,
  order: Order,
  answer: { status: "succeeded"; billerRef: string } | { status: "failed"; reason: string },
  by: "answer" | "reconciliation",
): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const updated = await db
      .updateTable("payment_orders")
      .set({
        status: answer.status,
        biller_ref: answer.status === "succeeded" ? answer.billerRef : null,
        failure_reason: answer.status === "failed" ? answer.reason : null,
        settled_at: now,
        settled_by: by,
      })
      .where("id", "=", order.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await post(db, ctx, order, answer.status, now);
    return true;
  });
}

/** Trial balance: the balance of every ledger account (debits minus credits), and the totals. */
export async function trialBalance(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom("ledger_entries")
    .select((eb) => [
      "account",
      eb.fn.sum<number>("debit_fen").as("debit"),
      eb.fn.sum<number>("credit_fen").as("credit"),
    ])
    .where("district_code", "=", ctx.districtCode)
    .groupBy("account")
    .orderBy("account")
    .execute();
  const accounts = rows.map((r) => ({
    account: r.account,
    debitFen: Number(r.debit),
    creditFen: Number(r.credit),
    balanceFen: Number(r.debit) - Number(r.credit),
  }));
  return {
    accounts,
    totalDebitFen: accounts.reduce((s, a) => s + a.debitFen, 0),
    totalCreditFen: accounts.reduce((s, a) => s + a.creditFen, 0),
  };
}
