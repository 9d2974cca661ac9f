import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { bearer, errorOf } from "../../test/test-app.js";
import { chinaDate } from "@onewindow/shared";
import { TEST_NOW, daysAfterTestNow } from "../../test/test-now.js";
import { useCaseApp } from "../cases/cases.fixtures.js";
import { generateCases } from "./generate.js";
import { foldRollups, rebuildRollups } from "./rollup.js";

const f = useCaseApp();
const XINCHENG = "430105001001";
const FURONG = "430105001000";
/** Communities of 芙蓉北路街道 share this code prefix. */
const FURONG_PREFIX = "430105001";
/** Months up to the later of this file's own cases (2026) and the demo's (TEST_NOW's month). */
const SPAN = `from=2020-01&to=${[chinaDate(TEST_NOW).slice(0, 7), "2026-12"].sort().at(-1)}`;
const as = async (user: string) => bearer(await f.t.login(user));
const get = async (url: string, user = "kf.supervisor") =>
  f.t.app.inject({ url: `/api/v1${url}`, headers: await as(user) });

type Figures = {
  received: number;
  accepted: number;
  completed: number;
  onTime: number;
  open: number;
  overdue: number;
};
type Dashboard = {
  org: { code: string; kind: string };
  totals: Figures;
  children: ({ orgCode: string; orgName: string } & Figures)[];
  byItem: { itemName: string; received: number }[];
  byCategory: { categoryName: string; received: number }[];
  trendBy: string;
  trend: { period: string; received: number }[];
};

/** The figures straight from the cases table, to check the rollups against. */
async function scan(communityPrefix: string) {
  const { rows } = await sql<{ received: string; completed: string }>`
    SELECT count(*) AS received,
           count(*) FILTER (WHERE ended_at IS NOT NULL AND status IN ('approved', 'rejected')) AS completed
    FROM cases WHERE community_code LIKE ${`${communityPrefix}%`}`.execute(f.t.ctx.db);
  return { received: Number(rows[0]!.received), completed: Number(rows[0]!.completed) };
}

