import { billerOf, PAYMENT_STATUS_TEXT, yuan, isoChina } from "@onewindow/shared";
import type { Selectable } from "kysely";
import type { PaymentOrdersTable } from "../../db/schema.js";
import type { Ctx } from "../../http/context.js";

type Order = Selectable<PaymentOrdersTable>;

/** An order as the kiosk shows it, with the receipt (and its lines for the 58 mm printer). */
export async function present(ctx: Ctx, order: Order) {
  const biller = billerOf(order.biller)!;
  const site = await ctx.db
    .selectFrom("sites")
    .select("name")
    .where("code", "=", order.site_code)
    .executeTakeFirst();
  const receipt = {
    title: "自助缴费凭条",
    orderNo: order.order_no,
    billerName: biller.name,
    payee: biller.payee,
    accountLabel: biller.accountLabel,
    accountMasked: order.account_masked,
    holderName: order.holder_masked,
    amountFen: order.amount_fen,
    amountText: `${yuan(order.amount_fen)} 元`,
    status: order.status,
    statusText: PAYMENT_STATUS_TEXT[order.status],
    createdAt: isoChina(order.created_at),
    settledAt: order.settled_at ? isoChina(order.settled_at) : null,
    billerRef: order.biller_ref,
    failureReason: order.failure_reason,
    cardMasked: order.card_masked,
    siteName: site?.name ?? order.site_code,
  };
  return {
    orderNo: order.order_no,
    status: order.status,
    statusText: PAYMENT_STATUS_TEXT[order.status],
    biller: order.biller,
    amountFen: order.amount_fen,
    receipt: { ...receipt, lines: receiptLines(receipt) },
  };
}

/** The receipt as lines for the kiosk's 58 mm printer (32 columns; a Chinese character takes two). */
function receiptLines(r: {
  title: string;
  orderNo: string;
  billerName: string;
  payee: string;
  accountLabel: string;
  accountMasked: string;
  holderName: string | null;
  amountText: string;
  statusText: string;
  createdAt: string;
  billerRef: string | null;
  cardMasked: string | null;
  siteName: string;
}): string[] {
  return [
    r.title,
    r.siteName,
    "--------------------------------",
    `项目：${r.billerName}`,
    `收款单位：${r.payee}`,
    `${r.accountLabel}：${r.accountMasked}`,
    ...(r.holderName ? [`户名：${r.holderName}`] : []),
    `金额：${r.amountText}`,
    `状态：${r.statusText}`,
    ...(r.cardMasked ? [`付款卡：${r.cardMasked}`] : []),
    `订单号：${r.orderNo}`,
    ...(r.billerRef ? [`缴费流水：${r.billerRef}`] : []),
    `时间：${r.createdAt.slice(0, 19).replace("T", " ")}`,
    "--------------------------------",
    "请妥善保管本凭条",
  ];
}
