import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { chinaDate, workCalendar, type CalendarYear, type WorkCalendar } from "@onewindow/shared";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { dataFilesDir } from "../../paths.js";
import { audit } from "../audit/index.js";
import { rescheduleRunningDues, type DueShifter } from "./reschedule.service.js";

const bundledDir = join(dataFilesDir, "calendar");

/** Reads one year's days from the database. */
export async function getYear(db: Kysely<Database>, year: number): Promise<CalendarYear> {
  const rows = await db
    .selectFrom("calendar_days")
    .selectAll()
    .where("year", "=", year)
    .orderBy("date")
    .execute();
  return {
    year,
    holidays: rows.filter((r) => r.kind === "holiday").map((r) => ({ date: r.date, name: r.name })),
    workdays: rows.filter((r) => r.kind === "workday").map((r) => ({ date: r.date, name: r.name })),
  };
}

export type CalendarYearSummary = {
  year: number;
  holidays: number;
  workdays: number;
  /** When an administrator last saved the year; null for data shipped with the release. */
  updatedAt: string | null;
  updatedBy: string | null;
};

/** The years the calendar holds, with their day counts and who last changed them. */
export async function listYears(db: Kysely<Database>): Promise<CalendarYearSummary[]> {
  const rows = await db
    .selectFrom("calendar_days as d")
    .leftJoin("staff as s", "s.id", "d.updated_by")
    .select((eb) => [
      "d.year",
      eb.fn.countAll<string>().filterWhere("d.kind", "=", "holiday").as("holidays"),
      eb.fn.countAll<string>().filterWhere("d.kind", "=", "workday").as("workdays"),
      eb.fn.max("d.updated_at").as("changed_at"),
      eb.fn.max("s.name").as("updated_by"),
    ])
    .groupBy("d.year")
    .orderBy("d.year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    holidays: Number(r.holidays),
    workdays: Number(r.workdays),
    updatedAt: r.updated_by ? new Date(r.changed_at).toISOString() : null,
    updatedBy: r.updated_by,
  }));
}

/**
 * The working-day calendar over every year the database holds. It changes a few times a
 * year, but every intake and decision needs it: keep it for a minute per database. Edits
 * here clear it at once; other server copies see an edit within the minute.
 */
const CACHE_MS = 60_000;
const cache = new WeakMap<object, { at: number; calendar: WorkCalendar }>();

export async function loadWorkCalendar(db: Kysely<Database>): Promise<WorkCalendar> {
  // The cache is kept per database handle; a transaction is a new handle each time, so it would
  // reload the calendar on every call. Load it before the transaction opens.
  if (db.isTransaction) throw new Error("load the work calendar before opening the transaction");
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = workCalendar(await readYears(db));
  cache.set(db, { at: Date.now(), calendar });
  return calendar;
}

/** Every year the database (or a transaction) holds now, in one query, bypassing the cache. */
async function readYears(db: Kysely<Database>): Promise<CalendarYear[]> {
  const rows = await db.selectFrom("calendar_days").selectAll().orderBy("date").execute();
  const years = new Map<number, CalendarYear>();
  for (const r of rows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { year: r.year, holidays: [], workdays: [] }));
    (r.kind === "holiday" ? y.holidays : y.workdays).push({ date: r.date, name: r.name });
  }
  return [...years.values()];
}

async function writeYear(db: Kysely<Database>, data: CalendarYear, now: Date, by: string | null) {
  await db.deleteFrom("calendar_days").where("year", "=", data.year).execute();
  const rows = [
    ...data.holidays.map((d) => ({ ...d, kind: "holiday" as const })),
    ...data.workdays.map((d) => ({ ...d, kind: "workday" as const })),
  ].map((d) => ({
    date: d.date,
    year: data.year,
    kind: d.kind,
    name: d.name,
    updated_at: now,
    updated_by: by,
  }));
  if (rows.length > 0) await db.insertInto("calendar_days").values(rows).execute();
}

/** Loads the bundled years the database does not have yet (an administrator's edits stay). */
export async function loadBundledCalendars(db: Kysely<Database>, now: Date) {
  for (const file of readdirSync(bundledDir).filter((f) => /^\d{4}\.json$/.test(f))) {
    const data = JSON.parse(readFileSync(join(bundledDir, file), "utf8")) as CalendarYear;
    const present = await db
      .selectFrom("calendar_days")
      .select("date")
      .where("year", "=", data.year)
      .limit(1)
      .executeTakeFirst();
    if (present) continue;
    workCalendar([data]); // refuse a broken bundled file loudly
    await db.transaction().execute((tx) => writeYear(tx, data, now, null));
  }
}

/**
 * Checks a year's data: real dates inside the year, make-up working days on
 * weekends (holiday ranges may include weekends, as the State Council lists them).
 */
function checkYear(data: CalendarYear) {
  const check = (list: { date: string; name: string }[], field: "holidays" | "workdays") =>
    list.forEach((d, i) => {
      const at = `${field}[${i}].date`;
      if (!d.date.startsWith(`${data.year}-`)) throw invalidField(at, "VALIDATION_FAILED.format");
      try {
        workCalendar([{ year: data.year, holidays: [d], workdays: [] }]);
      } catch {
        throw invalidField(at, "VALIDATION_FAILED.format");
      }
      const day = new Date(`${d.date}T00:00:00Z`).getUTCDay();
      if (field === "workdays" && day !== 0 && day !== 6)
        throw invalidField(at, "VALIDATION_FAILED.calendarWorkday");
    });
  check(data.holidays, "holidays");
  check(data.workdays, "workdays");
  const seen = new Set<string>();
  for (const [field, list] of [
    ["holidays", data.holidays],
    ["workdays", data.workdays],
  ] as const) {
    list.forEach((d, i) => {
      if (seen.has(d.date)) throw invalidField(`${field}[${i}].date`, "VALIDATION_FAILED.calendarDuplicate");
      seen.add(d.date);
    });
  }
}

/**
 * Replaces one year's calendar; only a district-wide administrator may. The deadlines
 * still running are counted again on the new calendar in the same transaction.
 */
export async function replaceYear(
  ctx: Ctx,
  admin: StaffActor,
  data: CalendarYear,
  shifters: readonly DueShifter[],
) {
  if (!admin.roles.some((g) => g.role === "admin" && !g.orgPath.includes("/")))
    throw new AppError("FORBIDDEN");
  checkYear(data);
  const now = ctx.clock.now();
  cache.delete(ctx.db);
  const rescheduled = await ctx.tx(async (db) => {
    const years = await readYears(db);
    await writeYear(db, data, now, admin.id);
    const moved = await rescheduleRunningDues(
      db,
      {
        year: data.year,
        today: chinaDate(now),
        now,
        before: workCalendar(years),
        after: workCalendar([...years.filter((y) => y.year !== data.year), data]),
        notify: { box: ctx.box, districtCode: ctx.districtCode, publicUrl: ctx.publicUrl },
      },
      shifters,
    );
    await audit(
      db,
      { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "calendar.replace",
        targetType: "calendar",
        targetId: String(data.year),
        detail: { holidays: data.holidays.length, workdays: data.workdays.length, rescheduled: moved },
      },
    );
    return moved;
  });
  cache.delete(ctx.db);
  return { ...(await getYear(ctx.db, data.year)), rescheduled };
}