describe("case dashboards from rollups", () => {
  it("match a scan of the cases table at every level, before and after folding", async () => {
    f.t.clock.set(new Date("2026-11-20T10:00:00+08:00"));
    const r = await generateCases(f.t.ctx, { cases: 3000, years: 1, batch: 1000 });
    expect(r.generated).toBe(3000);
    // A live case after the fold: counted from the pending deltas.
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    expect((await f.accept("再生育审批")).statusCode).toBe(201);

    const district = (await get(`/analytics/cases?${SPAN}`)).json<Dashboard>();
    const all = await scan("430105");
    expect(district.totals.received).toBe(all.received);
    expect(district.totals.completed).toBe(all.completed);
    // Children of the district are its streets, and they add up.
    const streets = await f.t.ctx.db.selectFrom("orgs").select("code").where("kind", "=", "street").execute();
    expect(district.children.map((c) => c.orgCode).sort()).toEqual(streets.map((s) => s.code).sort());
    expect(district.children.reduce((s, c) => s + c.received, 0)).toBe(all.received);
    expect(district.byItem.reduce((s, c) => s + c.received, 0)).toBe(all.received);
    expect(district.byCategory.reduce((s, c) => s + c.received, 0)).toBe(all.received);
    expect(district.trendBy).toBe("month");
    expect(district.trend.reduce((s, c) => s + c.received, 0)).toBe(all.received);
    // Up to three months the trend is daily, and still adds up to the period's total.
    const quarter = (await get("/analytics/cases?from=2026-08&to=2026-10")).json<Dashboard>();
    expect(quarter.trendBy).toBe("day");
    expect(quarter.trend[0]!.period).toMatch(/^2026-08-\d\d$/);
    expect(quarter.trend.reduce((s, c) => s + c.received, 0)).toBe(quarter.totals.received);
    expect(district.totals.onTime / district.totals.completed).toBeGreaterThan(0.8);

    // Drill down: street → communities → one community.
    const street = (await get(`/analytics/cases?org=${FURONG}&${SPAN}`)).json<Dashboard>();
    expect(street.totals.received).toBe((await scan(FURONG_PREFIX)).received);
    expect(street.children.every((c) => c.orgCode.startsWith(FURONG_PREFIX))).toBe(true);
    const xc = street.children.find((c) => c.orgCode === XINCHENG)!;
    expect(xc.received).toBe((await scan(XINCHENG)).received);
    expect(xc.open).toBeGreaterThan(0);
    const community = (await get(`/analytics/cases?org=${XINCHENG}&${SPAN}`)).json<Dashboard>();
    expect(community.children).toEqual([]);
    expect(community.byItem.length).toBeGreaterThan(0);

    await foldRollups(f.t.ctx.db);
    const folded = (await get(`/analytics/cases?${SPAN}`)).json<Dashboard>();
    expect(folded.totals).toEqual(district.totals);
    const pending = await f.t.ctx.db.selectFrom("case_rollup_deltas").select("id").execute();
    expect(pending).toHaveLength(0);

    // Deciding a case moves it from open to completed in the figures.
    await rebuildRollups(f.t.ctx.db);
    expect((await get(`/analytics/cases?${SPAN}`)).json<Dashboard>().totals).toEqual(district.totals);
  });

  it("keeps each reader inside their jurisdiction and checks the period", async () => {
    const other = await get(`/analytics/cases?org=430105002`, "frbl.supervisor");
    expect(other.statusCode).toBe(404);
    expect((await get("/analytics/cases", "xc.clerk")).statusCode).toBe(403);
    const own = (await get("/analytics/cases", "xc.supervisor")).json<Dashboard>();
    expect(own.org.code).toBe(XINCHENG);
    const bad = await get("/analytics/cases?from=2026-13");
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("from");
    const backwards = await get("/analytics/cases?from=2026-05&to=2026-01");
    expect(errorOf(backwards).field).toBe("to");
  });

  it("exports the tables on screen to Excel", async () => {
    const res = await get(`/analytics/export.xlsx?view=cases&org=${FURONG}&${SPAN}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["下级单位", "按事项", "按分类", "每月趋势"]);
    const children = book.getWorksheet("下级单位")!;
    expect(children.getRow(1).getCell(1).value).toBe("单位");
    const onScreen = (await get(`/analytics/cases?org=${FURONG}&${SPAN}`)).json<Dashboard>();
    expect(children.rowCount - 1).toBe(onScreen.children.length);
    expect(children.getRow(2).getCell(2).value).toBe(onScreen.children[0]!.received);
  });
});

describe("workload, queue and staffing", () => {
  it("shows open tasks per office and what each person did today", async () => {
    // A day well after the demo's work (dated up to TEST_NOW), so "today" holds only this test's.
    f.t.clock.set(daysAfterTestNow(40));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    await f.complete("xc.approver", (await f.openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    const res = await get(`/analytics/workload?org=${FURONG}`);
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<{
      offices: { orgCode: string; openTasks: number }[];
      people: { name: string; tasksDone: number; casesAccepted: number }[];
    }>();
    expect(w.offices.find((o) => o.orgCode.startsWith(FURONG_PREFIX))!.openTasks).toBeGreaterThan(0);
    expect(w.people.find((p) => p.name === "欣城社区审核员")?.tasksDone).toBe(1);
    expect(w.people.find((p) => p.name === "欣城综窗甲")?.casesAccepted).toBe(1);
  });

  it("advises counters per hour from the hall's own arrivals, showing the inputs", async () => {
    // Four weeks of tickets at 欣城: 10 an hour at 9–10 and 3 at 15–16, 10-minute service.
    f.t.clock.set(new Date("2026-11-23T09:00:00+08:00"));
    const service = await f.t.ctx.db
      .selectFrom("queue_services")
      .select("code")
      .where("site_code", "=", XINCHENG)
      .executeTakeFirstOrThrow();
    const rows = [];
    for (let d = 0; d < 28; d++) {
      const day = new Date(Date.parse("2026-10-26T00:00:00+08:00") + d * 86_400_000);
      const date = day.toISOString().slice(0, 10);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const ticket = (hour: number, i: number) => {
        const issued = new Date(
          `${date}T${String(hour).padStart(2, "0")}:${String(i * 5).padStart(2, "0")}:00+08:00`,
        );
        return {
          district_code: "430105",
          site_code: XINCHENG,
          service_code: service.code,
          day: date,
          seq: hour * 100 + i,
          number: `Z${hour}${i}`,
          priority: "normal" as const,
          status: "finished" as const,
          issued_at: issued,
          first_called_at: new Date(issued.getTime() + 5 * 60_000),
          called_at: new Date(issued.getTime() + 5 * 60_000),
          finished_at: new Date(issued.getTime() + 15 * 60_000),
          public_token: `staffing-${date}-${hour}-${i}`,
        };
      };
      for (let i = 0; i < 10; i++) rows.push(ticket(9, i));
      for (let i = 0; i < 3; i++) rows.push(ticket(15, i));
    }
    await f.t.ctx.db.insertInto("queue_tickets").values(rows).execute();
    const res = await get(`/analytics/staffing?site=${XINCHENG}&weeks=4&share=0.8&wait=15`, "xc.supervisor");
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<{
      inputs: { workingDays: number; meanServiceMinutes: number; tickets: number };
      hours: { hour: number; arrivalsPerHour: number; counters: number; serviceLevel: number }[];
    }>();
    expect(s.inputs.workingDays).toBe(20);
    expect(s.inputs.meanServiceMinutes).toBe(10);
    const nine = s.hours.find((h) => h.hour === 9)!;
    expect(nine.arrivalsPerHour).toBe(10);
    expect(s.hours.find((h) => h.hour === 15)!.counters).toBeLessThan(nine.counters);
    expect(nine.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const badShare = await get(`/analytics/staffing?site=${XINCHENG}&share=1.5`);
    expect(badShare.statusCode).toBe(400);
  });
});
