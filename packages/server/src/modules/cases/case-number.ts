import type { Kysely } from "kysely";
import { caseNumber, DEFAULT_CASE_NUMBER_PATTERN } from "@onewindow/shared";
import type { Database } from "../../db/schema.js";
import { readSetting, writeSetting } from "../../db/settings.js";
import { nextSequence } from "./cases.repo.js";

const PATTERN_KEY = "cases.numberPattern";

/** The district's case-number pattern (see caseNumber in shared), or the default. */
export async function caseNumberPattern(db: Kysely<Database>): Promise<string> {
  const value = await readSetting(db, PATTERN_KEY);
  return typeof value === "string" ? value : DEFAULT_CASE_NUMBER_PATTERN;
}

/** Sets the case-number pattern; refuses one without a sequence. */
export async function setCaseNumberPattern(db: Kysely<Database>, pattern: string, now: Date) {
  caseNumber(pattern, { date: "2026-01-01", site: "000000000000", seq: 1 }); // throws without {seq}
  await writeSetting(db, PATTERN_KEY, pattern, now);
}

/**
 * The next case number for a hall and day, unique under concurrency. Taken inside the
 * case's transaction, so a case that fails to be written gives its number back: every
 * number issued is a case.
 */
export async function issueCaseNumber(db: Kysely<Database>, date: string, siteCode: string) {
  const pattern = await caseNumberPattern(db);
  const parts = { date, site: siteCode };
  const prefix = caseNumber(pattern, { ...parts, seq: 0 }).prefix;
  return caseNumber(pattern, { ...parts, seq: await nextSequence(db, prefix) }).caseNo;
}
