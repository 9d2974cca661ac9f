import { CASE_STATUS_TEXT, isoChina, type Locale } from "@onewindow/shared";
import type { CaseStatus } from "../../db/schema.js";

export const statusText = (status: CaseStatus, locale: Locale) => CASE_STATUS_TEXT[status][locale];

export function presentTimeline(
  rows: { at: Date; stage: string; text: string; org_name: string | null }[],
  withOrg: boolean,
) {
  return rows.map((r) => ({
    at: isoChina(r.at),
    stage: r.stage,
    text: r.text,
    ...(withOrg && r.org_name ? { orgName: r.org_name } : {}),
  }));
}
