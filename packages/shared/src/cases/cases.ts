/** Case vocabulary shared by server and web: statuses, their resident-facing words, case numbers. */

export const CASE_STATUSES = [
  "accepted",
  "in_review",
  "supplement_required",
  "approved",
  "rejected",
  "not_accepted",
  "withdrawn",
] as const;
export type CaseStatusCode = (typeof CASE_STATUSES)[number];

/** Cases still being handled (在办), and cases that came to an end. */
export const OPEN_CASE_STATUSES: readonly CaseStatusCode[] = ["accepted", "in_review", "supplement_required"];
export const ENDED_CASE_STATUSES: readonly CaseStatusCode[] = [
  "approved",
  "rejected",
  "not_accepted",
  "withdrawn",
];

/** Cases ended by a decision (准予 or 不予批准): they have a written decision to serve. */
export const DECIDED_CASE_STATUSES = ["approved", "rejected"] as const satisfies readonly CaseStatusCode[];

export function isDecided(status: string): status is (typeof DECIDED_CASE_STATUSES)[number] {
  return (DECIDED_CASE_STATUSES as readonly string[]).includes(status);
}

/** What a resident reads (kiosk, portal, SMS): plain words, no jargon. */
export const CASE_STATUS_TEXT: Record<CaseStatusCode, { "zh-CN": string; en: string }> = {
  accepted: { "zh-CN": "已受理", en: "Accepted" },
  in_review: { "zh-CN": "审核中", en: "Under review" },
  supplement_required: { "zh-CN": "需补正材料", en: "More documents needed" },
  approved: { "zh-CN": "已办结（准予）", en: "Completed (approved)" },
  rejected: { "zh-CN": "已办结（不予批准）", en: "Completed (not approved)" },
  not_accepted: { "zh-CN": "不予受理", en: "Not accepted" },
  withdrawn: { "zh-CN": "已撤回", en: "Withdrawn" },
};

/**
 * Formats a case number from a pattern: {yyyy} {MM} {dd} date parts, {site} the
 * accepting hall's code, {seq:N} the sequence zero-padded to N digits (required).
 * Returns the prefix (everything before {seq}) so sequences restart per prefix.
 */
export function caseNumber(pattern: string, parts: { date: string; site: string; seq: number }) {
  const seqMatch = /\{seq(?::(\d))?\}/.exec(pattern);
  if (!seqMatch) throw new RangeError("a case number pattern needs {seq} or {seq:N}");
  const [yyyy, MM, dd] = parts.date.split("-");
  const fill = (s: string) =>
    s
      .replaceAll("{yyyy}", yyyy ?? "")
      .replaceAll("{MM}", MM ?? "")
      .replaceAll("{dd}", dd ?? "")
      .replaceAll("{site}", parts.site);
  const before = fill(pattern.slice(0, seqMatch.index));
  const after = fill(pattern.slice(seqMatch.index + seqMatch[0].length));
  const width = Number(seqMatch[1] ?? 4);
  return { prefix: before, caseNo: `${before}${String(parts.seq).padStart(width, "0")}${after}` };
}

export const DEFAULT_CASE_NUMBER_PATTERN = "KF{yyyy}{MM}{dd}{seq:4}";

/**
 * 特别程序: steps whose time the law does not count toward the deadline
 * (《行政许可法》第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审).
 */
export const SPECIAL_PROCEDURES = {
  hearing: "听证",
  tender: "招标",
  auction: "拍卖",
  inspection: "检验检测检疫",
  appraisal: "鉴定",
  expert_review: "专家评审",
} as const;
export type SpecialProcedure = keyof typeof SPECIAL_PROCEDURES;
