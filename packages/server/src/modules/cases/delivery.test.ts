import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp } from "./cases.fixtures.js";

const f = useCaseApp();
const deliver = (user: string, caseNo: string, payload: object, key?: string) =>
  f.t.app.inject({
    method: "POST",
    url: `/api/v1/cases/${caseNo}/deliver`,
    headers: { ...bearer(f.tokens[user]!), ...(key ? { "idempotency-key": key } : {}) },
    payload,
  });

type Delivery = {
  due: string;
  deliveredAt: string | null;
  method: string | null;
  methodText: string | null;
  agentName: string | null;
};
const deliveryOf = async (caseNo: string) =>
  (await f.getCase(caseNo)).json<{
    delivery: Delivery | null;
    timeline: { stage: string; text: string }[];
  }>();

/** 再生育审批 through its three steps: 欣城 → 芙蓉北路街道卫生计生办 → 区卫健局. */
async function decidedCase(decision: "approve" | "reject") {
  const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
  for (const user of ["xc.approver", "frbl.wj", "qu.wj"]) {
    f.tokens[user] = await f.t.login(user);
    const task = (await f.openTaskOf(caseNo, user))!;
    const last = user === "qu.wj";
    expect((await f.complete(user, task.id, last ? decision : "approve", "审核意见")).statusCode).toBe(200);
  }
  return caseNo;
}

describe("结果送达", () => {
  it("the window hands a decided result to an agent once, within the ten working days it shows", async () => {
    // Decided Wed 2026-09-30: the result is due by 10/20 (国庆 off, Sat 10/10 worked).
    f.t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const open = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    expect((await deliveryOf(open)).delivery).toBeNull();
    const notYet = await deliver("xc.clerk", open, { method: "window" });
    expect(errorOf(notYet).code).toBe("CASE_NOT_DECIDED");

    const caseNo = await decidedCase("approve");
    expect((await deliveryOf(caseNo)).delivery).toMatchObject({ due: "2026-10-20", deliveredAt: null });
    const token = (
      await f.t.ctx.db
        .selectFrom("cases")
        .select("public_token")
        .where("case_no", "=", caseNo)
        .executeTakeFirstOrThrow()
    ).public_token;
    const publicView = async () =>
      (await f.t.app.inject({ url: `/api/v1/public/progress?token=${token}` })).json<{
        collect: { siteName: string; until: string } | null;
        timeline: { text: string }[];
      }>();
    // The resident is told where to collect the result, and by when.
    expect((await publicView()).collect).toMatchObject({ siteName: "欣城社区服务中心", until: "2026-10-20" });
    // 办件查询 lists it among the results still to deliver.
    const toDeliver = async () =>
      (
        await f.t.app.inject({
          method: "POST",
          url: "/api/v1/cases/search",
          headers: bearer(f.tokens["xc.clerk"]!),
          payload: { status: "undelivered", limit: 200 },
        })
      )
        .json<{ items: { caseNo: string }[] }>()
        .items.map((c) => c.caseNo);
    expect(await toDeliver()).toContain(caseNo);
    expect(await toDeliver()).not.toContain(open);

    // A post needs its tracking number; an agent collects only at the window.
    const noTracking = await deliver("xc.clerk", caseNo, { method: "post" });
    expect(errorOf(noTracking)).toMatchObject({ code: "VALIDATION_FAILED", field: "note" });
    expect(errorOf(noTracking).message).toContain("运单号");
    const agentByPost = await deliver("xc.clerk", caseNo, {
      method: "post",
      agentName: "王甲一",
      note: "EMS 1",
    });
    expect(errorOf(agentByPost).field).toBe("agentName");
    expect(errorOf(await deliver("xc.clerk", caseNo, { method: "fax" })).field).toBe("method");
    // Another community's window does not see the case.
    f.tokens["jw.clerk"] = await f.t.login("jw.clerk");
    expect((await deliver("jw.clerk", caseNo, { method: "window" })).statusCode).toBe(404);

    f.t.clock.set(new Date("2026-10-12T15:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const done = await deliver("xc.clerk", caseNo, { method: "window", agentName: " 王甲一 " }, "deliver-1");
    expect(done.statusCode, done.body).toBe(200);
    const again = await deliver("xc.clerk", caseNo, { method: "window", agentName: " 王甲一 " }, "deliver-1");
    expect(again.json()).toEqual(done.json());
    const twice = await deliver("xc.clerk", caseNo, { method: "window" });
    expect(errorOf(twice).code).toBe("CASE_DELIVERED");
    expect(await toDeliver()).not.toContain(caseNo);

    const view = await deliveryOf(caseNo);
    expect(view.delivery).toMatchObject({
      deliveredAt: "2026-10-12T15:00:00+08:00",
      method: "window",
      methodText: "窗口领取",
      agentName: "王甲一",
    });
    expect(view.timeline.at(-1)).toMatchObject({ stage: "送达", text: "办理结果已由代领人王**在窗口领取" });
    // The resident sees it on the public progress page too, and is no longer asked to collect it.
    const after = await publicView();
    expect(after.timeline.at(-1)!.text).toContain("在窗口领取");
    expect(after.collect).toBeNull();
    const audited = await f.t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "case.deliver")
      .where("target_id", "=", caseNo)
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("serves a refusal too, by post with its tracking number", async () => {
    f.t.clock.set(new Date("2026-11-02T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = await decidedCase("reject");
    const res = await deliver("xc.clerk", caseNo, { method: "post", note: "EMS 1100 2233 4455" });
    expect(res.statusCode, res.body).toBe(200);
    expect((await deliveryOf(caseNo)).timeline.at(-1)!.text).toBe("办理结果已邮寄送达（EMS 1100 2233 4455）");
  });
});
