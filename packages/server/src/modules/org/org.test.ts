import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAreaCode } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("kf.admin");
});
afterAll(() => t?.close());

const orgs = async (token: string, parent?: string) =>
  t.app.inject({ url: `/api/v1/orgs${parent ? `?parent=${parent}` : ""}`, headers: bearer(token) });

describe("reference org tree of 开福区", () => {
  it("has the 16 official streets under the district, with their real codes", async () => {
    const res = await orgs(admin, "430105000000");
    const items = res.json().items as { code: string; kind: string; name: string; parentCode: string }[];
    const streets = items.filter((o) => o.kind === "street");
    expect(streets.map((s) => s.code.slice(6, 9))).toEqual([
      "001",
      "002",
      "003",
      "004",
      "005",
      "006",
      "009",
      "010",
      "012",
      "013",
      "014",
      "015",
      "016",
      "019",
      "020",
      "021",
    ]);
    expect(streets[0]).toMatchObject({ name: "芙蓉北路街道办事处", parentCode: "430105000000" });
    expect(items.filter((o) => o.kind === "department").length).toBeGreaterThanOrEqual(15);
  });

  it("has 131 communities with well-formed codes, each with a hall of 2–4 counters", async () => {
    const communities = await t.handle.db
      .selectFrom("orgs")
      .leftJoin("sites", "sites.code", "orgs.code")
      .select(["orgs.code", "orgs.parent_code", "sites.code as site"])
      .select((eb) =>
        eb
          .selectFrom("counters")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("counters.site_code", "=", "orgs.code")
          .as("counters"),
      )
      .where("kind", "=", "community")
      .execute();
    expect(communities).toHaveLength(131);
    for (const c of communities) {
      const parsed = parseAreaCode(c.code);
      expect(parsed?.level).toBe("community");
      expect(`${c.code.slice(0, 9)}000`).toBe(c.parent_code);
      expect(c.site).toBe(c.code);
      expect(Number(c.counters)).toBeGreaterThanOrEqual(2);
      expect(Number(c.counters)).toBeLessThanOrEqual(4);
    }
  });

  it("places the five pilot communities under their real streets", async () => {
    const pilots = await t.handle.db
      .selectFrom("orgs")
      .select(["short_name", "parent_code"])
      .where("short_name", "in", ["欣城社区", "江湾社区", "清水塘路社区", "荷花池社区", "三角洲社区"])
      .execute();
    const byName = Object.fromEntries(pilots.map((p) => [p.short_name, p.parent_code]));
    expect(byName).toEqual({
      欣城社区: "430105001000",
      江湾社区: "430105001000",
      清水塘路社区: "430105003000",
      荷花池社区: "430105004000",
      三角洲社区: "430105009000",
    });
  });

  it("shows an org's path, hall and counters", async () => {
    const res = await t.app.inject({ url: "/api/v1/orgs/430105001001", headers: bearer(admin) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(["430105000000", "430105001000"]);
    expect(body.site).toMatchObject({ code: "430105001001", name: "欣城社区服务中心" });
    expect(body.counters.map((c: { name: string }) => c.name)).toEqual([
      "1号窗口",
      "2号窗口",
      "3号窗口",
      "4号窗口",
    ]);
  });

  it("is only for signed-in staff", async () => {
    const res = await t.app.inject({ url: "/api/v1/orgs" });
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe("UNAUTHENTICATED");
  });

  it("rejects unknown query parameters, naming them", async () => {
    const res = await t.app.inject({ url: "/api/v1/orgs?parnet=430105000000", headers: bearer(admin) });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: "VALIDATION_FAILED", field: "parnet" });
  });
});
