import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "../cases/cases.fixtures.js";
import { messagesTo } from "../notify/notify.service.js";
import { DEMO_STAFF, demoStaffPhone } from "../../seed/demo.js";

const f = useCaseApp();
const XINCHENG = "430105001001";
const as = async (user: string) => bearer(await f.t.login(user));
const post = async (
  url: string,
  user: string | undefined,
  payload: object,
  headers: Record<string, string> = {},
) =>
  f.t.app.inject({
    method: "POST",
    url: `/api/v1${url}`,
    headers: { ...(user ? await as(user) : {}), ...headers },
    payload,
  });

type Rating = {
  id: string;
  level: number;
  levelText: string;
  subject: string;
  caseNo?: string;
  evaluator?: { name: string; phone: string };
  appeal: { status: string };
  rectification: { id: string; dueDate: string; status: string; callbackDone: boolean } | null;
};

async function listAs(user: string, box: "office" | "supervision") {
  const res = await f.t.app.inject({
    url: `/api/v1/evaluations?box=${box}&bad=true`,
    headers: await as(user),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Rating[] }>().items;
}

/** 余冰's 再生育 case through every approval. */
async function finishedCase() {
  f.t.clock.set(new Date("2026-11-16T09:00:00+08:00"));
  for (const u of Object.keys(f.tokens)) f.tokens[u] = await f.t.login(u);
  const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
  for (const user of ["xc.approver", "frbl.wj", "qu.wj"])
    await f.complete(user, (await f.openTaskOf(caseNo, user))!.id, "approve", "符合条件，同意");
  return caseNo;
}

describe("好差评 on a case (一事一评)", () => {
  it("takes a rating only from the applicant, once, after the case is finished", async () => {
    f.t.clock.set(new Date("2026-11-16T09:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const open = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const early = await post("/public/evaluations", undefined, {
      caseNo: open,
      idNumber: YU_BING.idNumber,
      level: 5,
    });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).field).toBe("caseNo");

    const caseNo = await finishedCase();
    const stranger = await post("/public/evaluations", undefined, {
      caseNo,
      idNumber: buildResidentId("430105", "1990-01-01", 1),
      level: 1,
    });
    expect(stranger.statusCode).toBe(404);
    const badLevel = await post("/public/evaluations", undefined, {
      caseNo,
      idNumber: YU_BING.idNumber,
      level: 6,
    });
    expect(badLevel.statusCode).toBe(400);
    expect(errorOf(badLevel).field).toBe("level");

    const good = await post(
      "/public/evaluations",
      undefined,
      { caseNo, idNumber: YU_BING.idNumber, level: 5, comment: "办得很快" },
      { "idempotency-key": "rate-1" },
    );
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({ level: 5, levelText: "非常满意" });
    expect(good.json<{ rectification?: unknown }>().rectification).toBeUndefined();
    const replay = await post(
      "/public/evaluations",
      undefined,
      { caseNo, idNumber: YU_BING.idNumber, level: 5, comment: "办得很快" },
      { "idempotency-key": "rate-1" },
    );
    expect(replay.json<{ id: string }>().id).toBe(good.json<{ id: string }>().id);
    const twice = await post("/public/evaluations", undefined, {
      caseNo,
      idNumber: YU_BING.idNumber,
      level: 1,
    });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe("EVALUATION_EXISTS");
  });

  it("turns a 差评 into rectification with a callback, hiding the evaluator from the office", async () => {
    const caseNo = await finishedCase();
    const res = await post("/public/evaluations", undefined, {
      caseNo,
      idNumber: YU_BING.idNumber,
      level: 2,
      comment: "来回跑了两趟",
    });
    expect(res.statusCode, res.body).toBe(201);
    const rated = res.json<{ id: string; rectification: { id: string; dueDate: string } }>();
    // Monday 11/16 + 10 working days.
    expect(rated.rectification.dueDate).toBe("2026-11-30");
    const approverPhone = demoStaffPhone(DEMO_STAFF.findIndex((a) => a.username === "xc.approver"));
    expect((await messagesTo(f.t.ctx, approverPhone)).some((m) => m.text.includes("差评"))).toBe(true);

    const office = (await listAs("xc.approver", "office")).find((e) => e.id === rated.id)!;
    expect(office).toMatchObject({ levelText: "不满意", subject: "再生育审批" });
    expect(office.rectification).toMatchObject({ status: "open", dueDate: "2026-11-30" });
    expect(JSON.stringify(office)).not.toContain(caseNo);
    expect(JSON.stringify(office)).not.toContain("余");
    expect(office.evaluator).toBeUndefined();

    const supervision = (await listAs("kf.supervisor", "supervision")).find((e) => e.id === rated.id)!;
    expect(supervision.caseNo).toBe(caseNo);
    expect(supervision.evaluator).toEqual({ name: "余*", phone: "139****1234" });
    const contact = await f.t.app.inject({
      url: `/api/v1/evaluations/${rated.id}/contact`,
      headers: await as("kf.supervisor"),
    });
    expect(contact.json()).toEqual({ phone: YU_BING.phone });
    const read = await f.t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", rated.id)
      .where("action", "=", "evaluation.contact.read")
      .execute();
    expect(read).toHaveLength(1);
    const officeContact = await f.t.app.inject({
      url: `/api/v1/evaluations/${rated.id}/contact`,
      headers: await as("xc.approver"),
    });
    expect(officeContact.statusCode).toBe(403);

    // The office writes what it changed; the rectification stays open until the callback is on file.
    const result = await post(`/rectifications/${rated.rectification.id}/result`, "xc.approver", {
      result: "窗口增加材料预审，一次告知全部材料",
    });
    expect(result.json<Rating>().rectification!.status).toBe("open");
    const callback = await post(`/rectifications/${rated.rectification.id}/callback`, "kf.supervisor", {
      reached: true,
      note: "已电话回访，群众表示认可",
    });
    expect(callback.statusCode, callback.body).toBe(200);
    expect(callback.json<Rating>().rectification).toMatchObject({ status: "done", callbackDone: true });
    const closed = await post(`/rectifications/${rated.rectification.id}/result`, "xc.approver", {
      result: "再改一次",
    });
    expect(closed.statusCode).toBe(409);
  });

  it("lets the office appeal a malicious 差评 and a supervisor decide it", async () => {
    const caseNo = await finishedCase();
    const rated = (
      await post("/public/evaluations", undefined, {
        caseNo,
        idNumber: YU_BING.idNumber,
        level: 1,
        comment: "差",
      })
    ).json<{ id: string }>();
    const appeal = await post(`/evaluations/${rated.id}/appeal`, "xc.approver", {
      reason: "评价内容与办理无关，系恶意差评",
    });
    expect(appeal.json<Rating>().appeal.status).toBe("pending");
    const again = await post(`/evaluations/${rated.id}/appeal`, "xc.approver", { reason: "再申诉一次看看" });
    expect(again.statusCode).toBe(409);
    // Another community's office cannot touch it.
    expect(
      (await post(`/evaluations/${rated.id}/appeal`, "jw.approver", { reason: "越权申诉测试" })).statusCode,
    ).toBe(404);
    // An office may not decide its own appeal.
    expect(
      (
        await post(`/evaluations/${rated.id}/appeal-decision`, "xc.approver", {
          upheld: true,
          note: "自己裁定",
        })
      ).statusCode,
    ).toBe(403);
    const decided = await post(`/evaluations/${rated.id}/appeal-decision`, "kf.supervisor", {
      upheld: true,
      note: "经核实为恶意评价",
    });
    expect(decided.json<Rating>()).toMatchObject({
      appeal: { status: "upheld" },
      rectification: { status: "withdrawn" },
    });
  });
});

