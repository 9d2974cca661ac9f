import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResidentId, chinaDate } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { messagesTo } from "../notify/notify.service.js";

const XINCHENG = "430105001001";
const JIANGWAN_CLERK = "jw.clerk";
let t: TestApp;
let kiosk: string;
let clerk: string;
let clerk2: string;
let counters: { id: string; name: string; number: number; kind: string }[];

const post = (url: string, token: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });
const get = (url: string, token?: string) =>
  t.app.inject({ url: `/api/v1${url}`, headers: token ? bearer(token) : {} });

type Ticket = { id: string; number: string; ahead: number; priority: string; positionUrl: string };
const take = async (body: object = {}, token = kiosk) => {
  const res = await post("/queue/tickets", token, { siteCode: XINCHENG, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Ticket>();
};
const call = (counterId: string, token = clerk, body?: object) =>
  post(`/queue/counters/${counterId}/call`, token, body);
const calledNumber = async (counterId: string, token = clerk) => {
  const res = await call(counterId, token);
  return res.statusCode === 204 ? null : res.json<{ ticket: { number: string } }>().ticket.number;
};

/** Each test starts on a new day, so numbering and the line start afresh (staff sign in again). */
let day = 0;
async function nextDay() {
  day += 1;
  t.clock.set(new Date(Date.parse("2026-12-01T09:00:00+08:00") + day * 86_400_000));
  clerk = await t.login("xc.clerk");
  clerk2 = await t.login("xc.clerk2");
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date("2026-12-01T09:00:00+08:00"));
  const admin = await t.login("xc.admin");
  const dev = await post("/admin/devices", admin, { name: "欣城取号机", siteCode: XINCHENG, kind: "kiosk" });
  kiosk = dev.json<{ token: string }>().token;
  clerk = await t.login("xc.clerk");
  clerk2 = await t.login("xc.clerk2");
  counters = (await get(`/queue/sites/${XINCHENG}/counters`, clerk)).json<{ items: typeof counters }>().items;
  expect((await post(`/queue/counters/${counters[0]!.id}/sign-in`, clerk)).statusCode).toBe(200);
  expect((await post(`/queue/counters/${counters[1]!.id}/sign-in`, clerk2)).statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

describe("taking a number", () => {
  it("numbers per group from 001 and starts again the next day", async () => {
    await nextDay();
    const a = await take();
    const b = await take();
    const c = await take({ serviceCode: "B" });
    expect([a.number, b.number, c.number]).toEqual(["A001", "A002", "B001"]);
    expect(b.ahead).toBe(1);
    expect(c.ahead).toBe(0);
    await nextDay();
    expect((await take()).number).toBe("A001");
  });

  it("derives elderly priority from the ID number and picks the group from the item", async () => {
    await nextDay();
    const old = await take({ idNumber: buildResidentId("430105", "1950-02-01", 11) });
    expect(old.priority).toBe("elderly");
    const items = (await get(`/catalog/items?category=labor`)).json<{ items: { code: string }[] }>().items;
    expect((await take({ itemCode: items[0]!.code })).number).toMatch(/^B/);
  });

  it("refuses a bad ID number naming the field, and another hall's kiosk ticket", async () => {
    const bad = await post("/queue/tickets", kiosk, { siteCode: XINCHENG, idNumber: "430105199103150240" });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("idNumber");
    const other = await post("/queue/tickets", kiosk, { siteCode: "430105001002" });
    expect(other.statusCode).toBe(404);
    const anon = await t.app.inject({
      method: "POST",
      url: "/api/v1/queue/tickets",
      payload: { siteCode: XINCHENG },
    });
    expect(anon.statusCode).toBe(401);
  });

  it("replays the same ticket for the same Idempotency-Key and refuses a different body", async () => {
    await nextDay();
    const h = { "idempotency-key": "kiosk-7-press-1" };
    const first = await post("/queue/tickets", kiosk, { siteCode: XINCHENG }, h);
    const again = await post("/queue/tickets", kiosk, { siteCode: XINCHENG }, h);
    expect(again.statusCode).toBe(201);
    expect(again.json<Ticket>().id).toBe(first.json<Ticket>().id);
    expect(
      (await post("/queue/tickets", kiosk, { siteCode: XINCHENG, serviceCode: "B" }, h)).statusCode,
    ).toBe(409);
    expect((await take()).number).toBe("A002");
  });

  it("stops at the group's daily cap and uses no number for a refused ticket", async () => {
    await nextDay();
    await t.ctx.db
      .updateTable("queue_services")
      .set({ daily_cap: 2 })
      .where("site_code", "=", XINCHENG)
      .where("code", "=", "C")
      .execute();
    await take({ serviceCode: "C" });
    await take({ serviceCode: "C" });
    const full = await post("/queue/tickets", kiosk, { siteCode: XINCHENG, serviceCode: "C" });
    expect(full.statusCode).toBe(409);
    expect(errorOf(full).code).toBe("QUEUE_FULL");
    expect(errorOf(full).message).toContain("出件咨询");
    await t.ctx.db
      .updateTable("queue_services")
      .set({ daily_cap: null })
      .where("site_code", "=", XINCHENG)
      .where("code", "=", "C")
      .execute();
    expect((await take({ serviceCode: "C" })).number).toBe("C003");
  });
});

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

describe("telling residents and the hall", () => {
  it("texts a ticket with a phone when it comes within three places, once", async () => {
    await nextDay();
    const phone = "13700001111";
    const tickets: Ticket[] = [];
    for (let i = 0; i < 5; i++) tickets.push(await take(i === 4 ? { phone } : {}));
    await call(counters[0]!.id); // 4 ahead of the last → position 4
    expect(await messagesTo(t.ctx, phone)).toHaveLength(0);
    await call(counters[0]!.id); // position 3
    await call(counters[0]!.id);
    const sms = await messagesTo(t.ctx, phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain(`${tickets[4]!.number}号前面还有2人`);
  });

  it("shows the resident's live position by the slip's QR token", async () => {
    await nextDay();
    await take();
    const mine = await take();
    const token = mine.positionUrl.split("/q/")[1]!;
    const before = (await get(`/public/queue/${token}`)).json<{ ahead: number; status: string }>();
    expect(before).toMatchObject({ ahead: 1, status: "waiting" });
    await call(counters[0]!.id);
    await call(counters[0]!.id);
    const after = (await get(`/public/queue/${token}`)).json<{ status: string; counterName: string }>();
    expect(after).toMatchObject({ status: "called", counterName: counters[0]!.name });
    expect((await get(`/public/queue/nope`)).statusCode).toBe(404);
  });

  it("gives the clerk the ID read at the kiosk only while serving the ticket, and audits it", async () => {
    await nextDay();
    const id = buildResidentId("430105", "1991-03-15", 24);
    const tk = await take({ idNumber: id });
    const waiting = (await get(`/queue/tickets/${tk.id}`, clerk)).json<{
      idNumber: string | null;
      idNumberMasked: string;
    }>();
    expect(waiting.idNumber).toBeNull();
    expect(waiting.idNumberMasked).not.toContain(id.slice(6, 14));
    await call(counters[0]!.id);
    const serving = (await get(`/queue/tickets/${tk.id}`, clerk)).json<{ idNumber: string }>();
    expect(serving.idNumber).toBe(id);
    const audited = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", tk.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain("resident.read");
  });

  it("links a case accepted from the called ticket, and refuses a ticket of another hall", async () => {
    await nextDay();
    const id = buildResidentId("430105", "1991-03-15", 24);
    const tk = await take({ idNumber: id });
    await call(counters[0]!.id);
    const items = (await get(`/catalog/items?q=${encodeURIComponent("生育登记")}`)).json<{
      items: { code: string; name: string; materials: { id: string }[] }[];
    }>().items;
    const item = items.find((i) => i.name === "生育登记")!;
    const body = {
      itemCode: item.code,
      applicant: { idNumber: id, name: "余冰" },
      materials: item.materials.map((m) => ({ id: m.id, provided: true })),
    };
    const ok = await post("/cases", clerk, { ...body, ticketId: tk.id });
    expect(ok.statusCode, ok.body).toBe(201);
    const row = await t.ctx.db
      .selectFrom("cases")
      .select("ticket_id")
      .where("case_no", "=", ok.json<{ caseNo: string }>().caseNo)
      .executeTakeFirstOrThrow();
    expect(row.ticket_id).toBe(tk.id);
    const foreign = await post("/cases", clerk, {
      ...body,
      ticketId: "00000000-0000-4000-8000-000000000000",
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).field).toBe("ticketId");
  });

  it("reports the day's KPIs", async () => {
    await nextDay();
    const start = t.clock.now().getTime();
    await take();
    await take();
    t.clock.set(new Date(start + 10 * 60_000));
    await call(counters[0]!.id);
    t.clock.set(new Date(start + 16 * 60_000));
    await call(counters[0]!.id); // finishes the first (6 min of service)
    const k = (await get(`/queue/sites/${XINCHENG}/kpis`, clerk)).json<{
      tickets: number;
      served: number;
      avgWaitMinutes: number;
      p90WaitMinutes: number;
      avgServiceMinutes: number;
      withinTargetShare: number;
    }>();
    expect(k).toMatchObject({
      tickets: 2,
      served: 1,
      avgWaitMinutes: 13,
      p90WaitMinutes: 16,
      avgServiceMinutes: 6,
      withinTargetShare: 0.5,
    });
    expect((await get(`/queue/sites/${XINCHENG}/kpis?date=2026-13-01`, clerk)).statusCode).toBe(400);
  });
});

/** Reads server-sent events from a live stream until `until` says stop. */
async function readEvents(
  res: Response,
  until: (events: { id?: string; event: string; data: Record<string, unknown> }[]) => boolean,
) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { id?: string; event: string; data: Record<string, unknown> }[] = [];
  let buffer = "";
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((l) => l && !l.startsWith(":"))
          .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
      );
      if (fields.event)
        events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? "{}") });
    }
  }
  await reader.cancel();
  return events;
}

