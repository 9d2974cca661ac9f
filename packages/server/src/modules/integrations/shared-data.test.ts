import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { sandboxLandAdapter, sandboxPropertyAdapter, type SandboxBehaviour } from "./adapters.js";

const behaviour: SandboxBehaviour = { mode: "ok", latencyMs: [1, 3], failureRate: 0 };
let t: TestApp;
let housingCase: string;
let plainCase: string;

beforeAll(async () => {
  t = await createTestApp({
    departments: { property: sandboxPropertyAdapter(behaviour), land: sandboxLandAdapter(behaviour) },
  });
  const rows = await t.handle.db
    .selectFrom("cases")
    .innerJoin("service_items", "service_items.code", "cases.item_code")
    .select(["cases.case_no", "service_items.name"])
    .execute();
  housingCase = rows.find((r) => r.name === "住房保障低收入认定")!.case_no; // a demo case at the 房产/国土 checks
  plainCase = rows.find((r) => r.name === "独生子女父母光荣证")!.case_no;
});
afterAll(() => t?.close());

const get = async (user: string, caseNo: string, source: string) =>
  t.app.inject({
    url: `/api/v1/cases/${caseNo}/shared-data/${source}`,
    headers: bearer(await t.login(user)),
  });

describe("shared department data for approvers", () => {
  it("gives the 房产 checker the applicant's property records and logs the lookup with its purpose", async () => {
    const res = await get("qu.fc", housingCase, "property");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source).toBe("property");
    expect(Array.isArray(body.records)).toBe(true);
    expect(body.purpose).toContain("住房保障");
    const again = (await get("qu.fc", housingCase, "property")).json();
    expect(again.records).toEqual(body.records); // the same person, the same records
    const log = await t.handle.db.selectFrom("data_access_log").selectAll().execute();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ source: "property", outcome: body.records.length ? "found" : "none" });
  });

  it("is refused to offices without a task on the case, and for items that need no such data", async () => {
    expect((await get("qu.wj", housingCase, "land")).statusCode).toBe(404);
    expect((await get("qst.clerk", plainCase, "property")).statusCode).toBe(403);
  });

  it("reports a department outage as 503 and still logs the attempt", async () => {
    const down = await createTestApp({
      departments: {
        property: sandboxPropertyAdapter({ ...behaviour, mode: "fail" }),
        land: sandboxLandAdapter(behaviour),
      },
    });
    try {
      const caseNo = (
        await down.handle.db
          .selectFrom("cases")
          .innerJoin("service_items", "service_items.code", "cases.item_code")
          .select("cases.case_no")
          .where("service_items.name", "=", "住房保障低收入认定")
          .executeTakeFirstOrThrow()
      ).case_no;
      const res = await down.app.inject({
        url: `/api/v1/cases/${caseNo}/shared-data/property`,
        headers: bearer(await down.login("qu.fc")),
      });
      expect(res.statusCode).toBe(503);
      expect(errorOf(res).code).toBe("DEPARTMENT_UNAVAILABLE");
      const log = await down.handle.db.selectFrom("data_access_log").select("outcome").execute();
      expect(log).toEqual([{ outcome: "failed" }]);
    } finally {
      await down.close();
    }
  });
});
