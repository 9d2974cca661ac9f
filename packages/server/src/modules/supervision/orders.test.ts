import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp } from "../cases/cases.fixtures.js";
import { messagesTo } from "../notify/notify.service.js";
import { DEMO_STAFF, demoStaffPhone } from "../../seed/demo.js";
import { runSupervisionChecks } from "./checks.js";

const f = useCaseApp();
const phoneOf = (username: string) => demoStaffPhone(DEMO_STAFF.findIndex((a) => a.username === username));
const at = (iso: string) => f.t.clock.set(new Date(iso));

async function as(user: string) {
  return bearer(await f.t.login(user));
}

/** A 再生育 case accepted at 欣城 at `when`; returns its number. */
async function acceptAt(when: string) {
  at(when);
  f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
  const res = await f.accept("再生育审批");
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ caseNo: string }>().caseNo;
}

describe("deadline cards reach the people responsible", () => {
  it("names the office's approvers on the card and texts them once", async () => {
    const caseNo = await acceptAt("2026-09-30T10:00:00+08:00");
    at("2026-10-20T09:00:00+08:00");
    await runSupervisionChecks(f.t.ctx);
    await runSupervisionChecks(f.t.ctx);
    const res = await f.t.app.inject({
      url: "/api/v1/supervision/alerts",
      headers: await as("kf.supervisor"),
    });
    const card = res
      .json<{ items: { caseNo: string; level: string; responsible: string[] }[] }>()
      .items.find((a) => a.caseNo === caseNo)!;
    expect(card.level).toBe("red");
    expect(card.responsible).toEqual(["欣城社区审核员"]);
    const texts = (await messagesTo(f.t.ctx, phoneOf("xc.approver"))).filter((m) => m.text.includes(caseNo));
    // Yellow and red were both reached on this run: one SMS per card, none repeated by the second run.
    expect(texts.map((m) => m.text.match(/环节(预警|黄牌|红牌)/)?.[1]).sort()).toEqual(["红牌", "黄牌"]);
    expect(texts[0]!.to_masked).toBe("138****0004");
  });
});

