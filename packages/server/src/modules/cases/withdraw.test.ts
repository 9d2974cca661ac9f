import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";

const f = useCaseApp();

const withdraw = (caseNo: string, reason: string, user = "xc.clerk", key?: string) =>
  f.t.app.inject({
    method: "POST",
    url: `/api/v1/cases/${caseNo}/withdraw`,
    headers: { ...bearer(f.tokens[user]!), ...(key ? { "idempotency-key": key } : {}) },
    payload: { reason },
  });

describe("撤回申请 (POST /cases/{caseNo}/withdraw)", () => {
  it("ends a case in parallel review: open steps cancelled, clock stopped, timeline and SMS say so", async () => {
    f.t.clock.set(new Date("2026-11-09T09:00:00+08:00"));
    const { caseNo } = (await f.accept("住房保障低收入认定")).json();
    await f.complete("xc.approver", (await f.openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    const street = await f.openTaskOf(caseNo, "frbl.approver");
    await f.complete("frbl.approver", street!.id, "approve");
    const property = (await f.openTaskOf(caseNo, "qu.fc"))!;
    expect(await f.openTaskOf(caseNo, "qu.zr")).toBeDefined();

    const res = await withdraw(caseNo, "申请人书面申请撤回（已另行购房）", "xc.clerk", "wd-1");
    expect(res.statusCode).toBe(200);
    expect(res.json().case).toEqual({ caseNo, status: "withdrawn" });
    // The same request again, with its key, is answered as the first; without one it is refused.
    const replay = await withdraw(caseNo, "申请人书面申请撤回（已另行购房）", "xc.clerk", "wd-1");
    expect(replay.json()).toEqual(res.json());
    const again = await withdraw(caseNo, "申请人书面申请撤回（已另行购房）");
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe("CASE_ENDED");

    const view = (await f.getCase(caseNo)).json();
    expect(view.status).toBe("withdrawn");
    expect(view.statusText).toBe("已撤回");
    expect(view.paused).toBe(false);
    expect(view.tasks.filter((t: { status: string }) => t.status === "open")).toEqual([]);
    expect(view.tasks.filter((t: { status: string }) => t.status === "cancelled")).toHaveLength(2);
    expect(view.timeline.at(-1)).toMatchObject({
      stage: "撤回",
      text: "申请人撤回申请，办理终止（申请人书面申请撤回（已另行购房））",
    });
    expect(await f.openTaskOf(caseNo, "qu.fc")).toBeUndefined();
    const late = await f.complete("qu.fc", property.id, "approve");
    expect(late.statusCode).toBe(409);

    const sms = await f.t.handle.db
      .selectFrom("outbox_messages")
      .select(["text", "to_masked"])
      .where("dedupe_key", "=", `case:${caseNo}:case.withdrawn`)
      .execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain(`您的办件${caseNo}（住房保障低收入认定）已按您的申请撤回`);
    expect(sms[0]!.to_masked).toBe("139****1234");

    const progress = await f.t.app.inject({
      url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
    });
    expect(progress.json()).toMatchObject({ status: "withdrawn", statusText: "已撤回" });
    const trail = await f.t.handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", caseNo)
      .where("action", "=", "case.withdraw")
      .execute();
    expect(trail).toHaveLength(1);
  });

  it("can be done while the case waits for 补正, and not after a decision", async () => {
    const { caseNo } = (await f.accept("再生育审批")).json();
    const first = (await f.openTaskOf(caseNo, "xc.approver"))!;
    await f.complete("xc.approver", first.id, "return", "请补充结婚证复印件");
    expect((await f.getCase(caseNo)).json().paused).toBe(true);
    expect((await withdraw(caseNo, "申请人不再申请")).json().case.status).toBe("withdrawn");
    expect((await f.getCase(caseNo)).json().paused).toBe(false);

    const decided = (await f.accept("再生育审批")).json().caseNo as string;
    await f.complete("xc.approver", (await f.openTaskOf(decided, "xc.approver"))!.id, "reject", "不符合条件");
    const refused = await withdraw(decided, "申请人要求撤回");
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toBe("该办件已办结或已撤回，不能再撤回");
  });

  it("is the window's to do, with the reason written down", async () => {
    const { caseNo } = (await f.accept("生育登记")).json();
    const short = await withdraw(caseNo, "撤回");
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).field).toBe("reason");
    // A bureau approver may not withdraw an application; another community's clerk does not see it.
    expect((await withdraw(caseNo, "申请人书面申请撤回", "qu.wj")).statusCode).toBe(403);
    f.tokens["jw.clerk"] = await f.t.login("jw.clerk");
    expect((await withdraw(caseNo, "申请人书面申请撤回", "jw.clerk")).statusCode).toBe(404);
    expect((await f.getCase(caseNo)).json().status).toBe("accepted");
  });
});
