import { describe, expect, it } from "vitest";
import { TIMELINE_KINDS, TIMELINE_STAGE, timelineText, type TimelineEntry } from "./timeline.js";

/** One entry of every kind, with the Chinese sentence residents were shown before kinds existed. */
const SAMPLES: [TimelineEntry, string][] = [
  [{ kind: "accepted", params: { site: "欣城社区", mode: "normal" } }, "欣城社区受理了您的申请"],
  [
    { kind: "accepted", params: { site: "欣城社区", mode: "deemed", receivedOn: "2026-09-30" } },
    "欣城社区于 2026-09-30 收到您的申请材料，未在 5 个工作日内告知补正，依法自收件之日起视为受理",
  ],
  [
    {
      kind: "accepted",
      params: {
        site: "欣城社区",
        mode: "tolerate-missing",
        bringBy: "2026-12-01",
        missing: ["户口簿", "照片"],
      },
    },
    "欣城社区容缺受理了您的申请，请于 2026-12-01 前补交：户口簿、照片",
  ],
  [
    { kind: "not_accepted", params: { site: "欣城社区", reason: "不属于本事项" } },
    "欣城社区不予受理：不属于本事项",
  ],
  [{ kind: "forwarded", params: { org: "芙蓉北路街道", step: "街道审核" } }, "转芙蓉北路街道：街道审核"],
  [
    { kind: "reviewed", params: { org: "芙蓉北路街道", step: "街道审核" } },
    "芙蓉北路街道审核通过（街道审核）",
  ],
  [
    { kind: "supplement_requested", params: { org: "欣城社区", bringBy: "2026-12-01", comment: "缺照片" } },
    "欣城社区请您于 2026-12-01 前补正材料：缺照片（补正期间暂停计时）",
  ],
  [{ kind: "supplement_received", params: {} }, "已补正材料，继续办理"],
  [{ kind: "decided", params: { outcome: "approved", comment: null } }, "办结：准予"],
  [{ kind: "decided", params: { outcome: "rejected", comment: "收入超标" } }, "办结：不予批准（收入超标）"],
  [
    { kind: "withdrawn", params: { comment: "申请人书面申请" } },
    "申请人撤回申请，办理终止（申请人书面申请）",
  ],
  [
    { kind: "special_started", params: { org: "区民政局", procedure: "专家评审", reason: "需评估" } },
    "区民政局启动特别程序（专家评审）：需评估。特别程序所需时间不计入办理时限。",
  ],
  [
    { kind: "special_ended", params: { result: "评审完成", workingDays: 3 } },
    "特别程序结束：评审完成。恢复计时（用时 3 个工作日，不计入时限）。",
  ],
  [
    { kind: "extended", params: { org: "区民政局", days: 10, reason: "需入户核查", until: "2026-12-20" } },
    "区民政局经负责人批准延长办理期限 10 个工作日：需入户核查。办结期限延至 2026-12-20。",
  ],
  [
    { kind: "rescheduled", params: { year: 2027, was: "2027-01-04", becomes: "2027-01-05" } },
    "因 2027 年节假日安排调整，承诺办结日期由 2027-01-04 调整为 2027-01-05",
  ],
  [
    { kind: "delivered", params: { method: "window", recipient: null, note: null } },
    "办理结果已由申请人本人在窗口领取",
  ],
  [
    { kind: "delivered", params: { method: "window", recipient: "王*一", note: null } },
    "办理结果已由代领人王*一在窗口领取",
  ],
  [
    { kind: "delivered", params: { method: "post", recipient: null, note: "EMS 1234567890" } },
    "办理结果已邮寄送达（EMS 1234567890）",
  ],
];

describe("the case timeline", () => {
  it("reads in Chinese word for word as residents were always shown it", () => {
    for (const [entry, zh] of SAMPLES) expect(timelineText(entry, "zh-CN")).toBe(zh);
  });

  it("reads in English with the same particulars and no Chinese wording of its own", () => {
    const CODES = new Set(["mode", "outcome", "method"]);
    for (const [entry] of SAMPLES) {
      let rest = timelineText(entry, "en");
      for (const [key, value] of Object.entries(entry.params)) {
        if (CODES.has(key) || value === null) continue;
        for (const part of [value].flat() as (string | number)[]) {
          expect(rest).toContain(String(part));
          rest = rest.replace(String(part), "");
        }
      }
      expect(rest).not.toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("names a stage for every kind in both languages", () => {
    expect(new Set(SAMPLES.map(([e]) => e.kind))).toEqual(new Set(TIMELINE_KINDS));
    for (const kind of TIMELINE_KINDS) {
      expect(TIMELINE_STAGE[kind]["zh-CN"]).toMatch(/^[\u4e00-\u9fa5]+$/);
      expect(TIMELINE_STAGE[kind].en).toMatch(/^[A-Z][a-z ]+$/);
    }
  });
});
