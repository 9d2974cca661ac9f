import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { errorOf } from "../../test/test-app.js";
import { XINCHENG, t, kiosk, post, get, take, nextDay, type Ticket, useQueueApp } from "./queue.fixtures.js";

useQueueApp();

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
