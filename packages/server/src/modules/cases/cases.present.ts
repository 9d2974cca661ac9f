import { CASE_STATUS_TEXT, type Locale } from "@onewindow/shared";
import type { CaseStatus } from "../../db/schema.js";

/** ISO 8601 with the China offset, as API.md asks for times. */
export function isoChina(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** A due date is met until the end of that day in China. */
export function deadlineOf(date: string | null): string | null {
  return date ? `${date}T23:59:59+08:00` : null;
}

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