describe("hall display stream", () => {
  it("sends the board, then each call with the sentence to speak, and catches up after a drop", async () => {
    await nextDay();
    const admin = await t.login("xc.admin");
    const display = (
      await post("/admin/devices", admin, { name: "欣城叫号屏", siteCode: XINCHENG, kind: "display" })
    ).json<{ token: string }>().token;
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const url = `${base}/api/v1/queue/sites/${XINCHENG}/events?access_token=${display}`;

    const stream = await fetch(url);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const first = readEvents(stream, (ev) => ev.some((e) => e.event === "call"));
    await take();
    const a2 = await take();
    await new Promise((r) => setTimeout(r, 50));
    await call(counters[1]!.id, clerk2);
    const events = await first;
    expect(events[0]!.event).toBe("board");
    expect(events[0]!.data).toMatchObject({ siteName: "欣城社区服务中心" });
    const callEvent = events.find((e) => e.event === "call")!;
    expect(callEvent.data).toMatchObject({
      ticketNumber: "A001",
      counterName: "2号窗口",
      text: "请A001号到2号窗口办理",
    });
    expect(events.filter((e) => e.event === "line").length).toBeGreaterThan(0);

    // The display was away while A002 was called; on reconnect it gets that call.
    await call(counters[1]!.id, clerk2);
    const again = await fetch(url, { headers: { "last-event-id": callEvent.id! } });
    const missed = await readEvents(again, (ev) => ev.some((e) => e.event === "board"));
    expect(missed.find((e) => e.event === "call")?.data).toMatchObject({
      ticketNumber: a2.number,
      text: `请${a2.number}号到2号窗口办理`,
    });

    expect(
      (await fetch(`${base}/api/v1/queue/sites/430105001002/events?access_token=${display}`)).status,
    ).toBe(404);
    expect((await fetch(`${base}/api/v1/queue/sites/${XINCHENG}/events`)).status).toBe(401);
  });
});
