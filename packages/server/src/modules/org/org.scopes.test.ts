import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

/** Jurisdiction: a role covers its org and everything below; outside it, records are 404. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const get = async (username: string, url: string) =>
  t.app.inject({ url, headers: bearer(await t.login(username)) });
const codes = (res: { json(): unknown }) =>
  (res.json() as { items: { code: string }[] }).items.map((o) => o.code);

describe("org tree visibility", () => {
  it("a community clerk sees the path down to their community, not the neighbours", async () => {
    expect(codes(await get("xc.clerk", "/api/v1/orgs"))).toEqual(["430105000000"]);
    expect(codes(await get("xc.clerk", "/api/v1/orgs?parent=430105000000"))).toEqual(["430105001000"]);
    expect(codes(await get("xc.clerk", "/api/v1/orgs?parent=430105001000"))).toEqual(["430105001001"]);
    const neighbour = await get("xc.clerk", "/api/v1/orgs/430105001002");
    expect(neighbour.statusCode).toBe(404);
    expect(errorOf(neighbour).code).toBe("ORG_NOT_FOUND");
    expect((await get("xc.clerk", "/api/v1/orgs?parent=430105003000")).statusCode).toBe(404);
  });

  it("a street approver sees all the street's communities and offices", async () => {
    const res = await get("frbl.approver", "/api/v1/orgs?parent=430105001000");
    expect(codes(res)).toContain("430105001002");
    expect(codes(res)).toContain("430105001000-WJ");
    expect((await get("frbl.approver", "/api/v1/orgs/430105002001")).statusCode).toBe(404);
  });

  it("answers the same 404 for a foreign org as for one that does not exist", async () => {
    const foreign = await get("xc.clerk", "/api/v1/orgs/430105002001");
    const missing = await get("xc.clerk", "/api/v1/orgs/430105002999");
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });
});

describe("administration within jurisdiction", () => {
  const staff = (orgCode: string, roleOrg = orgCode) => ({
    username: `u${Math.random().toString(36).slice(2, 10)}`,
    name: "测试人员",
    password: "Window#Kaifu26",
    orgCode,
    roles: [{ role: "clerk", orgCode: roleOrg }],
  });

  it("a street admin creates staff in the street but not in another street", async () => {
    const token = await t.login("frbl.admin");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/staff",
      headers: bearer(token),
      payload: staff("430105001002"),
    });
    expect(ok.statusCode).toBe(201);
    const foreign = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/staff",
      headers: bearer(token),
      payload: staff("430105002001"),
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).field).toBe("orgCode");
    const foreignRole = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/staff",
      headers: bearer(token),
      payload: staff("430105001002", "430105000000"),
    });
    expect(foreignRole.statusCode).toBe(400);
    expect(errorOf(foreignRole).field).toBe("roles[0].orgCode");
  });

  it("non-admins may not create staff or devices", async () => {
    const token = await t.login("xc.clerk");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/staff",
      headers: bearer(token),
      payload: staff("430105001001"),
    });
    expect(res.statusCode).toBe(403);
    const dev = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/devices",
      headers: bearer(token),
      payload: { name: "x", siteCode: "430105001001", kind: "kiosk" },
    });
    expect(dev.statusCode).toBe(403);
  });

  it("a community admin lists only its own community's staff", async () => {
    const res = await get("xc.admin", "/api/v1/admin/staff");
    const orgCodes = new Set((res.json().items as { orgCode: string }[]).map((s) => s.orgCode));
    expect([...orgCodes]).toEqual(["430105001001"]);
  });

  it("a device may be registered only at a hall inside the admin's jurisdiction", async () => {
    const token = await t.login("xc.admin");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/devices",
      headers: bearer(token),
      payload: { name: "江湾一号机", siteCode: "430105001002", kind: "kiosk" },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).field).toBe("siteCode");
  });
});
