import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { sandboxCitizenSystems } from "./adapters.js";

const XINCHENG = "430105001001";
const ID = buildResidentId("430105", "1986-07-21", 37);
let t: TestApp;
let kiosk: string;
let mode: "ok" | "fail" = "ok";

const get = (url: string) => t.app.inject({ url: `/api/v1${url}`, headers: bearer(kiosk) });
const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: `/api/v1${url}`, headers: { ...bearer(kiosk), ...headers }, payload });

beforeAll(async () => {
  const behaviour = {
    get mode() {
      return mode;
    },
    latencyMs: [1, 3] as [number, number],
    failureRate: 0,
  };
  t = await createTestApp({ citizen: sandboxCitizenSystems(behaviour, () => "2026-12-01") });
  t.clock.set(new Date("2026-12-01T09:00:00+08:00"));
  const admin = await t.login("xc.admin");
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/admin/devices",
    headers: bearer(admin),
    payload: { name: "终端", siteCode: XINCHENG, kind: "kiosk" },
  });
  kiosk = res.json<{ token: string }>().token;
});
afterAll(() => t.close());

describe("社保 and 医保 at the kiosk", () => {
  it("needs the resident's consent, and audits the lookup without the full ID number", async () => {
    const refused = await post("/kiosk/social-security", { idNumber: ID, consent: false });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused)).toMatchObject({ field: "consent" });
    const res = await post("/kiosk/social-security", { idNumber: ID, consent: true });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      idNumberMasked: string;
      schemes: { scheme: string }[];
      recent: { month: string }[];
    }>();
    expect(body.schemes.map((s) => s.scheme)).toContain("企业职工基本养老保险");
    expect(body.recent[0]!.month).toBe("2026-11");
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["target_id", "detail"])
      .where("action", "=", "citizen.social_security")
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(ID);
  });

  it("shows the medical account's monthly transfers, and says so when the system is down", async () => {
    const res = await post("/kiosk/medical-account", { idNumber: ID, consent: true });
    const body = res.json<{ transfers: { month: string; amountFen: number }[] }>();
    expect(body.transfers).toHaveLength(6);
    expect(body.transfers[0]!.amountFen).toBeGreaterThan(0);
    mode = "fail";
    const down = await post("/kiosk/medical-account", { idNumber: ID, consent: true });
    mode = "ok";
    expect(down.statusCode).toBe(503);
    expect(errorOf(down).code).toBe("DEPARTMENT_UNAVAILABLE");
  });
});

describe("车辆违章", () => {
  it("lists a vehicle's violations when the engine number matches, and 404s when it does not", async () => {
    const ok = await get(
      `/kiosk/traffic-violations?plate=${encodeURIComponent("湘AD12345")}&engineTail=246810`,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ plate: "湘AD12345", items: expect.any(Array) });
    const wrong = await get(
      `/kiosk/traffic-violations?plate=${encodeURIComponent("湘AD12345")}&engineTail=000000`,
    );
    expect(wrong.statusCode).toBe(404);
    expect(errorOf(wrong).code).toBe("VEHICLE_NOT_FOUND");
    const bad = await get(`/kiosk/traffic-violations?plate=ABC&engineTail=246810`);
    expect(errorOf(bad).field).toBe("plate");
  });
});

describe("医疗挂号", () => {
  it("books a slot once per request, lowers the places left, and gives them back on cancel", async () => {
    const hospitals = (await get("/kiosk/hospitals")).json<{ items: { id: string; name: string }[] }>().items;
    expect(hospitals.map((h) => h.name)).toContain("长沙市第一医院");
    const depts = (await get(`/kiosk/hospitals/H01/departments`)).json<{ items: { id: string }[] }>().items;
    const doctors = (await get(`/kiosk/hospitals/H01/departments/${depts[0]!.id}/doctors`)).json<{
      items: { id: string }[];
    }>().items;
    const slotsOf = async () =>
      (await get(`/kiosk/doctors/${doctors[0]!.id}/slots`)).json<{
        items: { id: string; date: string; left: number }[];
      }>().items;
    const before = await slotsOf();
    expect(before[0]!.date).toBe("2026-12-01");
    expect(before).toHaveLength(14);
    const slot = before.find((s) => s.left > 1)!;
    const body = { slotId: slot.id, idNumber: ID, consent: true };
    const first = await post("/kiosk/registrations", body, { "idempotency-key": "gh-1" });
    expect(first.statusCode, first.body).toBe(201);
    const again = await post("/kiosk/registrations", body, { "idempotency-key": "gh-1" });
    expect(again.json()).toEqual(first.json());
    const booking = first.json<{ bookingNo: string; status: string }>();
    expect(JSON.stringify(first.json())).not.toContain(ID);
    expect((await slotsOf()).find((s) => s.id === slot.id)!.left).toBe(slot.left - 1);
    const other = buildResidentId("430105", "1950-01-01", 11);
    expect(
      (await post(`/kiosk/registrations/${booking.bookingNo}/cancel`, { idNumber: other })).statusCode,
    ).toBe(404);
    const cancelled = await post(`/kiosk/registrations/${booking.bookingNo}/cancel`, { idNumber: ID });
    expect(cancelled.json()).toMatchObject({ status: "cancelled" });
    expect((await slotsOf()).find((s) => s.id === slot.id)!.left).toBe(slot.left);
  });

  it("refuses a full slot with 409 and a slot in the past with 404", async () => {
    const slot = (await get(`/kiosk/doctors/H02-QK-1/slots`)).json<{
      items: { id: string; left: number }[];
    }>().items[0]!;
    for (let i = 0; i < slot.left; i++) {
      const idNumber = buildResidentId("430105", "1960-01-01", 100 + i);
      expect(
        (await post("/kiosk/registrations", { slotId: slot.id, idNumber, consent: true })).statusCode,
      ).toBe(201);
    }
    const full = await post("/kiosk/registrations", { slotId: slot.id, idNumber: ID, consent: true });
    expect(full.statusCode).toBe(409);
    expect(errorOf(full).code).toBe("SLOT_FULL");
    const past = await post("/kiosk/registrations", {
      slotId: "H02|QK|1|2026-11-30|AM",
      idNumber: ID,
      consent: true,
    });
    expect(past.statusCode).toBe(404);
  });
});
