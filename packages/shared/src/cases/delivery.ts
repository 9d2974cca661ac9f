import type { WorkCalendar } from "../calendar/working-days.js";
import { isDecided, type CaseStatusCode } from "./cases.js";

/** How a decided case's result reaches the applicant (送达方式). */
export const DELIVERY_METHODS = {
  window: { "zh-CN": "窗口领取", en: "collected at the window" },
  post: { "zh-CN": "邮寄送达", en: "sent by post" },
  electronic: { "zh-CN": "电子送达", en: "served electronically" },
} as const;
export type DeliveryMethodCode = keyof typeof DELIVERY_METHODS;

/** 行政许可法第四十四条: the result is served within ten (working) days of the decision. */
export const DELIVERY_WORKING_DAYS = 10;

/** Both decisions are served: a certificate, or the written refusal with the applicant's remedies. */
export function awaitsDelivery(status: CaseStatusCode, deliveredAt: unknown): boolean {
  return isDecided(status) && !deliveredAt;
}

/** The last day to serve a result decided on `decidedOn` (a China date). */
export function deliveryDue(calendar: WorkCalendar, decidedOn: string): string {
  return calendar.addWorkingDays(decidedOn, DELIVERY_WORKING_DAYS);
}
