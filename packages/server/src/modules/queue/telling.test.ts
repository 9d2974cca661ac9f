import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { errorOf } from "../../test/test-app.js";
import { messagesTo } from "../notify/notify.service.js";
import {
  XINCHENG,
  t,
  clerk,
  clerk2,
  counters,
  post,
  get,
  take,
  call,
  nextDay,
  type Ticket,
  useQueueApp,
} from "./queue.fixtures.js";

useQueueApp();

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
