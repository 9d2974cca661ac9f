import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { dispatchDue, enqueueSms } from "./notify.service.js";
import { SandboxSmsGateway } from "./sms-gateway.js";

let t: TestApp;
let clerk: string;
let admin: string;
const PHONE = "13900007777";
const applicant = { idNumber: buildResidentId("430105", "1988-06-06", 66), name: "周壬六", phone: PHONE };

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login("xc.clerk");
  admin = await t.login("kf.admin");
});
afterAll(() => t?.close());

const inbox = async () =>
  (await t.app.inject({ url: `/api/v1/notifications?to=${PHONE}`, headers: bearer(admin) })).json().items as {
    text: string;
    status: string;
    to: string;
    channel: string;
  }[];

describe("SMS notifications", () => {
  it("tells the applicant on acceptance and on the decision, through the outbox", async () => {
    const item = (
      await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent("失业登记")}` })
    ).json().items[0];
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(clerk),
      payload: {
        itemCode: item.code,
        applicant,
        materials: item.materials.map((m: { id: string }) => ({ id: m.id, provided: true })),
      },
    });
    const { caseNo } = res.json();
    let messages = await inbox();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: "sms", to: "139****7777", status: "pending" });
    expect(messages[0]!.text).toContain(caseNo);
    expect(messages[0]!.text).toContain("已受理");

    const gateway = new SandboxSmsGateway("ok", [1, 2]);
    expect(await dispatchDue(t.ctx, gateway)).toMatchObject({ sent: expect.any(Number), failed: 0 });
    expect(gateway.sent.find((m) => m.to === PHONE)?.text).toContain(caseNo);
    messages = await inbox();
    expect(messages[0]!.status).toBe("sent");

    const tasks = (await t.app.inject({ url: "/api/v1/tasks", headers: bearer(clerk) })).json().items;
    const task = tasks.find((x: { caseNo: string }) => x.caseNo === caseNo);
    await t.app.inject({
      method: "POST",
      url: `/api/v1/tasks/${task.id}/complete`,
      headers: bearer(clerk),
      payload: { decision: "approve" },
    });
    messages = await inbox();
    expect(messages[0]!.text).toContain("已办结，结果：准予");
  });

  it("retries with back-off when the gateway fails, and sends once it recovers", async () => {
    await dispatchDue(t.ctx, new SandboxSmsGateway("ok", [1, 2])); // earlier tests' messages
    await enqueueSms(
      t.handle.db,
      { box: t.ctx.box, districtCode: "430105000000", now: t.clock.now() },
      {
        key: "test:retry",
        to: "13900008888",
        template: "case.accepted",
        params: { name: "测", item: "测试", caseNo: "X1", deadline: "", url: "" },
      },
    );
    const gateway = new SandboxSmsGateway("fail", [1, 2]);
    expect(await dispatchDue(t.ctx, gateway)).toEqual({ sent: 0, failed: 1 });
    const row = await t.handle.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("dedupe_key", "=", "test:retry")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.last_error).toContain("simulated failure");
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(t.clock.now().getTime());
    gateway.mode = "ok";
    expect((await dispatchDue(t.ctx, gateway)).sent).toBe(0); // not due yet
    t.clock.advance(31_000);
    expect((await dispatchDue(t.ctx, gateway)).sent).toBe(1);
    expect(gateway.sent).toHaveLength(1);
  });

  it("queues one message per key", async () => {
    const msg = { key: "test:dedupe", to: "13900009999", template: "case.accepted" as const, params: {} };
    const c = { box: t.ctx.box, districtCode: "430105000000", now: t.clock.now() };
    await enqueueSms(t.handle.db, c, msg);
    await enqueueSms(t.handle.db, c, msg);
    const rows = await t.handle.db
      .selectFrom("outbox_messages")
      .select("id")
      .where("dedupe_key", "=", "test:dedupe")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("is readable by district administrators only, with a valid number", async () => {
    const street = await t.login("frbl.admin");
    expect(
      (await t.app.inject({ url: `/api/v1/notifications?to=${PHONE}`, headers: bearer(street) })).statusCode,
    ).toBe(403);
    const bad = await t.app.inject({ url: "/api/v1/notifications?to=123", headers: bearer(admin) });
    expect(errorOf(bad).field).toBe("to");
  });
});
