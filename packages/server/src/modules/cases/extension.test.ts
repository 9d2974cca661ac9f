import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { exportCatalog, importCatalog } from "../catalog/catalog.service.js";
import { messagesTo } from "../notify/notify.service.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";

const f = useCaseApp();
const extend = (user: string, caseNo: string, payload: object, key?: string) =>
  f.t.app.inject({
    method: "POST",
    url: `/api/v1/cases/${caseNo}/extend`,
    headers: { ...bearer(f.tokens[user]!), ...(key ? { "idempotency-key": key } : {}) },
    payload,
  });

type CaseView = {
  deadline: string;
  statutoryDeadline: string;
  extension: { allowedDays: number; extendedDays: number };
  tasks: { id: string; dueAt: string | null }[];
  timeline: { stage: string; text: string }[];
};
const view = async (caseNo: string) => (await f.getCase(caseNo)).json<CaseView>();

describe("延长办理期限", () => {
  it("moves the case's and its open step's deadlines by working days, tells the applicant why, and caps the total", async () => {
    // 再生育审批 (a 行政许可: 10 working days more with approval), accepted Wed 2026-09-30:
    // promised 20 working days → Tue 11/03, statutory 30 → Tue 11/17 (国庆 off, Sat 10/10 worked).
    f.t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const before = await view(caseNo);
    expect(before.deadline.slice(0, 10)).toBe("2026-11-03");
    expect(before.statutoryDeadline.slice(0, 10)).toBe("2026-11-17");
    expect(before.extension).toEqual({ allowedDays: 10, extendedDays: 0 });
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;

    f.t.clock.set(new Date("2026-10-20T10:00:00+08:00"));
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const reason = "需核实申请人户籍迁移情况";
    const res = await extend("xc.approver", caseNo, { days: 5, reason }, "ext-1");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      caseNo,
      extendedDays: 5,
      extensionDaysLeft: 5,
      promisedDue: "2026-11-10",
      statutoryDue: "2026-11-24",
    });
    const after = await view(caseNo);
    expect(after.deadline.slice(0, 10)).toBe("2026-11-10");
    expect(after.extension.extendedDays).toBe(5);
    const stepBefore = before.tasks.find((x) => x.id === task.id)!.dueAt!;
    const stepAfter = after.tasks.find((x) => x.id === task.id)!.dueAt!;
    expect(stepAfter > stepBefore).toBe(true);
    expect(after.timeline.at(-1)).toMatchObject({ stage: "延期" });
    expect(after.timeline.at(-1)!.text).toContain(reason);
    const sms = (await messagesTo(f.t.ctx, YU_BING.phone)).filter((m) => m.text.includes("延长办理期限"));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain(reason);
    expect(sms[0]!.text).toContain("2026-11-10");

    // The same press again after a lost answer is the same extension, not a second one.
    const again = await extend("xc.approver", caseNo, { days: 5, reason }, "ext-1");
    expect(again.json()).toEqual(res.json());
    expect((await view(caseNo)).extension.extendedDays).toBe(5);
    expect((await extend("xc.approver", caseNo, { days: 4, reason }, "ext-1")).statusCode).toBe(409);

    // Six more would exceed the ten the item allows; the error names the field and what is left.
    const tooMany = await extend("xc.approver", caseNo, { days: 6, reason: "仍需核实" });
    expect(tooMany.statusCode).toBe(400);
    expect(errorOf(tooMany)).toMatchObject({ code: "VALIDATION_FAILED", field: "days" });
    expect(errorOf(tooMany).message).toContain("5 个工作日");
    expect((await extend("xc.approver", caseNo, { days: 0, reason: "仍需核实" })).statusCode).toBe(400);
    expect(errorOf(await extend("xc.approver", caseNo, { days: 2, reason: " " })).field).toBe("reason");

    // Only an office handling one of its steps may extend it.
    f.tokens["jw.approver"] = await f.t.login("jw.approver");
    expect((await extend("jw.approver", caseNo, { days: 1, reason: "无关的延期" })).statusCode).toBe(404);

    const audited = await f.t.ctx.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "case.extend")
      .where("target_id", "=", caseNo)
      .execute();
    expect(audited).toHaveLength(1);

    // After the (extended) statutory deadline an extension is too late; nothing changes.
    f.t.clock.set(new Date("2026-11-25T10:00:00+08:00"));
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const late = await extend("xc.approver", caseNo, { days: 1, reason: "逾期后补办延期" });
    expect(errorOf(late)).toMatchObject({ code: "EXTENSION_TOO_LATE" });
    expect(errorOf(late).message).toContain("2026-11-24");
    expect((await view(caseNo)).extension.extendedDays).toBe(5);
  });

  it("refuses items that allow none and cases that ended", async () => {
    f.t.clock.set(new Date("2026-11-02T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const noExtension = (await f.accept("残疾人两项补贴")).json<{ caseNo: string }>().caseNo;
    expect((await view(noExtension)).extension.allowedDays).toBe(0);
    const refused = await extend("xc.approver", noExtension, { days: 1, reason: "需要更多时间" });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(errorOf(refused).code).toBe("EXTENSION_NOT_ALLOWED");

    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    expect((await f.complete("xc.approver", task.id, "reject", "不符合条件")).statusCode).toBe(200);
    // The community's step is done: it holds no open step of the case any more.
    expect((await extend("xc.approver", caseNo, { days: 1, reason: "办结后延期" })).statusCode).toBe(409);
  });

  it("keeps the allowance the item had at acceptance when the catalog is edited later", async () => {
    f.t.clock.set(new Date("2026-11-02T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const running = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    // The district's catalog import cuts the item's allowance to 3 working days.
    const file = await exportCatalog(f.t.ctx.db, f.t.ctx.districtCode, {});
    file.items.find((i) => i.name === "再生育审批")!.extensionDays = 3;
    expect(await importCatalog(f.t.ctx, file)).toMatchObject({ updated: 1 });

    expect((await view(running)).extension.allowedDays).toBe(10);
    const res = await extend("xc.approver", running, { days: 8, reason: "需核实申请人婚姻状况" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ extendedDays: 8, extensionDaysLeft: 2 });

    // An application made after the edit gets the new allowance.
    const later = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    expect((await view(later)).extension.allowedDays).toBe(3);
    const tooMany = await extend("xc.approver", later, { days: 4, reason: "需核实申请人婚姻状况" });
    expect(errorOf(tooMany)).toMatchObject({ code: "VALIDATION_FAILED", field: "days" });
  });
});
