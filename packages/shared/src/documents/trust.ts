/**
 * Documents a resident has on file (一次收集、多方共享) and how far they can be trusted:
 * A issued by an agency, B original verified at a window, C uploaded by the resident (original to
 * be checked), D self-attested. A and B are reused at the next intake without asking again.
 */
export const TRUST_LEVELS = ["A", "B", "C", "D"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

export const TRUST_TEXT: Record<TrustLevel, string> = {
  A: "A 级：政府部门核发",
  B: "B 级：窗口已核验原件",
  C: "C 级：本人上传，待核验原件",
  D: "D 级：本人承诺",
};

/** Whether a document on file stands in for the material at the next intake. */
export function reusable(level: TrustLevel): boolean {
  return level === "A" || level === "B";
}

/** The higher of two levels (A is highest). */
export function strongerTrust(a: TrustLevel, b: TrustLevel): TrustLevel {
  return a < b ? a : b;
}

/**
 * The certificate an approved item issues, by its name: 老年人优待证办理 → 老年人优待证,
 * 就业创业证申领 → 就业创业证, 亲属关系证明 → 亲属关系证明; undefined for items that issue none.
 */
export function issuedDocumentName(itemName: string): string | undefined {
  const name = itemName.replace(/（[^）]*）$/, "").replace(/(办理|申领受理|申领|补开|开具)$/, "");
  if (/证明$/.test(name) || /证$/.test(name)) return name;
  return undefined;
}
