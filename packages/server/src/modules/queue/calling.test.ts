import { describe, expect, it } from "vitest";
import { chinaDate } from "@onewindow/shared";
import { errorOf, bearer } from "../../test/test-app.js";
import {
  XINCHENG,
  JIANGWAN_CLERK,
  t,
  kiosk,
  clerk,
  clerk2,
  counters,
  post,
  get,
  take,
  call,
  calledNumber,
  nextDay,
  useQueueApp,
} from "./queue.fixtures.js";

useQueueApp();

describe("calling", () => {
  it("calls in the hall's order, explains it, and says 204 when nobody waits", async () => {
    await nextDay();
    await take(); // A001
    await take(); // A002
    await take(); // A003
    await take({ priority: "pregnant" }); // A004
    const line = (await get(`/queue/sites/${XINCHENG}/line?counterId=${counters[0]!.id}`, clerk)).json<{
      items: { number: string; reasonText: string }[];
    }>();
    expect(line.items.map((i) => i.number)).toEqual(["A001", "A002", "A004", "A003"]);
    expect(line.items[2]!.reasonText).toContain("每 2 个普通号叫 1 个优先号");
    const got: (string | null)[] = [];
    for (let i = 0; i < 5; i++) got.push(await calledNumber(counters[0]!.id));
    expect(got).toEqual(["A001", "A002", "A004", "A003", null]);
  });

  it("follows the hall's rule as its administrator sets it, and calls a due appointment first", async () => {
    await nextDay();
    const admin = await t.login("xc.admin");
    const rules = (await get(`/queue/sites/${XINCHENG}/rules`, clerk)).json<Record<string, unknown>>();
    const set = await t.app.inject({
      method: "PUT",
      url: `/api/v1/queue/sites/${XINCHENG}/rules`,
      headers: bearer(admin),
      payload: { ...rules, priorityEvery: 0 },
    });
    expect(set.statusCode, set.body).toBe(200);
    const denied = await t.app.inject({
      method: "PUT",
      url: `/api/v1/queue/sites/${XINCHENG}/rules`,
      headers: bearer(clerk),
      payload: { ...rules, priorityEvery: 0 },
    });
    expect(denied.statusCode).toBe(403);
    await take();
    await take({ priority: "disabled" });
    const at = new Date(t.clock.now().getTime() + 5 * 60_000).toISOString();
    const booked = await take({ appointmentAt: at }, clerk);
    const byKiosk = await post("/queue/tickets", kiosk, { siteCode: XINCHENG, appointmentAt: at });
    expect(errorOf(byKiosk).field).toBe("appointmentAt");
    const order: (string | null)[] = [];
    for (let i = 0; i < 3; i++) order.push(await calledNumber(counters[0]!.id));
    expect(order).toEqual([booked.number, "A002", "A001"]);
    await t.app.inject({
      method: "PUT",
      url: `/api/v1/queue/sites/${XINCHENG}/rules`,
      headers: bearer(admin),
      payload: rules,
    });
  });

  it("lets the hall's administrator set a group's numbers and what a counter serves", async () => {
    await nextDay();
    const admin = await t.login("xc.admin");
    const put = (url: string, payload: object, token = admin) =>
      t.app.inject({ method: "PUT", url: `/api/v1${url}`, headers: bearer(token), payload });
    const group = await put(`/queue/sites/${XINCHENG}/services/D`, {
      name: "预约取件",
      categories: [],
      startNo: 101,
      endNo: 199,
      dailyCap: null,
    });
    expect(group.statusCode, group.body).toBe(200);
    expect((await take({ serviceCode: "D" })).number).toBe("D101");
    const bad = await put(`/queue/sites/${XINCHENG}/services/E`, {
      name: "x",
      categories: ["nope"],
      startNo: 1,
      endNo: 9,
      dailyCap: null,
    });
    expect(errorOf(bad).field).toBe("categories[0]");
    // Counter 2 now serves D only: it gets D101 although A tickets wait.
    await take();
    expect(
      (await put(`/queue/counters/${counters[1]!.id}/services`, { serviceCodes: ["D"] })).statusCode,
    ).toBe(200);
    expect(await calledNumber(counters[1]!.id, clerk2)).toBe("D101");
    expect(await calledNumber(counters[1]!.id, clerk2)).toBeNull();
    expect(
      (await put(`/queue/counters/${counters[1]!.id}/services`, { serviceCodes: null }, clerk)).statusCode,
    ).toBe(403);
    await put(`/queue/counters/${counters[1]!.id}/services`, { serviceCodes: null });
  });

  it("refuses to call from a counter the clerk is not signed in to", async () => {
    await nextDay();
    await take();
    const res = await call(counters[1]!.id, clerk);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe("COUNTER_NOT_READY");
    const paused = await post(`/queue/counters/${counters[0]!.id}/pause`, clerk, { reason: "临时离岗" });
    expect(paused.json<{ counter: { status: string } }>().counter.status).toBe("paused");
    expect((await call(counters[0]!.id)).statusCode).toBe(409);
    await post(`/queue/counters/${counters[0]!.id}/resume`, clerk);
    expect(await calledNumber(counters[0]!.id)).toBe("A001");
  });

  it("hides other halls' counters and tickets (404)", async () => {
    const jw = await t.login(JIANGWAN_CLERK);
    expect((await call(counters[0]!.id, jw)).statusCode).toBe(404);
    expect((await get(`/queue/sites/${XINCHENG}/counters`, jw)).statusCode).toBe(404);
  });

  it("marks a no-show only after the set number of recalls", async () => {
    await nextDay();
    const a = await take();
    await call(counters[0]!.id);
    const early = await post(`/queue/tickets/${a.id}/no-show`, clerk);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe("RECALLS_NOT_DONE");
    await post(`/queue/tickets/${a.id}/recall`, clerk);
    const second = await post(`/queue/tickets/${a.id}/recall`, clerk);
    expect(second.json<{ ticket: { recalls: number } }>().ticket.recalls).toBe(2);
    const gone = await post(`/queue/tickets/${a.id}/no-show`, clerk);
    expect(gone.json<{ ticket: { status: string } }>().ticket.status).toBe("no_show");
    const again = await post(`/queue/tickets/${a.id}/finish`, clerk);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toContain("已过号");
  });

  it("transfers a ticket to another counter, where it goes ahead of the line", async () => {
    await nextDay();
    const a = await take();
    await take(); // A002
    await call(counters[0]!.id);
    const moved = await post(`/queue/tickets/${a.id}/transfer`, clerk, { counterId: counters[1]!.id });
    expect(moved.json<{ ticket: { status: string } }>().ticket.status).toBe("waiting");
    // Counter 1 may not call it (it was sent to counter 2): it gets A002.
    expect(await calledNumber(counters[0]!.id)).toBe("A002");
    const res = await call(counters[1]!.id, clerk2);
    expect(res.json<{ ticket: { number: string; reason: { code: string } } }>().ticket).toMatchObject({
      number: "A001",
      reason: { code: "transferred" },
    });
  });

  it("lets the clerk call a named ticket and finishes the one being served", async () => {
    await nextDay();
    const a = await take();
    const b = await take();
    const c = await take();
    await call(counters[0]!.id);
    const res = await call(counters[0]!.id, clerk, { ticketId: c.id });
    expect(res.json<{ ticket: { number: string } }>().ticket.number).toBe(c.number);
    const list = (await get(`/queue/sites/${XINCHENG}/counters`, clerk)).json<{
      items: { id: string; current: { number: string } | null; staffName: string | null }[];
    }>();
    expect(list.items[0]).toMatchObject({ current: { number: c.number }, staffName: "欣城综窗甲" });
    expect((await call(counters[0]!.id, clerk, { ticketId: a.id })).statusCode).toBe(400);
    expect(await calledNumber(counters[0]!.id)).toBe(b.number);
  });

  it("hands no ticket to two counters and skips none when counters race", async () => {
    await nextDay();
    const clerks: { token: string; counterId: string }[] = [];
    // One new clerk at each of the four 欣城 counters.
    const admin = await t.login("xc.admin");
    await post(`/queue/counters/${counters[0]!.id}/sign-out`, clerk);
    await post(`/queue/counters/${counters[1]!.id}/sign-out`, clerk2);
    for (const [i, c] of counters.entries()) {
      const username = `race.clerk${i}`;
      await post("/admin/staff", admin, {
        username,
        name: `并发测试${i}`,
        password: "Race@2026!ok",
        orgCode: XINCHENG,
        roles: [{ role: "clerk", orgCode: XINCHENG }],
      });
      const token = await t.login(username, "Race@2026!ok");
      await post(`/queue/counters/${c.id}/sign-in`, token);
      clerks.push({ token, counterId: c.id });
    }
    const N = 24;
    for (let i = 0; i < N; i++) await take({ serviceCode: i % 3 === 0 ? "C" : "A" });
    // Counters 1–3 serve every group, counter 4 (出件) only C.
    const answers = await Promise.all(
      Array.from({ length: N + 8 }, (_, i) => {
        const c = clerks[i % clerks.length]!;
        return call(c.counterId, c.token);
      }),
    );
    const numbers = answers
      .filter((r) => r.statusCode === 200)
      .map((r) => r.json<{ ticket: { number: string } }>().ticket.number);
    expect(
      answers.every((r) => r.statusCode === 200 || r.statusCode === 204),
      answers.map((r) => r.statusCode).join(),
    ).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(N);
    const left = await t.ctx.db
      .selectFrom("queue_tickets")
      .select("number")
      .where("status", "=", "waiting")
      .where("day", "=", chinaDate(t.clock.now()))
      .execute();
    expect(left).toEqual([]);
    // Restore the demo clerks for the tests after this one.
    await post(`/queue/counters/${counters[0]!.id}/sign-out`, clerks[0]!.token);
    await post(`/queue/counters/${counters[1]!.id}/sign-out`, clerks[1]!.token);
    await post(`/queue/counters/${counters[0]!.id}/sign-in`, clerk);
    await post(`/queue/counters/${counters[1]!.id}/sign-in`, clerk2);
  });
});
