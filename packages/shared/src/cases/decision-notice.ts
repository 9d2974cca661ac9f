/**
 * Which written decision a decided case is given. A 行政许可 is granted or refused by a
 * 决定书 (行政许可法第三十八条: a refusal gives its reasons and the applicant's rights to
 * 行政复议 and 行政诉讼); other items end with a notice of the result.
 */
export type DecisionNotice = "permitGranted" | "permitRefused" | "decision" | "decisionRefused";

export function decisionNotice(itemKind: string, approved: boolean): DecisionNotice {
  if (itemKind === "permit") return approved ? "permitGranted" : "permitRefused";
  return approved ? "decision" : "decisionRefused";
}

export const DECISION_NOTICE_TITLES: Record<DecisionNotice, string> = {
  permitGranted: "准予行政许可决定书",
  permitRefused: "不予行政许可决定书",
  decision: "办结通知书",
  decisionRefused: "不予批准通知书",
};
