import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";

const f = useCaseApp();

type Found = {
  items: { caseNo: string; status: string; applicantName: string; itemName: string }[];
  next: string | null;
};

async function search(user: string, query: Record<string, unknown>) {
  return f.t.app.inject({
    method: "POST",
    url: "/api/v1/cases/search",
    headers: bearer(f.tokens[user]!),
    payload: query,
  });
}

const ZHAO = { idNumber: buildResidentId("430105", "1956-07-08", 31), name: "赵秋菊", phone: "13900005678" };

describe("办件查询 (POST /cases/search)", () => {
  it("finds a resident's cases by ID number, for the community and for the bureau that has a task, and audits the lookup", async () => {
    f.t.clock.set(new Date("2026-11-03T10:00:00+08:00"));
    const first = (await f.accept("再生育审批")).json().caseNo as string;
    const second = (await f.accept("生育登记")).json().caseNo as string;
    const other = (await f.accept("生育登记", ZHAO)).json().caseNo as string;

    const res = await search("xc.clerk", { q: YU_BING.idNumber });
    expect(res.statusCode).toBe(200);
    const found = res.json<Found>().items.map((c) => c.caseNo);
    expect(found).toEqual(expect.arrayContaining([first, second]));
    expect(found).not.toContain(other);

    const lookups = await f.t.handle.db
      .selectFrom("audit_log")
      .select(["action", "detail"])
      .where("action", "=", "resident.lookup")
      .execute();
    expect(lookups.some((a) => (a.detail as { purpose?: string }).purpose === "case search")).toBe(true);
    expect(JSON.stringify(lookups)).not.toContain(YU_BING.idNumber);

    // Her mobile number finds the same cases (residents are found by its blind index too).
    const byPhone = (await search("xc.clerk", { q: YU_BING.phone })).json<Found>().items.map((c) => c.caseNo);
    expect(byPhone).toEqual(expect.arrayContaining([first, second]));
    expect(byPhone).not.toContain(other);

    // Before its first approval the case is only the community's; once the street has a task, the street sees it.
    expect((await search("frbl.wj", { q: first })).json<Found>().items).toEqual([]);
    const task = await f.openTaskOf(first, "xc.approver");
    await f.complete("xc.approver", task!.id, "approve");
    expect((await search("frbl.wj", { q: first })).json<Found>().items.map((c) => c.caseNo)).toEqual([first]);
  });

  it("keeps a community's cases from another community's clerk", async () => {
    f.tokens["jw.clerk"] = await f.t.login("jw.clerk");
    const caseNo = (await f.accept("生育登记")).json().caseNo as string;
    const res = await search("jw.clerk", { q: caseNo });
    expect(res.statusCode).toBe(200);
    expect(res.json<Found>().items).toEqual([]);
    const byId = await search("jw.clerk", { q: YU_BING.idNumber });
    expect(byId.json<Found>().items).toEqual([]);
  });

  it("matches part of a name or case number, filters by status and acceptance date", async () => {
    f.t.clock.set(new Date("2026-09-08T09:00:00+08:00"));
    const zhao = (await f.accept("生育登记", ZHAO)).json().caseNo as string;
    const byName = (await search("xc.clerk", { q: "秋菊" })).json<Found>().items;
    expect(byName.map((c) => c.caseNo)).toContain(zhao);
    expect(byName.every((c) => c.applicantName === "赵秋菊")).toBe(true);
    const byPart = (await search("xc.clerk", { q: zhao.slice(-6) })).json<Found>().items;
    expect(byPart.map((c) => c.caseNo)).toContain(zhao);

    const sameDay = (
      await search("xc.clerk", { acceptedFrom: "2026-09-08", acceptedTo: "2026-09-08" })
    ).json<Found>().items;
    expect(sameDay.map((c) => c.caseNo)).toEqual([zhao]);
    const later = (
      await search("xc.clerk", { acceptedFrom: "2026-09-09", acceptedTo: "2026-12-31" })
    ).json<Found>().items;
    expect(later.length).toBeGreaterThan(0);
    expect(later.map((c) => c.caseNo)).not.toContain(zhao);
    const ended = (await search("xc.clerk", { q: "秋菊", status: "ended" })).json<Found>().items;
    expect(ended).toEqual([]);
    const open = (await search("xc.clerk", { q: "秋菊", status: "open" })).json<Found>().items;
    expect(open.map((c) => c.status)).toEqual(open.map(() => "accepted"));
  });

  it("pages newest first without repeating or skipping a case", async () => {
    const all = (await search("xc.clerk", { limit: 200 })).json<Found>().items.map((c) => c.caseNo);
    expect(all.length).toBeGreaterThan(3);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Found = (
        await search("xc.clerk", { limit: 2, ...(cursor ? { cursor } : {}) })
      ).json<Found>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((c) => c.caseNo));
      cursor = page.next;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it("names the field at fault", async () => {
    const badId = `${YU_BING.idNumber.slice(0, 17)}${YU_BING.idNumber.endsWith("1") ? "2" : "1"}`;
    const cases = [
      [{ q: badId }, "q"],
      [{ status: "lost" }, "status"],
      [{ acceptedFrom: "2026-11-05", acceptedTo: "2026-11-01" }, "acceptedTo"],
      [{ acceptedFrom: "5 Nov" }, "acceptedFrom"],
      [{ cursor: "not-a-cursor" }, "cursor"],
      [{ limit: 0 }, "limit"],
      [{ colour: "red" }, "colour"],
    ] as const;
    for (const [query, field] of cases) {
      const res = await search("xc.clerk", query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(errorOf(res).field).toBe(field);
      expect(errorOf(res).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // A misread ID card is called an ID number, not "search text".
    expect(errorOf(await search("xc.clerk", { q: badId })).message).toBe(
      "身份证号码 (q)校验码不正确，请核对",
    );
    const anonymous = await f.t.app.inject({ method: "POST", url: "/api/v1/cases/search", payload: {} });
    expect(anonymous.statusCode).toBe(401);
  });
});
