import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { buildResidentId } from "@onewindow/shared";
import { bearer } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "../cases/cases.fixtures.js";
import { messagesTo } from "../notify/notify.service.js";

const f = useCaseApp();

type CaseView = {
  status: string;
  deadline: string;
  statutoryDeadline: string;
  tasks: { id: string; status: string; dueAt: string | null }[];
  timeline: { stage: string; text: string }[];
};
const view = async (caseNo: string) => (await f.getCase(caseNo)).json<CaseView>();
const day = (iso: string | null) => iso?.slice(0, 10);
const save2027 = async (holidays: { date: string; name: string }[]) => {
  const admin = await f.t.login("kf.admin");
  return f.t.app.inject({
    method: "PUT",
    url: "/api/v1/admin/calendar/2027",
    headers: bearer(admin),
    payload: { holidays, workdays: [] },
  });
};

describe("entering next year's holidays reschedules the deadlines still running", () => {
  it("moves open cases and steps by the new holiday, tells the resident, leaves ended cases, and is idempotent", async () => {
    // Thursday 2026-12-31, before 2027 is entered: 2027 counts weekends only.
    f.t.clock.set(new Date("2026-12-31T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const running = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const other = {
      idNumber: buildResidentId("430105", "1990-06-01", 37),
      name: "刘敏",
      phone: "13900007788",
    };
    const ended = (await f.accept("再生育审批", other)).json<{ caseNo: string }>().caseNo;
    const withdrawn = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${ended}/withdraw`,
      headers: bearer(f.tokens["xc.clerk"]),
      payload: { reason: "申请人书面申请撤回" },
    });
    expect(withdrawn.statusCode).toBe(200);
    const before = await view(running);
    // 20 and 30 working days after 12-31, with Friday 1 January still counted as a working day.
    expect(day(before.deadline)).toBe("2027-01-28");
    expect(day(before.statutoryDeadline)).toBe("2027-02-11");
    const step = before.tasks.find((t) => t.status === "open")!;
    expect(day(step.dueAt)! > "2027-01-01").toBe(true);
    const endedBefore = await view(ended);
    const order = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/supervision/orders",
      headers: { ...bearer(await f.t.login("kf.supervisor")), "idempotency-key": "reschedule-order" },
      payload: { caseNo: running, orgCode: "430105001001", message: "请说明该办件进展并加快办理" },
    });
    expect(order.json()).toMatchObject({ answerDue: "2027-01-05" });

    const res = await save2027([{ date: "2027-01-01", name: "元旦" }]);
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json<{ rescheduled: { cases: number; tasks: number; orders: number } }>().rescheduled;
    expect(moved.cases).toBeGreaterThanOrEqual(1);
    expect(moved.tasks).toBeGreaterThanOrEqual(1);
    expect(moved.orders).toBe(1);
    const answerDue = await f.t.handle.db
      .selectFrom("supervision_orders")
      .select(sql<string>`answer_due::text`.as("due"))
      .where("id", "=", order.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(answerDue.due).toBe("2027-01-06");

    const after = await view(running);
    expect(day(after.deadline)).toBe("2027-01-29");
    expect(day(after.statutoryDeadline)).toBe("2027-02-12");
    const stepAfter = after.tasks.find((t) => t.id === step.id)!;
    expect(stepAfter.dueAt! > step.dueAt!).toBe(true);
    expect(after.timeline.at(-1)).toEqual(
      expect.objectContaining({
        stage: "期限调整",
        text: "因 2027 年节假日安排调整，承诺办结日期由 2027-01-28 调整为 2027-01-29",
      }),
    );
    // She had the promised date by SMS at acceptance; she gets the new one.
    const told = async () =>
      (await messagesTo(f.t.ctx, YU_BING.phone)).filter((m) => m.text.includes("承诺办结日期调整为"));
    expect((await told()).map((m) => m.text)).toEqual([expect.stringContaining("2027年节假日安排调整")]);
    expect((await told())[0]!.text).toContain(`${running}（再生育审批）承诺办结日期调整为2027-01-29`);
    const publicView = await f.t.app.inject({
      url: `/api/v1/public/progress?caseNo=${running}&idNumber=${YU_BING.idNumber}`,
    });
    expect(publicView.body).toContain("期限调整");
    // A case that has ended keeps the dates it ended with.
    const endedAfter = await view(ended);
    expect(endedAfter.deadline).toBe(endedBefore.deadline);
    expect(endedAfter.timeline).toHaveLength(endedBefore.timeline.length);

    // Saving the same arrangement again moves nothing; taking the holiday out moves it back.
    const again = await save2027([{ date: "2027-01-01", name: "元旦" }]);
    expect(again.json().rescheduled).toEqual({ cases: 0, tasks: 0, orders: 0, rectifications: 0 });
    expect(day((await view(running)).deadline)).toBe("2027-01-29");
    expect(await told()).toHaveLength(1);
    await save2027([]);
    expect(day((await view(running)).deadline)).toBe("2027-01-28");
    expect(await told()).toHaveLength(2);
    const audited = await f.t.handle.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "calendar.replace")
      .orderBy("id")
      .execute();
    expect(audited[0]!.detail).toMatchObject({ rescheduled: moved });
  });
});
