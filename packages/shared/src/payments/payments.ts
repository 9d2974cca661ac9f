/** 我的缴费: billers, account formats, amounts and the ledger postings of a payment order. Pure rules. */

export const BILLER_CODES = ["mobile", "water", "electricity", "gas", "broadband"] as const;
export type BillerCode = (typeof BILLER_CODES)[number];

export type BillerInfo = {
  code: BillerCode;
  name: string;
  /** Who collects the money (shown on the receipt). */
  payee: string;
  accountLabel: string;
  accountHint: string;
  accountPattern: RegExp;
  /** Preset amounts in fen (话费 top-up); empty where the bill decides the amount. */
  presetsFen: number[];
  minFen: number;
  maxFen: number;
};

export const BILLERS: readonly BillerInfo[] = [
  {
    code: "mobile",
    name: "话费充值",
    payee: "中国移动 / 中国联通 / 中国电信 湖南分公司",
    accountLabel: "手机号码",
    accountHint: "11 位手机号码",
    accountPattern: /^1[3-9]\d{9}$/,
    presetsFen: [3000, 5000, 10000, 20000, 30000],
    minFen: 1000,
    maxFen: 50000,
  },
  {
    code: "water",
    name: "水费",
    payee: "长沙水业集团",
    accountLabel: "用水户号",
    accountHint: "水费单上的 8 位户号",
    accountPattern: /^\d{8}$/,
    presetsFen: [],
    minFen: 1,
    maxFen: 500000,
  },
  {
    code: "electricity",
    name: "电费",
    payee: "国网湖南省电力有限公司长沙供电分公司",
    accountLabel: "用电户号",
    accountHint: "电费单上的 10 位户号",
    accountPattern: /^\d{10}$/,
    presetsFen: [],
    minFen: 1,
    maxFen: 500000,
  },
  {
    code: "gas",
    name: "燃气费",
    payee: "长沙新奥燃气有限公司",
    accountLabel: "燃气用户号",
    accountHint: "燃气卡或账单上的 9 位用户号",
    accountPattern: /^\d{9}$/,
    presetsFen: [],
    minFen: 1,
    maxFen: 500000,
  },
  {
    code: "broadband",
    name: "宽带网费",
    payee: "中国电信长沙分公司",
    accountLabel: "宽带账号",
    accountHint: "0731 开头的 12 位宽带账号",
    accountPattern: /^0731\d{8}$/,
    presetsFen: [],
    minFen: 1,
    maxFen: 500000,
  },
];

export function billerOf(code: string): BillerInfo | undefined {
  return BILLERS.find((b) => b.code === code);
}

export type AmountProblem = "below_min" | "above_max" | "not_integer";

/** Whether `amountFen` may be paid to this biller;话费 takes any whole-yuan amount in range, not only presets. */
export function checkAmount(biller: BillerInfo, amountFen: number): AmountProblem | null {
  if (!Number.isInteger(amountFen)) return "not_integer";
  if (amountFen < biller.minFen) return "below_min";
  if (amountFen > biller.maxFen) return "above_max";
  if (biller.code === "mobile" && amountFen % 100 !== 0) return "not_integer";
  return null;
}

/** 10000 → "100.00" */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** An account number shown on screens and receipts: enough to recognise, not to reuse. */
export function maskAccount(biller: BillerCode, account: string): string {
  if (biller === "mobile") return account.slice(0, 3) + "****" + account.slice(-4);
  if (account.length <= 4) return account;
  return "*".repeat(account.length - 4) + account.slice(-4);
}

/**
 * Ledger accounts (double entry). Money taken from the resident's bank card at the PIN pad is owed to
 * us by the card acquirer (card_clearing); it sits in transit until the biller confirms, then we owe
 * it to the biller; if the biller refuses, the card payment is reversed.
 */
export const LEDGER = {
  cardClearing: "card_clearing",
  inTransit: "payments_in_transit",
  billerPayable: (biller: BillerCode) => `biller_payable:${biller}`,
} as const;

export type Posting = { account: string; debitFen: number; creditFen: number };
export type LedgerEvent = "captured" | "succeeded" | "failed";

/** The balanced postings for one step of an order. Every list sums to zero (debits = credits). */
export function postingsFor(event: LedgerEvent, biller: BillerCode, amountFen: number): Posting[] {
  const dr = (account: string): Posting => ({ account, debitFen: amountFen, creditFen: 0 });
  const cr = (account: string): Posting => ({ account, debitFen: 0, creditFen: amountFen });
  switch (event) {
    case "captured":
      return [dr(LEDGER.cardClearing), cr(LEDGER.inTransit)];
    case "succeeded":
      return [dr(LEDGER.inTransit), cr(LEDGER.billerPayable(biller))];
    case "failed":
      return [dr(LEDGER.inTransit), cr(LEDGER.cardClearing)];
  }
}

export type PaymentStatus = "pending" | "succeeded" | "failed";

export const PAYMENT_STATUS_TEXT: Record<PaymentStatus, string> = {
  pending: "处理中",
  succeeded: "缴费成功",
  failed: "缴费失败，款项已退回",
};
