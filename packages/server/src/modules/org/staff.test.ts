import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("kf.admin");
});
afterAll(() => t?.close());

const valid = {
  username: "jw.clerk9",
  name: "江湾综窗",
  password: "Jiangwan#2026",
  orgCode: "430105001002",
  roles: [{ role: "clerk", orgCode: "430105001002" }],
};

const create = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/admin/staff",
    headers: { ...bearer(admin), ...headers },
    payload: payload as object,
  });

const staffCount = async () =>
  Number(
    (
      await t.handle.db
        .selectFrom("staff")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("POST /admin/staff", () => {
  it("keeps an optional phone for supervision SMS encrypted, shows it masked, and checks it", async () => {
    const bad = await create({ ...valid, username: "jw.phone0", phone: "12345" });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("phone");
    const res = await create({ ...valid, username: "jw.phone1", phone: "13912345678" });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.handle.db
      .selectFrom("staff")
      .select(["phone_cipher", "phone_masked"])
      .where("username", "=", "jw.phone1")
      .executeTakeFirstOrThrow();
    expect(row.phone_cipher).not.toContain("13912345678");
    expect(t.ctx.box.decrypt(row.phone_cipher!)).toBe("13912345678");
    const list = await t.app.inject({ url: "/api/v1/admin/staff", headers: bearer(admin) });
    const mine = list.json<{ items: { username: string; phone: string | null }[] }>().items;
    expect(mine.find((s) => s.username === "jw.phone1")?.phone).toBe("139****5678");
  });

  it("creates an account that can log in with its roles", async () => {
    const res = await create(valid);
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toMatch(/^[0-9a-f-]{36}$/);
    const token = await t.login("jw.clerk9", "Jiangwan#2026");
    const me = await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) });
    expect(me.json().roles).toEqual([
      { role: "clerk", orgCode: "430105001002", orgName: "江湾社区居民委员会" },
    ]);
    const audit = await t.handle.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "staff.create")
      .where("target_id", "=", res.json().id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("refuses a taken user name with 409", async () => {
    const res = await create({ ...valid, username: "XC.CLERK" });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toMatchObject({ code: "USERNAME_TAKEN", field: "username" });
  });

  it.each([
    [{ ...valid, username: "weak1", password: "password" }, "password", "VALIDATION_FAILED"],
    [{ ...valid, username: "weak2", password: "Weak2-weak2-x" }, "password", "VALIDATION_FAILED"],
    [{ ...valid, username: "bad.x1", nickname: "小王" }, "nickname", "VALIDATION_FAILED"],
    [{ ...valid, username: "bad.x2", orgCode: 430105001002 }, "orgCode", "VALIDATION_FAILED"],
    [
      { ...valid, username: "bad.x3", roles: [{ role: "boss", orgCode: "430105001002" }] },
      "roles[0].role",
      "VALIDATION_FAILED",
    ],
    [{ ...valid, username: "bad.x4", roles: [] }, "roles", "VALIDATION_FAILED"],
    [{ ...valid, username: "bad.x5", orgCode: "430105001999" }, "orgCode", "VALIDATION_FAILED"],
    [
      { ...valid, username: "bad.x6", roles: [{ role: "clerk", orgCode: "430105001002", extra: 1 }] },
      "roles[0].extra",
      "VALIDATION_FAILED",
    ],
    [{ ...valid, username: "9x" }, "username", "VALIDATION_FAILED"],
  ])("rejects bad input %# naming the field, writing nothing", async (payload, field, code) => {
    const before = await staffCount();
    const res = await create(payload);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code, field });
    expect(errorOf(res).message).not.toBe("");
    expect(await staffCount()).toBe(before);
  });

  it("explains a weak password in English when asked", async () => {
    const res = await create({ ...valid, username: "weak3", password: "short" }, { "accept-language": "en" });
    expect(errorOf(res).message).toMatch(/at least 10 characters/);
  });

  it("replays the first answer for a retried Idempotency-Key and refuses a changed body", async () => {
    const body = { ...valid, username: "retry.clerk" };
    const first = await create(body, { "idempotency-key": "k-staff-1" });
    const again = await create(body, { "idempotency-key": "k-staff-1" });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const changed = await create({ ...body, name: "别人" }, { "idempotency-key": "k-staff-1" });
    expect(changed.statusCode).toBe(409);
    expect(errorOf(changed).code).toBe("IDEMPOTENCY_CONFLICT");
    const rows = await t.handle.db
      .selectFrom("staff")
      .select("id")
      .where("username", "=", "retry.clerk")
      .execute();
    expect(rows).toHaveLength(1);
  });
});