describe("好差评 on a visit (一次一评)", () => {
  it("rates a finished visit with the slip's token, once", async () => {
    f.t.clock.set(new Date("2026-11-17T09:00:00+08:00"));
    const clerk = await as("xc.clerk");
    const counters = (
      await f.t.app.inject({ url: `/api/v1/queue/sites/${XINCHENG}/counters`, headers: clerk })
    ).json<{ items: { id: string }[] }>().items;
    const inject = (url: string, payload?: object) =>
      f.t.app.inject({ method: "POST", url: `/api/v1${url}`, headers: clerk, payload: payload ?? {} });
    const ticket = (await inject("/queue/tickets", { siteCode: XINCHENG })).json<{
      id: string;
      positionUrl: string;
    }>();
    const token = ticket.positionUrl.split("/q/")[1]!;
    const notYet = await post("/public/visit-evaluations", undefined, { ticketToken: token, level: 5 });
    expect(notYet.statusCode).toBe(409);
    await inject(`/queue/counters/${counters[0]!.id}/sign-in`);
    await inject(`/queue/counters/${counters[0]!.id}/call`, { ticketId: ticket.id });
    expect((await inject(`/queue/tickets/${ticket.id}/finish`)).statusCode).toBe(200);
    const rated = await post("/public/visit-evaluations", undefined, { ticketToken: token, level: 4 });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ levelText: "满意" });
    expect(
      (await post("/public/visit-evaluations", undefined, { ticketToken: token, level: 4 })).statusCode,
    ).toBe(409);
    expect(
      (await post("/public/visit-evaluations", undefined, { ticketToken: "nope", level: 4 })).statusCode,
    ).toBe(404);
  });
});
