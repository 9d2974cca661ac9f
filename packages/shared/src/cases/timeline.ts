import type { Locale } from "../i18n/messages.js";
import { DELIVERY_METHODS, type DeliveryMethodCode } from "./delivery.js";

/**
 * A case's timeline entry as data: what happened (`kind`) and its particulars (`params`). The
 * words are rendered from them per language; the Chinese wording is also kept with the entry as
 * it was shown to the applicant that day, since notices quote it.
 */
export type TimelineEntry =
  | { kind: "accepted"; params: AcceptedParams }
  | { kind: "not_accepted"; params: { site: string; reason: string } }
  | { kind: "forwarded"; params: { org: string; step: string } }
  | { kind: "reviewed"; params: { org: string; step: string } }
  | { kind: "supplement_requested"; params: { org: string; bringBy: string; comment: string | null } }
  | { kind: "supplement_received"; params: Record<string, never> }
  | { kind: "decided"; params: { outcome: "approved" | "rejected"; comment: string | null } }
  | { kind: "withdrawn"; params: { comment: string | null } }
  | { kind: "special_started"; params: { org: string; procedure: string; reason: string } }
  | { kind: "special_ended"; params: { result: string; workingDays: number } }
  | { kind: "extended"; params: { org: string; days: number; reason: string; until: string } }
  | { kind: "rescheduled"; params: { year: number; was: string; becomes: string } }
  | {
      kind: "delivered";
      params: { method: DeliveryMethodCode; recipient: string | null; note: string | null };
    };

/** How a case came to be accepted: at the window, with documents to follow, or deemed (收件 unexamined). */
export type AcceptedParams =
  | { site: string; mode: "normal" }
  | { site: string; mode: "deemed"; receivedOn: string }
  | { site: string; mode: "tolerate-missing"; bringBy: string; missing: string[] };

export type TimelineKind = TimelineEntry["kind"];

export const TIMELINE_KINDS = [
  "accepted",
  "not_accepted",
  "forwarded",
  "reviewed",
  "supplement_requested",
  "supplement_received",
  "decided",
  "withdrawn",
  "special_started",
  "special_ended",
  "extended",
  "rescheduled",
  "delivered",
] as const satisfies readonly TimelineKind[];

/** The stage each kind of entry is shown under (the Chinese names are the 办件 stages residents know). */
export const TIMELINE_STAGE: Record<TimelineKind, Record<Locale, string>> = {
  accepted: { "zh-CN": "受理", en: "Accepted" },
  not_accepted: { "zh-CN": "不予受理", en: "Not accepted" },
  forwarded: { "zh-CN": "承办", en: "Handling" },
  reviewed: { "zh-CN": "审核", en: "Reviewed" },
  supplement_requested: { "zh-CN": "补正", en: "Documents requested" },
  supplement_received: { "zh-CN": "补正", en: "Documents received" },
  decided: { "zh-CN": "办结", en: "Decided" },
  withdrawn: { "zh-CN": "撤回", en: "Withdrawn" },
  special_started: { "zh-CN": "特别程序", en: "Special procedure" },
  special_ended: { "zh-CN": "特别程序", en: "Special procedure" },
  extended: { "zh-CN": "延期", en: "Extended" },
  rescheduled: { "zh-CN": "期限调整", en: "Date moved" },
  delivered: { "zh-CN": "送达", en: "Delivered" },
};

const paren = (s: string | null, locale: Locale) => (s ? (locale === "en" ? ` (${s})` : `（${s}）`) : "");

