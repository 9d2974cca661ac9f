import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, errorOf } from "../../test/test-app.js";
import { messagesTo } from "../notify/notify.service.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";

const f = useCaseApp();

describe("the seed's story: 余冰's 再生育审批", () => {
  it("is accepted at 欣城社区, approved by the street and the district, and visible to her", async () => {
    f.t.clock.set(new Date("2026-11-02T09:30:00+08:00"));
    const res = await f.accept("再生育审批");
    expect(res.statusCode).toBe(201);
    const { caseNo, status, deadline } = res.json();
    expect(status).toBe("accepted");
    expect(caseNo).toMatch(/^KF20261102\d{4}$/);
    expect(deadline).toMatch(/^2026-\d\d-\d\dT23:59:59\+08:00$/);

    const first = await f.openTaskOf(caseNo, "xc.approver");
    expect(first?.name).toBe("社区受理");
    expect((await f.complete("xc.approver", first!.id, "approve")).json().case.status).toBe("in_review");
    const street = await f.openTaskOf(caseNo, "frbl.wj");
    expect(street?.name).toBe("街道计生办审核");
    expect(await f.openTaskOf(caseNo, "qu.wj")).toBeUndefined();
    await f.complete("frbl.wj", street!.id, "approve");
    const district = await f.openTaskOf(caseNo, "qu.wj");
    expect(district?.name).toBe("区卫健局审批");
    const done = await f.complete("qu.wj", district!.id, "approve", "符合再生育条件");
    expect(done.json().case).toEqual({ caseNo, status: "approved" });

    const staffView = (await f.getCase(caseNo)).json();
    expect(staffView.applicant).toEqual({
      name: "余冰",
      idNumber: expect.stringMatching(/^4301\*{10}\d{3}[\dX]$/),
      phone: "139****1234",
    });
    expect(staffView.tasks.map((x: { status: string }) => x.status)).toEqual([
      "approved",
      "approved",
      "approved",
    ]);

    const progress = await f.t.app.inject({
      url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
    });
    expect(progress.statusCode).toBe(200);
    const body = progress.json();
    expect(body).toMatchObject({
      caseNo,
      itemName: "再生育审批",
      applicantName: "余*",
      status: "approved",
      statusText: "已办结（准予）",
    });
    expect(body.timeline.map((e: { stage: string }) => e.stage)).toEqual([
      "受理",
      "承办",
      "审核",
      "承办",
      "审核",
      "承办",
      "审核",
      "办结",
    ]);
    expect(JSON.stringify(body)).not.toContain(YU_BING.idNumber);
    // The same timeline in English: stages and sentences from each entry's kind and particulars.
    const english = (
      await f.t.app.inject({
        url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
        headers: { "accept-language": "en" },
      })
    ).json<{ timeline: { kind: string; stage: string; text: string }[] }>().timeline;
    expect(english.map((e) => e.kind)).toEqual(body.timeline.map((e: { kind: string }) => e.kind));
    expect(english[0]).toMatchObject({
      kind: "accepted",
      stage: "Accepted",
      text: "欣城社区服务中心 accepted your application",
    });
    expect(english.at(-1)).toMatchObject({ kind: "decided", stage: "Decided", text: "Decided: approved" });
    // Names of offices and steps are data and stay as written; the sentences around them are English.
    expect(english.find((e) => e.kind === "forwarded")!.text).toMatch(/^Sent to .+: /);
    expect(english.every((e) => /^[A-Z][a-z ]+$/.test(e.stage))).toBe(true);

    const row = await f.t.handle.db
      .selectFrom("cases")
      .select("public_token")
      .where("case_no", "=", caseNo)
      .executeTakeFirstOrThrow();
    const byToken = await f.t.app.inject({ url: `/api/v1/public/progress?token=${row.public_token}` });
    expect(byToken.json().caseNo).toBe(caseNo);
  });

  it("answers a wrong ID number exactly like an unknown case", async () => {
    const res = await f.accept("生育登记");
    const { caseNo } = res.json();
    const other = buildResidentId("430105", "1980-01-01", 11);
    const wrong = await f.t.app.inject({ url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${other}` });
    const unknown = await f.t.app.inject({ url: `/api/v1/public/progress?caseNo=KF000&idNumber=${other}` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("lists her cases at a kiosk from the card reader's ID number", async () => {
    const admin = await f.t.login("xc.admin");
    const device = (
      await f.t.app.inject({
        method: "POST",
        url: "/api/v1/admin/devices",
        headers: bearer(admin),
        payload: { name: "欣城一号机", siteCode: "430105001001", kind: "kiosk" },
      })
    ).json();
    const res = await f.t.app.inject({
      url: `/api/v1/kiosk/cases?idNumber=${YU_BING.idNumber}`,
      headers: bearer(device.token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { itemName: string }) => c.itemName)).toEqual(
      expect.arrayContaining(["再生育审批", "生育登记"]),
    );
    expect(res.json().items[0]).toHaveProperty("statusText");
  });
});

describe("parallel approval", () => {
  it("住房保障低收入认定 opens 房产 and 国土 checks together and joins them", async () => {
    const { caseNo } = (await f.accept("住房保障低收入认定")).json();
    await f.complete("xc.approver", (await f.openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    await f.complete("frbl.approver", (await f.openTaskOf(caseNo, "frbl.approver"))!.id, "approve");
    const fc = await f.openTaskOf(caseNo, "qu.fc");
    const zr = await f.openTaskOf(caseNo, "qu.zr");
    expect([fc?.name, zr?.name]).toEqual(["房产核查", "国土核查"]);
    await f.complete("qu.zr", zr!.id, "approve");
    expect(await f.openTaskOf(caseNo, "qu.zj")).toBeUndefined();
    await f.complete("qu.fc", fc!.id, "approve");
    const zj = await f.openTaskOf(caseNo, "qu.zj");
    expect(zj?.name).toBe("区住房保障认定");
  });

  it("one of two people deciding the same task wins; the other gets 409", async () => {
    const { caseNo } = (await f.accept("高龄津贴")).json();
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    const [a, b] = await Promise.all([
      f.complete("xc.approver", task.id, "approve"),
      f.complete("xc.clerk", task.id, "approve"),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(errorOf(a.statusCode === 409 ? a : b).code).toBe("TASK_NOT_OPEN");
  });

  it("a decision sent again with its Idempotency-Key (answer lost) is answered as the first, and one key serves one task", async () => {
    const one = (await f.accept("高龄津贴")).json().caseNo;
    const two = (await f.accept("高龄津贴")).json().caseNo;
    const taskOne = (await f.openTaskOf(one, "xc.approver"))!;
    const taskTwo = (await f.openTaskOf(two, "xc.approver"))!;
    const first = await f.complete("xc.approver", taskOne.id, "approve", "核实无误", "decide-1");
    const again = await f.complete("xc.approver", taskOne.id, "approve", "核实无误", "decide-1");
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const timeline = (await f.getCase(one)).json().timeline as { text: string }[];
    expect(timeline.filter((e) => e.text.includes("审核通过")).length).toBe(1);
    // The same key on another task is that task's own request, not a replay of the first.
    const other = await f.complete("xc.approver", taskTwo.id, "approve", "核实无误", "decide-1");
    expect(other.statusCode).toBe(200);
    expect(other.json().case.caseNo).toBe(two);
  });
});

describe("deadlines on the working-day calendar", () => {
  it("a 5-working-day item accepted on Wed 2026-09-30 is due Tue 2026-10-13", async () => {
    f.t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    const res = await f.accept("独生子女父母光荣证");
    expect(res.json().deadlineDate).toBe("2026-10-13");
    expect(res.json().deadline).toBe("2026-10-13T23:59:59+08:00");
  });

  it("returning for 补正 pauses the clock; resubmission resumes at the same office", async () => {
    f.t.clock.set(new Date("2026-11-02T09:00:00+08:00")); // Monday
    const { caseNo, deadlineDate } = (await f.accept("再生育审批")).json();
    await f.complete("xc.approver", (await f.openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    const street = (await f.openTaskOf(caseNo, "frbl.wj"))!;
    const returned = await f.complete("frbl.wj", street.id, "return", "请补充现有子女出生医学证明");
    expect(returned.json().case.status).toBe("supplement_required");
    const waiting = (await f.getCase(caseNo)).json();
    expect(waiting.paused).toBe(true);
    expect(waiting.timeline.at(-1).text).toContain("请补充现有子女出生医学证明");
    // She is told by when: 10 working days (the default local limit) after Monday 11/02.
    expect(waiting.supplement).toEqual({ due: "2026-11-16", overdue: false });
    expect(waiting.timeline.at(-1).text).toContain("请您于 2026-11-16 前补正材料");
    const sms = (await messagesTo(f.t.ctx, YU_BING.phone)).filter(
      (m) => m.text.includes(caseNo) && m.text.includes("补正"),
    );
    expect(sms.map((m) => m.text)).toEqual([expect.stringContaining("请于2026-11-16前携带材料到受理窗口")]);
    const progress = await f.t.app.inject({
      url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
    });
    // The clock is stopped, so the promised date is not yet the day it will end on.
    expect(progress.json()).toMatchObject({ supplementDue: "2026-11-16", paused: true });
    const supplementPdf = await f.t.app.inject({
      url: `/api/v1/cases/${caseNo}/documents/supplement`,
      headers: bearer(f.tokens["xc.clerk"]!),
    });
    expect(supplementPdf.statusCode).toBe(200);
    // The window sees the date turn overdue the day after it.
    f.t.clock.set(new Date("2026-11-17T09:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    expect((await f.getCase(caseNo)).json().supplement).toEqual({ due: "2026-11-16", overdue: true });

    // Handed in late, on Tuesday 11/17 (11 working days after the return): the window still decides.
    const resubmit = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/resubmit`,
      headers: bearer(f.tokens["xc.clerk"]),
      payload: { materials: ["m4"] },
    });
    expect(resubmit.json().case.status).toBe("in_review");
    const after = (await f.getCase(caseNo)).json();
    expect(after.paused).toBe(false);
    expect(after.supplement).toBeNull();
    expect(
      (
        await f.t.app.inject({
          url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
        })
      ).json(),
    ).toMatchObject({ supplementDue: null, paused: false, deadline: after.deadline });
    expect(after.deadline.slice(0, 10)).toBe(addWorkdaysPlain(deadlineDate, 11));
    expect((await f.openTaskOf(caseNo, "frbl.wj"))?.name).toBe("街道计生办审核");
    // Like every action on a case, the resubmission is on the timeline before the engine's next
    // step, and in the audit log.
    const kinds = after.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.slice(kinds.lastIndexOf("supplement_received"))).toEqual([
      "supplement_received",
      "forwarded",
    ]);
    const audited = await f.t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", caseNo)
      .where("action", "=", "case.resubmit")
      .execute();
    expect(audited).toHaveLength(1);
    const again = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/resubmit`,
      headers: bearer(f.tokens["xc.clerk"]),
      payload: { materials: [] },
    });
    expect(errorOf(again).code).toBe("CASE_NOT_WAITING");
  });
});

/** Adds working days over Nov–Dec 2026, which have no holidays: plain Monday–Friday. */
function addWorkdaysPlain(date: string, n: number) {
  const d = new Date(`${date}T00:00:00Z`);
  while (n > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n--;
  }
  return d.toISOString().slice(0, 10);
}
