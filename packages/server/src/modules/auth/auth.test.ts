import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { bootstrapAdmin } from "../../seed/bootstrap.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password }, headers });

describe("login", () => {
  it("returns a token and the user with roles and jurisdiction", async () => {
    const res = await login("xc.clerk", "Kaifu@2026!");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^ows_/);
    expect(body.user).toMatchObject({
      username: "xc.clerk",
      orgCode: "430105001001",
      orgName: "欣城社区居民委员会",
      roles: [{ role: "clerk", orgCode: "430105001001" }],
    });
    expect(res.cookies.find((c) => c.name === "ow_session")?.httpOnly).toBe(true);
    const me = await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(body.token) });
    expect(me.json().username).toBe("xc.clerk");
  });

  it("answers 401 in Chinese by default and English on request", async () => {
    const zh = await login("xc.clerk", "wrong-password");
    expect(zh.statusCode).toBe(401);
    expect(errorOf(zh)).toEqual({ code: "INVALID_CREDENTIALS", message: "用户名或密码不正确" });
    const en = await login("xc.clerk", "wrong-password", { "accept-language": "en-US,en;q=0.9" });
    expect(errorOf(en).message).toBe("Wrong user name or password");
  });

  it("rejects a missing password naming the field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "xc.clerk" },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: "VALIDATION_FAILED", field: "password" });
    expect(errorOf(res).message).toContain("密码");
  });

  it("locks a user name for 15 minutes after 5 failures, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await login("frbl.clerk", `bad-${i}`)).statusCode).toBe(401);
    const locked = await login("frbl.clerk", "Kaifu@2026!");
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked).code).toBe("ACCOUNT_LOCKED");
    expect(errorOf(locked).message).toContain("15 分钟");
    t.clock.advance(14 * 60_000);
    expect((await login("frbl.clerk", "Kaifu@2026!")).statusCode).toBe(429);
    t.clock.advance(61_000);
    expect((await login("frbl.clerk", "Kaifu@2026!")).statusCode).toBe(200);
  });

  it("locks unknown user names the same way, so lockout does not reveal accounts", async () => {
    for (let i = 0; i < 5; i++) expect((await login("nobody.here", "x")).statusCode).toBe(401);
    expect((await login("nobody.here", "x")).statusCode).toBe(429);
  });

  it("checks at most 5 passwords for a name however many attempts arrive together", async () => {
    const from = { remoteAddress: "10.20.30.40" };
    const burst = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { username: "frbl.approver", password: `guess-${i}` },
          ...from,
        }),
      ),
      // The right password, arriving with the burst: past the limit it is refused unchecked.
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "frbl.approver", password: "Kaifu@2026!" },
        ...from,
      }),
    ]);
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(36);
    const checked = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", "frbl.approver")
      .where("action", "in", ["auth.login_failed", "auth.locked"])
      .execute();
    expect(checked).toHaveLength(5);
  });

  it("limits failed attempts from one address across names, not a hall's good logins", async () => {
    const from = { remoteAddress: "10.20.30.99" };
    const attempt = (username: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password }, ...from });
    // Staff of one hall share an address: their good logins do not count against it.
    for (let i = 0; i < 10; i++) expect((await attempt("jw.clerk", "Kaifu@2026!")).statusCode).toBe(200);
    for (let i = 0; i < 30; i++) expect((await attempt(`probe.${i}`, "x")).statusCode).toBe(401);
    const refused = await attempt("sjz.clerk", "Kaifu@2026!");
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused).code).toBe("ACCOUNT_LOCKED");
    // The same person from another address is not held up.
    expect((await login("sjz.clerk", "Kaifu@2026!")).statusCode).toBe(200);
  });

  it("a success resets the failure count", async () => {
    for (let i = 0; i < 4; i++) await login("xc.clerk2", "bad");
    expect((await login("xc.clerk2", "Kaifu@2026!")).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login("xc.clerk2", "bad")).statusCode).toBe(401);
    expect((await login("xc.clerk2", "Kaifu@2026!")).statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("expire after 30 idle minutes but live on while used", async () => {
    const token = await t.login("xc.approver");
    const me = () => t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) });
    t.clock.advance(25 * 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(25 * 60_000); // 50 minutes after login, 25 after last use
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).code).toBe("SESSION_EXPIRED");
  });

  it("end at logout", async () => {
    const token = await t.login("xc.supervisor");
    const out = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(token) });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(401);
  });

  it("accept the session cookie, but cookie writes need the CSRF header", async () => {
    const res = await login("xc.admin", "Kaifu@2026!");
    const cookie = `ow_session=${res.json().token}`;
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).statusCode).toBe(200);
    const payload = { name: "欣城一号机", siteCode: "430105001001", kind: "kiosk" };
    const noHeader = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/devices",
      headers: { cookie },
      payload,
    });
    expect(noHeader.statusCode).toBe(403);
    expect(errorOf(noHeader).code).toBe("CSRF_REJECTED");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/devices",
      headers: { cookie, "x-onewindow-csrf": "1" },
      payload,
    });
    expect(ok.statusCode).toBe(201);
  });

  it("reject made-up tokens", async () => {
    const res = await t.app.inject({ url: "/api/v1/auth/me", headers: bearer("ows_madeup") });
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe("UNAUTHENTICATED");
  });
});

describe("bootstrap admin", () => {
  it("is created only on an empty staff table", async () => {
    expect(await bootstrapAdmin(t.ctx, "Kaifu#Boot2026")).toBe(false);
    const fresh = await createTestApp({ demo: false });
    try {
      expect(await bootstrapAdmin(fresh.ctx, undefined)).toBe(false);
      expect(await bootstrapAdmin(fresh.ctx, "Kaifu#Boot2026")).toBe(true);
      const token = await fresh.login("admin", "Kaifu#Boot2026");
      const me = await fresh.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) });
      expect(me.json().roles).toEqual([{ role: "admin", orgCode: "430105000000", orgName: "长沙市开福区" }]);
    } finally {
      await fresh.close();
    }
  });
});

describe("password change", () => {
  const change = (token: string, payload: object) =>
    t.app.inject({ method: "POST", url: "/api/v1/auth/password", headers: bearer(token), payload });

  it("checks the current password and the policy, then ends the account's other sessions", async () => {
    const other = await t.login("qu.rs");
    const token = await t.login("qu.rs");
    const wrong = await change(token, { currentPassword: "nope", newPassword: "Renshe#Kaifu26" });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong)).toMatchObject({ field: "currentPassword", message: "当前密码不正确" });
    const weak = await change(token, { currentPassword: "Kaifu@2026!", newPassword: "renshe" });
    expect(errorOf(weak).field).toBe("newPassword");
    const same = await change(token, { currentPassword: "Kaifu@2026!", newPassword: "Kaifu@2026!" });
    expect(errorOf(same).field).toBe("newPassword");

    expect(
      (await change(token, { currentPassword: "Kaifu@2026!", newPassword: "Renshe#Kaifu26" })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(other) })).statusCode).toBe(401);
    expect((await login("qu.rs", "Kaifu@2026!")).statusCode).toBe(401);
    expect((await login("qu.rs", "Renshe#Kaifu26")).statusCode).toBe(200);
  });

  it("flags a password older than 90 days for change", async () => {
    const token = await t.login("qu.cl");
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) })).json().passwordExpired,
    ).toBe(false);
    t.clock.advance(91 * 24 * 3600_000);
    const fresh = await t.login("qu.cl");
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(fresh) })).json().passwordExpired,
    ).toBe(true);
  });
});
