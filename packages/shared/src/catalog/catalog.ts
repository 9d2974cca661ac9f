/** Service catalog vocabulary shared by server and web. */

export const ITEM_KINDS = [
  "permit",
  "confirmation",
  "payment",
  "adjudication",
  "reward",
  "filing",
  "other_power",
  "public_service",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_NAMES: Record<ItemKind, { "zh-CN": string; en: string }> = {
  permit: { "zh-CN": "行政许可", en: "Administrative permit" },
  confirmation: { "zh-CN": "行政确认", en: "Administrative confirmation" },
  payment: { "zh-CN": "行政给付", en: "Administrative payment" },
  adjudication: { "zh-CN": "行政裁决", en: "Administrative adjudication" },
  reward: { "zh-CN": "行政奖励", en: "Administrative reward" },
  filing: { "zh-CN": "行政备案", en: "Administrative filing" },
  other_power: { "zh-CN": "其他行政权力", en: "Other administrative power" },
  public_service: { "zh-CN": "公共服务", en: "Public service" },
};

export const HANDLINGS = ["instant", "promised"] as const;
export type Handling = (typeof HANDLINGS)[number];

export const MATERIAL_FORMS = ["original", "copy", "original_and_copy", "electronic"] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

export const MATERIAL_FORM_NAMES: Record<MaterialForm, { "zh-CN": string; en: string }> = {
  original: { "zh-CN": "原件", en: "Original" },
  copy: { "zh-CN": "复印件", en: "Copy" },
  original_and_copy: { "zh-CN": "原件及复印件", en: "Original and copy" },
  electronic: { "zh-CN": "电子材料", en: "Electronic" },
};

export const STEP_ORG_KINDS = ["community", "street", "department"] as const;
export type StepOrgKind = (typeof STEP_ORG_KINDS)[number];

/** `<基本编码>-<12-digit area>-000-<18-char USCC>-1-00` */
export const ITEM_CODE_PATTERN = /^[0-9A-Z]{6,20}-\d{12}-000-[0-9A-HJ-NPQRTUWXY]{18}-\d-\d{2}$/;

/** "当场办结" or "N 个工作日" — how the public sees an item's time limit. */
export function timeLimitText(handling: Handling, days: number, locale: "zh-CN" | "en" = "zh-CN"): string {
  if (handling === "instant") return locale === "en" ? "On the spot" : "当场办结";
  return locale === "en" ? `${days} working days` : `${days} 个工作日`;
}
