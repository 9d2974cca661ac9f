import {
  CASE_STATUS_TEXT,
  isoChina,
  TIMELINE_STAGE,
  timelineText,
  type Locale,
  type TimelineEntry,
  type TimelineKind,
} from "@onewindow/shared";
import type { CaseStatus } from "../../db/schema.js";

export const statusText = (status: CaseStatus, locale: Locale) => CASE_STATUS_TEXT[status][locale];

type EventRow = {
  at: Date;
  kind: TimelineKind;
  params: Record<string, unknown> | null;
  text: string;
  org_name: string | null;
};

/**
 * A case's timeline in the reader's language: the stage from the entry's kind, the sentence
 * rendered from its particulars (in Chinese, the one shown that day; entries from before their
 * particulars were kept have only that).
 */
export function presentTimeline(rows: EventRow[], withOrg: boolean, locale: Locale) {
  return rows.map((r) => ({
    at: isoChina(r.at),
    kind: r.kind,
    stage: TIMELINE_STAGE[r.kind][locale],
    text:
      locale === "zh-CN" || r.params === null
        ? r.text
        : timelineText({ kind: r.kind, params: r.params } as TimelineEntry, locale),
    ...(withOrg && r.org_name ? { orgName: r.org_name } : {}),
  }));
}