/** The sentence a timeline entry shows, in the given language. */
export function timelineText(entry: TimelineEntry, locale: Locale): string {
  const en = locale === "en";
  switch (entry.kind) {
    case "accepted": {
      const p = entry.params;
      if (p.mode === "normal") return en ? `${p.site} accepted your application` : `${p.site}受理了您的申请`;
      if (p.mode === "deemed")
        return en
          ? `${p.site} received your application on ${p.receivedOn} and did not ask for corrections within 5 working days: by law it counts as accepted from that day`
          : `${p.site}于 ${p.receivedOn} 收到您的申请材料，未在 5 个工作日内告知补正，依法自收件之日起视为受理`;
      return en
        ? `${p.site} accepted your application with documents to follow; please bring by ${p.bringBy}: ${p.missing.join(", ")}`
        : `${p.site}容缺受理了您的申请，请于 ${p.bringBy} 前补交：${p.missing.join("、")}`;
    }
    case "not_accepted":
      return en
        ? `${entry.params.site} did not accept the application: ${entry.params.reason}`
        : `${entry.params.site}不予受理：${entry.params.reason}`;
    case "forwarded":
      return en
        ? `Sent to ${entry.params.org}: ${entry.params.step}`
        : `转${entry.params.org}：${entry.params.step}`;
    case "reviewed":
      return en
        ? `${entry.params.org} approved its step (${entry.params.step})`
        : `${entry.params.org}审核通过（${entry.params.step}）`;
    case "supplement_requested": {
      const p = entry.params;
      return en
        ? `${p.org} asks you to bring further documents by ${p.bringBy}${p.comment ? `: ${p.comment}` : ""} (the clock stops meanwhile)`
        : `${p.org}请您于 ${p.bringBy} 前补正材料${p.comment ? `：${p.comment}` : ""}（补正期间暂停计时）`;
    }
    case "supplement_received":
      return en ? "Documents brought; handling continues" : "已补正材料，继续办理";
    case "decided": {
      const { outcome, comment } = entry.params;
      if (outcome === "approved") return en ? "Decided: approved" : "办结：准予";
      return en
        ? `Decided: not approved${paren(comment, locale)}`
        : `办结：不予批准${paren(comment, locale)}`;
    }
    case "withdrawn":
      return en
        ? `Withdrawn at the applicant's request; handling ended${paren(entry.params.comment, locale)}`
        : `申请人撤回申请，办理终止${paren(entry.params.comment, locale)}`;
    case "special_started": {
      const p = entry.params;
      return en
        ? `${p.org} started a special procedure (${p.procedure}): ${p.reason}. Its time does not count towards the deadline.`
        : `${p.org}启动特别程序（${p.procedure}）：${p.reason}。特别程序所需时间不计入办理时限。`;
    }
    case "special_ended": {
      const p = entry.params;
      return en
        ? `Special procedure ended: ${p.result}. The clock runs again (it took ${p.workingDays} working days, not counted).`
        : `特别程序结束：${p.result}。恢复计时（用时 ${p.workingDays} 个工作日，不计入时限）。`;
    }
    case "extended": {
      const p = entry.params;
      return en
        ? `${p.org} extended the time limit by ${p.days} working days with its head's approval: ${p.reason}. New date: ${p.until}.`
        : `${p.org}经负责人批准延长办理期限 ${p.days} 个工作日：${p.reason}。办结期限延至 ${p.until}。`;
    }
    case "rescheduled": {
      const p = entry.params;
      return en
        ? `The ${p.year} public holidays changed: the promised date moved from ${p.was} to ${p.becomes}`
        : `因 ${p.year} 年节假日安排调整，承诺办结日期由 ${p.was} 调整为 ${p.becomes}`;
    }
    case "delivered": {
      const { method, recipient, note } = entry.params;
      const extra = paren(note, locale);
      if (!en) {
        if (method === "window")
          return recipient
            ? `办理结果已由代领人${recipient}在窗口领取${extra}`
            : `办理结果已由申请人本人在窗口领取${extra}`;
        return `办理结果已${DELIVERY_METHODS[method]["zh-CN"]}${extra}`;
      }
      if (method === "window")
        return recipient
          ? `The result was collected at the window by ${recipient}, on the applicant's behalf${extra}`
          : `The result was collected at the window by the applicant${extra}`;
      return `The result was ${DELIVERY_METHODS[method].en}${extra}`;
    }
  }
}
