import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test/test-app.js";
import { checkDeadlines } from "./alerts.service.js";
import { YU_BING } from "../cases/cases.fixtures.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

const at = (iso: string) => t.clock.set(new Date(iso));
type Alert = {
  caseNo: string;
  taskId: string;
  level: string;
  levelText: string;
  dueAt: string;
  orgCode: string;
  taskName: string;
};
async function alerts(user: string, level?: string) {
  const token = await t.login(user);
  const res = await t.app.inject({
    url: `/api/v1/supervision/alerts${level ? `?level=${level}` : ""}`,
    headers: bearer(token),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Alert[] }>().items;
}

describe("deadline cards on the working-day clock", () => {
  it("warns the day before, shows yellow when overdue and red after the grace, then clears when done", async () => {
    // Accepted on Wed 2026-09-30: the community's first step is due after the 国庆 holiday.
    at("2026-09-30T10:00:00+08:00");
    const clerk = await t.login("xc.clerk");
    const items = (
      await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent("再生育审批")}` })
    ).json<{
      items: { code: string; materials: { id: string }[] }[];
    }>().items;
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(clerk),
      payload: {
        itemCode: items[0]!.code,
        applicant: YU_BING,
        materials: items[0]!.materials.map((m) => ({ id: m.id, provided: true })),
      },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const caseNo = accepted.json<{ caseNo: string }>().caseNo;
    const task = await t.ctx.db
      .selectFrom("tasks")
      .innerJoin("cases", "cases.id", "tasks.case_id")
      .select(["tasks.id", "tasks.due_date", "tasks.org_code"])
      .where("cases.case_no", "=", caseNo)
      .where("tasks.status", "=", "open")
      .executeTakeFirstOrThrow();
    const due = task.due_date!;
    expect(due > "2026-10-07").toBe(true); // the holiday does not count

    await checkDeadlines(t.ctx);
    expect((await alerts("kf.supervisor")).find((a) => a.caseNo === caseNo)).toBeUndefined();

    // On the due date itself the card is a warning (the shared rule tests the day before).
    at(`${due}T08:00:00+08:00`);
    await checkDeadlines(t.ctx);
    const warn = (await alerts("xc.supervisor")).find((a) => a.caseNo === caseNo)!;
    expect(warn).toMatchObject({ level: "warning", levelText: "预警", orgCode: task.org_code });

    at(`${nextDay(due)}T09:00:00+08:00`);
    await checkDeadlines(t.ctx);
    expect((await alerts("kf.supervisor", "yellow")).find((a) => a.caseNo === caseNo)?.levelText).toBe(
      "黄牌",
    );

    at("2026-11-02T09:00:00+08:00");
    await checkDeadlines(t.ctx);
    const red = (await alerts("kf.supervisor")).filter((a) => a.caseNo === caseNo);
    expect(red.map((a) => a.level)).toEqual(["red"]);
    // The street's supervisor oversees 欣城 as well.
    expect((await alerts("frbl.supervisor")).some((a) => a.caseNo === caseNo)).toBe(true);

    const approver = await t.login("xc.approver");
    // The card shows on the responsible office's workbench.
    const workbench = await t.app.inject({ url: "/api/v1/tasks?status=open", headers: bearer(approver) });
    const mine = workbench
      .json<{ items: { id: string; card: string | null }[] }>()
      .items.find((x) => x.id === task.id);
    expect(mine?.card).toBe("red");
    const done = await t.app.inject({
      method: "POST",
      url: `/api/v1/tasks/${task.id}/complete`,
      headers: bearer(approver),
      payload: { decision: "approve" },
    });
    expect(done.statusCode, done.body).toBe(200);
    const r = await checkDeadlines(t.ctx);
    expect(r.resolved).toBeGreaterThan(0);
    expect((await alerts("kf.supervisor")).some((a) => a.taskId === task.id)).toBe(false);
  });

  it("withdraws a warning when the deadline moves on, and warns again before the new one", async () => {
    at("2026-11-02T10:00:00+08:00");
    const clerk = await t.login("xc.clerk");
    const item = (
      await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent("再生育审批")}` })
    ).json<{ items: { code: string; materials: { id: string }[] }[] }>().items[0]!;
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(clerk),
      payload: {
        itemCode: item.code,
        applicant: YU_BING,
        materials: item.materials.map((m) => ({ id: m.id, provided: true })),
      },
    });
    const caseNo = accepted.json<{ caseNo: string }>().caseNo;
    const dueOf = async () =>
      (
        await t.ctx.db
          .selectFrom("tasks")
          .innerJoin("cases", "cases.id", "tasks.case_id")
          .select("tasks.due_date")
          .where("cases.case_no", "=", caseNo)
          .where("tasks.status", "=", "open")
          .executeTakeFirstOrThrow()
      ).due_date!;
    const cardsOf = async () => (await alerts("kf.supervisor")).filter((a) => a.caseNo === caseNo);
    const first = await dueOf();
    at(`${first}T08:00:00+08:00`);
    await checkDeadlines(t.ctx);
    expect((await cardsOf()).map((a) => a.level)).toEqual(["warning"]);

    // The office extends the deadline by five working days: the warning no longer applies.
    const extended = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/extend`,
      headers: bearer(await t.login("xc.approver")),
      payload: { days: 5, reason: "需向户籍地核实情况" },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    const second = await dueOf();
    expect(second > first).toBe(true);
    await checkDeadlines(t.ctx);
    expect(await cardsOf()).toEqual([]);

    at(`${second}T08:00:00+08:00`);
    await checkDeadlines(t.ctx);
    const again = await cardsOf();
    expect(again.map((a) => [a.level, a.dueAt.slice(0, 10)])).toEqual([["warning", second]]);
  });

  it("is for supervisors only", async () => {
    const clerk = await t.login("xc.clerk");
    expect(
      (await t.app.inject({ url: "/api/v1/supervision/alerts", headers: bearer(clerk) })).statusCode,
    ).toBe(403);
  });
});

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
