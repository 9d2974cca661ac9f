import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { loadWorkCalendar } from "./calendar.service.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("working-day calendar", () => {
  it("ships 2026 as published and computes deadlines from it", async () => {
    const res = await t.app.inject({ url: "/api/v1/calendar/2026" });
    expect(res.statusCode).toBe(200);
    const year = res.json();
    expect(year.holidays).toHaveLength(33);
    expect(year.workdays.map((d: { date: string }) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    const cal = await loadWorkCalendar(t.handle.db);
    expect(cal.addWorkingDays("2026-09-30", 5)).toBe("2026-10-13");
  });

  it("a district administrator replaces a year; the change is used and audited", async () => {
    const admin = await t.login("kf.admin");
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/v1/admin/calendar/2027",
      headers: bearer(admin),
      payload: {
        holidays: [{ date: "2027-01-01", name: "元旦" }],
        workdays: [{ date: "2027-01-02", name: "调休上班" }],
      },
    });
    expect(res.statusCode).toBe(200);
    const cal = await loadWorkCalendar(t.handle.db);
    expect(cal.addWorkingDays("2026-12-31", 1)).toBe("2027-01-02");
    // The year list tells the console which years are entered and who saved them last.
    const years = (await t.app.inject({ url: "/api/v1/calendar" })).json();
    expect(years.items).toEqual([
      { year: 2026, holidays: 33, workdays: 6, updatedAt: null, updatedBy: null },
      { year: 2027, holidays: 1, workdays: 1, updatedAt: expect.any(String), updatedBy: "区系统管理员" },
    ]);
    const audited = await t.handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "calendar.replace")
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("refuses bad days naming them, and non-district administrators", async () => {
    const admin = await t.login("kf.admin");
    const put = (token: string, payload: object) =>
      t.app.inject({ method: "PUT", url: "/api/v1/admin/calendar/2027", headers: bearer(token), payload });
    const weekday = await put(admin, { holidays: [], workdays: [{ date: "2027-01-04", name: "周一" }] });
    expect(errorOf(weekday)).toMatchObject({ code: "VALIDATION_FAILED", field: "workdays[0].date" });
    const wrongYear = await put(admin, { holidays: [{ date: "2028-01-01", name: "元旦" }], workdays: [] });
    expect(errorOf(wrongYear).field).toBe("holidays[0].date");
    const notADate = await put(admin, { holidays: [{ date: "2027-02-30", name: "x" }], workdays: [] });
    expect(errorOf(notADate).field).toBe("holidays[0].date");
    const street = await t.login("frbl.admin");
    expect((await put(street, { holidays: [], workdays: [] })).statusCode).toBe(403);
    // Nothing of the refused requests was written.
    const cal = await loadWorkCalendar(t.handle.db);
    expect(cal.isWorkingDay("2027-01-02")).toBe(true);
  });
});
