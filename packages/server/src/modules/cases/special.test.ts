import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";
import { messagesTo } from "../notify/notify.service.js";

const f = useCaseApp();
const post = (user: string, url: string, payload: object) =>
  f.t.app.inject({ method: "POST", url: `/api/v1${url}`, headers: bearer(f.tokens[user]!), payload });

describe("特别程序 pauses the clock", () => {
  it("stops the deadline during an expert review and moves it on by the working days it took", async () => {
    // Accepted Wed 2026-09-30: 20 working days over 国庆 make it due Tue 11/03.
    f.t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const before = await f.getCase(caseNo);
    const dueBefore = before.json<{ deadline: string }>().deadline;

    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    const bad = await post("xc.approver", `/cases/${caseNo}/special-procedure`, {
      kind: "magic",
      reason: "x",
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("kind");
    // Another community's approver holds no step of it.
    f.tokens["jw.approver"] = await f.t.login("jw.approver");
    expect(
      (
        await post("jw.approver", `/cases/${caseNo}/special-procedure`, {
          kind: "expert_review",
          reason: "组织专家评审",
        })
      ).statusCode,
    ).toBe(404);

    const started = await post("xc.approver", `/cases/${caseNo}/special-procedure`, {
      kind: "expert_review",
      reason: "生育情况需组织专家评审",
    });
    expect(started.statusCode, started.body).toBe(200);
    const texts = await messagesTo(f.t.ctx, YU_BING.phone);
    expect(texts.some((m) => m.text.includes("特别程序") && m.text.includes(caseNo))).toBe(true);
    const paused = (await f.getCase(caseNo)).json<{
      paused: boolean;
      timeline: { stage: string; text: string }[];
    }>();
    expect(paused.paused).toBe(true);
    expect(paused.timeline.at(-1)).toMatchObject({ stage: "特别程序" });
    // The step cannot be decided while the procedure runs, and it can be started only once.
    const decided = await f.complete("xc.approver", task.id, "approve");
    expect(decided.statusCode).toBe(409);
    expect(errorOf(decided).code).toBe("CASE_PAUSED");
    expect(
      (
        await post("xc.approver", `/cases/${caseNo}/special-procedure`, {
          kind: "hearing",
          reason: "再开一次听证",
        })
      ).statusCode,
    ).toBe(409);
    const notice = await f.t.app.inject({
      url: `/api/v1/cases/${caseNo}/documents/special`,
      headers: bearer(f.tokens["xc.approver"] ?? ""),
    });
    expect(notice.statusCode).toBe(200);

    // Ends on Fri 10/16: it took 8 working days (10/8, 10/9, Sat 10/10, 10/12–10/16).
    f.t.clock.set(new Date("2026-10-16T15:00:00+08:00"));
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const ended = await post("xc.approver", `/cases/${caseNo}/special-procedure/end`, {
      result: "专家评审通过",
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ workingDays: 8 });
    const after = (await f.getCase(caseNo)).json<{
      deadline: string;
      paused: boolean;
      tasks: { id: string; dueAt: string | null }[];
    }>();
    expect(after.paused).toBe(false);
    expect(dueBefore.slice(0, 10)).toBe("2026-11-03");
    // 8 working days later: 11/4–6 and 11/9–13.
    expect(after.deadline.slice(0, 10)).toBe("2026-11-13");
    const stepBefore = before
      .json<{ tasks: { id: string; dueAt: string }[] }>()
      .tasks.find((x) => x.id === task.id)!;
    const stepAfter = after.tasks.find((x) => x.id === task.id)!;
    expect((stepAfter.dueAt ?? "") > stepBefore.dueAt).toBe(true);
    expect((await f.complete("xc.approver", task.id, "approve")).statusCode).toBe(200);
  });
});
