import { RatingCreated } from "../evaluation/index.js";
import { Type } from "typebox";
import { BILLER_CODES, type BillerCode, type PaymentStatus } from "@onewindow/shared";
import { IsoTime, Nullable } from "../../http/schemas.js";
import { BILLER_SANDBOX_MODES, type BillerSandboxMode } from "./biller.js";

/** Response schemas of 我的缴费 (bill payments at the kiosk, orders, ledger). */

const Biller = Type.Unsafe<BillerCode>(
  Type.String({
    enum: [...BILLER_CODES],
    description: "mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带",
  }),
);
const Status = Type.Unsafe<PaymentStatus>(
  Type.String({
    enum: ["pending", "succeeded", "failed"],
    description: "pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回",
  }),
);

export const Billers = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Biller,
      name: Type.String(),
      payee: Type.String({ description: "收款单位" }),
      accountLabel: Type.String({ description: "户号的叫法，如 用水户号" }),
      accountHint: Type.String(),
      accountPattern: Type.String({ description: "户号格式（正则表达式）" }),
      presetsFen: Type.Array(Type.Integer(), { description: "预设金额（分）；账单定额的为空" }),
      minFen: Type.Integer(),
      maxFen: Type.Integer(),
    }),
  ),
});

export const BillQuote = Type.Object({
  account: Type.String({ description: "查询的户号（原样返回）" }),
  accountMasked: Type.String(),
  holderName: Type.String({ description: "脱敏户名" }),
  amountDueFen: Type.Integer({ description: "应缴金额（分）" }),
  period: Type.String({ description: "账期 YYYY-MM" }),
  balanceFen: Type.Optional(Type.Integer({ description: "话费余额（分），仅手机号；欠费时为负" })),
});

/** An order as the kiosk shows it, with the receipt and its lines for the 58 mm printer. */
export const PaymentOrder = Type.Object({
  orderNo: Type.String(),
  status: Status,
  statusText: Type.String(),
  biller: Biller,
  amountFen: Type.Integer(),
  receipt: Type.Object({
    title: Type.String(),
    orderNo: Type.String(),
    billerName: Type.String(),
    payee: Type.String(),
    accountLabel: Type.String(),
    accountMasked: Type.String(),
    holderName: Nullable(Type.String({ description: "脱敏户名" })),
    amountFen: Type.Integer(),
    amountText: Type.String({ examples: ["58.00 元"] }),
    status: Status,
    statusText: Type.String(),
    createdAt: IsoTime,
    settledAt: Nullable(IsoTime),
    billerRef: Nullable(Type.String({ description: "缴费单位的流水号" })),
    failureReason: Nullable(Type.String()),
    cardMasked: Nullable(Type.String({ description: "脱敏付款卡号（密码键盘给出）" })),
    siteName: Type.String(),
    lines: Type.Array(Type.String(), { description: "凭条打印行（32 列）" }),
  }),
});

/** A rating given after a payment: the same answer as any rating. */
export const PaymentRating = RatingCreated;

export const PaymentOrders = Type.Object({
  items: Type.Array(
    Type.Object({
      orderNo: Type.String(),
      biller: Biller,
      billerName: Type.String(),
      accountMasked: Type.String(),
      amountFen: Type.Integer(),
      status: Status,
      statusText: Type.String(),
      siteCode: Type.String(),
      createdAt: IsoTime,
      settledAt: Nullable(IsoTime),
      settledBy: Nullable(
        Type.Union([Type.Literal("answer"), Type.Literal("reconciliation")], {
          description: "answer 缴费单位当即应答 / reconciliation 对账确定",
        }),
      ),
      failureReason: Nullable(Type.String()),
      attention: Nullable(
        Type.Union([Type.Literal("biller_unreachable"), Type.Literal("credited_after_reversal")], {
          description:
            "需人工处理：biller_unreachable 缴费单位长时间无法联系（仍在途，未退款）；credited_after_reversal 退款后缴费单位确认已入账",
        }),
      ),
      attentionAt: Nullable(IsoTime),
    }),
  ),
});

export const TrialBalance = Type.Object({
  accounts: Type.Array(
    Type.Object({
      account: Type.String({ description: "科目" }),
      debitFen: Type.Integer({ description: "借方发生额（分）" }),
      creditFen: Type.Integer({ description: "贷方发生额（分）" }),
      balanceFen: Type.Integer({ description: "余额（借减贷，分）" }),
    }),
  ),
  totalDebitFen: Type.Integer(),
  totalCreditFen: Type.Integer(),
});

export const ReconcileResult = Type.Object({
  succeeded: Type.Integer({ description: "确认成功的订单数" }),
  failed: Type.Integer({ description: "冲正退回的订单数" }),
  stillPending: Type.Integer({ description: "仍待确认的订单数" }),
  unreachable: Type.Integer({ description: "缴费单位无法联系、仍在途的订单数（不退款）" }),
  mismatches: Type.Integer({ description: "退款后缴费单位确认已入账、标记人工处理的订单数" }),
});

export const SandboxMode = Type.Object({
  mode: Type.Unsafe<BillerSandboxMode>(Type.String({ enum: [...BILLER_SANDBOX_MODES] })),
});