describe("flags on finished tasks", () => {
  it("flags late forwarding and a refusal without reasons, naming the person", async () => {
    const caseNo = await acceptAt("2026-11-02T09:00:00+08:00");
    // The community sits on it for three working days before forwarding.
    at("2026-11-05T16:00:00+08:00");
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    await f.complete("xc.approver", (await f.openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    f.tokens["frbl.wj"] = await f.t.login("frbl.wj");
    const refused = await f.complete("frbl.wj", (await f.openTaskOf(caseNo, "frbl.wj"))!.id, "reject");
    expect(refused.statusCode, refused.body).toBe(200);
    await runSupervisionChecks(f.t.ctx);
    const res = await f.t.app.inject({
      url: "/api/v1/supervision/flags",
      headers: await as("kf.supervisor"),
    });
    const flags = res
      .json<{
        items: { caseNo: string; kind: string; kindText: string; staffName: string; detail: string }[];
      }>()
      .items.filter((x) => x.caseNo === caseNo);
    expect(flags.map((x) => [x.kind, x.staffName]).sort()).toEqual([
      ["late_forwarding", "欣城社区审核员"],
      ["refusal_without_reason", "街道卫生计生办审核员"],
    ]);
    expect(flags.find((x) => x.kind === "late_forwarding")!.detail).toBe(
      "2026-11-02 到达，2026-11-05 才转报上级",
    );
    const filtered = await f.t.app.inject({
      url: "/api/v1/supervision/flags?kind=refusal_without_reason",
      headers: await as("kf.supervisor"),
    });
    expect(
      filtered.json<{ items: { kind: string }[] }>().items.every((x) => x.kind === "refusal_without_reason"),
    ).toBe(true);
  });
});

describe("督办 orders", () => {
  it("goes to an office handling the case, which acknowledges and answers by the deadline", async () => {
    const caseNo = await acceptAt("2026-11-09T09:00:00+08:00");
    const sup = await as("kf.supervisor");
    const sent = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/supervision/orders",
      headers: { ...sup, "idempotency-key": "order-1" },
      payload: { caseNo, orgCode: "430105001001", message: "请说明该办件进展并加快办理" },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const order = sent.json<{
      id: string;
      answerDue: string;
      acknowledgedAt: string | null;
      overdue: boolean;
    }>();
    // Monday 11/09 + 3 working days.
    expect(order).toMatchObject({ answerDue: "2026-11-12", acknowledgedAt: null, overdue: false });
    const replay = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/supervision/orders",
      headers: { ...sup, "idempotency-key": "order-1" },
      payload: { caseNo, orgCode: "430105001001", message: "请说明该办件进展并加快办理" },
    });
    expect(replay.json<{ id: string }>().id).toBe(order.id);
    expect((await messagesTo(f.t.ctx, phoneOf("xc.approver"))).some((m) => m.text.includes("督办单"))).toBe(
      true,
    );

    // An office with nothing to do with the case cannot be sent one.
    const wrongOffice = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/supervision/orders",
      headers: sup,
      payload: { caseNo, orgCode: "430105-MZ", message: "请说明该办件进展" },
    });
    expect(wrongOffice.statusCode).toBe(400);
    expect(errorOf(wrongOffice).field).toBe("orgCode");

    // Another community's staff do not see it; 欣城's do.
    const jw = await f.t.app.inject({
      url: "/api/v1/supervision/orders?box=received",
      headers: await as("jw.approver"),
    });
    expect(jw.json<{ items: { id: string }[] }>().items.some((o) => o.id === order.id)).toBe(false);
    const jwAck = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/supervision/orders/${order.id}/acknowledge`,
      headers: await as("jw.approver"),
    });
    expect(jwAck.statusCode).toBe(404);

    at("2026-11-10T09:00:00+08:00");
    const office = await as("xc.approver");
    const inbox = await f.t.app.inject({
      url: "/api/v1/supervision/orders?box=received&status=open",
      headers: office,
    });
    expect(inbox.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toContain(order.id);
    const ack = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/supervision/orders/${order.id}/acknowledge`,
      headers: office,
    });
    expect(ack.json<{ acknowledgedBy: string }>().acknowledgedBy).toBe("欣城社区审核员");

    // Past the deadline without an answer: overdue on the supervisor's list.
    at("2026-11-13T09:00:00+08:00");
    const late = await f.t.app.inject({
      url: "/api/v1/supervision/orders?box=sent&status=open",
      headers: await as("kf.supervisor"),
    });
    expect(
      late.json<{ items: { id: string; overdue: boolean }[] }>().items.find((o) => o.id === order.id)
        ?.overdue,
    ).toBe(true);

    const answered = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/supervision/orders/${order.id}/answer`,
      headers: await as("xc.approver"),
      payload: { answer: "已于今日完成社区初审并转报街道" },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<{ answer: string; overdue: boolean }>()).toMatchObject({ overdue: true });
    const again = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/supervision/orders/${order.id}/answer`,
      headers: await as("xc.approver"),
      payload: { answer: "再次答复一下" },
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe("ORDER_ANSWERED");
  });
});

describe("quarterly review", () => {
  it("grades each office from its figures and shows the rule", async () => {
    const res = await f.t.app.inject({
      url: "/api/v1/supervision/review?quarter=2026Q4",
      headers: await as("kf.supervisor"),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      offices: {
        orgCode: string;
        orgName: string;
        completed: number;
        redCards: number;
        gradeText: string;
        reasons: string[];
      }[];
    }>();
    const xc = body.offices.find((o) => o.orgCode === "430105001001")!;
    expect(xc.redCards).toBeGreaterThan(0);
    expect(xc.gradeText).not.toBe("优秀");
    expect(xc.reasons[0]).toMatch(/^未达优秀：/);
    const bad = await f.t.app.inject({
      url: "/api/v1/supervision/review?quarter=2026-4",
      headers: await as("kf.supervisor"),
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("quarter");
  });
});
