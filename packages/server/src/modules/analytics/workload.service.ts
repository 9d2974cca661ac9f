import { chinaDate, chinaDayStart, queueKpis, staffingAdvice, type StaffingTarget } from "@onewindow/shared";
import { sql } from "kysely";
import { invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { pathUnderAny } from "../../http/jurisdiction.js";
import { siteRules } from "../queue/index.js";
import { scopeOf } from "./dashboard.service.js";

/**
 * Live staff workload under an org: open tasks per office (with how many are
 * overdue), and per person what they handled today — tasks decided and cases
 * accepted at the window.
 */
export async function workload(ctx: Ctx, actor: StaffActor, orgCode: string | undefined) {
  const scope = await scopeOf(ctx, actor, orgCode);
  const today = chinaDate(ctx.clock.now());
  const since = chinaDayStart(today);
  // Bounded on both sides: "today" on a clock set back (demos, tests) must not count later work.
  const until = new Date(since.getTime() + 86_400_000);
  const [offices, decided, accepted] = await Promise.all([
    ctx.db
      .selectFrom("tasks as t")
      .innerJoin("orgs as o", "o.code", "t.org_code")
      .select((eb) => [
        "o.code",
        "o.name",
        "o.kind",
        eb.fn.countAll<string>().as("open"),
        sql<string>`count(*) FILTER (WHERE t.due_date < ${today}::date)`.as("overdue"),
      ])
      .where("t.status", "=", "open")
      .where(pathUnderAny("o.path", [scope.path]))
      .groupBy(["o.code", "o.name", "o.kind"])
      .orderBy("open", "desc")
      .execute(),
    ctx.db
      .selectFrom("tasks as t")
      .innerJoin("staff as s", "s.id", "t.completed_by")
      .innerJoin("orgs as o", "o.code", "s.org_code")
      .select((eb) => ["s.id", "s.name", "o.name as org_name", eb.fn.countAll<string>().as("n")])
      .where("t.completed_at", ">=", since)
      .where("t.completed_at", "<", until)
      .where(pathUnderAny("o.path", [scope.path]))
      .groupBy(["s.id", "s.name", "o.name"])
      .execute(),
    ctx.db
      .selectFrom("cases as c")
      .innerJoin("staff as s", "s.id", "c.accepted_by")
      .innerJoin("orgs as o", "o.code", "s.org_code")
      .select((eb) => ["s.id", "s.name", "o.name as org_name", eb.fn.countAll<string>().as("n")])
      .where("c.accepted_at", ">=", since)
      .where("c.accepted_at", "<", until)
      .where(pathUnderAny("o.path", [scope.path]))
      .groupBy(["s.id", "s.name", "o.name"])
      .execute(),
  ]);
  const people = new Map<
    string,
    { staffId: string; name: string; orgName: string; tasksDone: number; casesAccepted: number }
  >();
  for (const r of decided)
    people.set(r.id, {
      staffId: r.id,
      name: r.name,
      orgName: r.org_name,
      tasksDone: Number(r.n),
      casesAccepted: 0,
    });
  for (const r of accepted) {
    const p = people.get(r.id) ?? {
      staffId: r.id,
      name: r.name,
      orgName: r.org_name,
      tasksDone: 0,
      casesAccepted: 0,
    };
    p.casesAccepted = Number(r.n);
    people.set(r.id, p);
  }
  return {
    org: { code: scope.code, name: scope.name },
    date: today,
    offices: offices.map((o) => ({
      orgCode: o.code,
      orgName: o.name,
      kind: o.kind,
      openTasks: Number(o.open),
      overdueTasks: Number(o.overdue),
    })),
    people: [...people.values()].sort(
      (a, b) => b.tasksDone + b.casesAccepted - (a.tasksDone + a.casesAccepted),
    ),
  };
}

/** Queue KPIs of every hall under the org for one day (default today). */
export async function queueBySite(
  ctx: Ctx,
  actor: StaffActor,
  orgCode: string | undefined,
  date: string | undefined,
) {
  const scope = await scopeOf(ctx, actor, orgCode);
  const day = date ?? chinaDate(ctx.clock.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw invalidField("date");
  const [sites, tickets] = await Promise.all([
    ctx.db
      .selectFrom("sites as s")
      .innerJoin("orgs as o", "o.code", "s.code")
      .leftJoin("queue_rules as r", "r.site_code", "s.code")
      .select(["s.code", "s.name", "r.target_wait_minutes"])
      .where(pathUnderAny("o.path", [scope.path]))
      .orderBy("o.path")
      .execute(),
    ctx.db
      .selectFrom("queue_tickets as t")
      .innerJoin("orgs as o", "o.code", "t.site_code")
      .select(["t.site_code", "t.status", "t.issued_at", "t.first_called_at", "t.finished_at"])
      .where("t.day", "=", day)
      .where(pathUnderAny("o.path", [scope.path]))
      .execute(),
  ]);
  const bySite = new Map<string, typeof tickets>();
  for (const t of tickets) bySite.set(t.site_code, [...(bySite.get(t.site_code) ?? []), t]);
  return {
    org: { code: scope.code, name: scope.name },
    date: day,
    sites: sites
      .filter((s) => bySite.has(s.code))
      .map((s) => ({
        siteCode: s.code,
        siteName: s.name,
        ...queueKpis(
          (bySite.get(s.code) ?? []).map((t) => ({
            status: t.status,
            issuedAt: t.issued_at.getTime(),
            calledAt: t.first_called_at?.getTime() ?? null,
            finishedAt: t.finished_at?.getTime() ?? null,
          })),
          s.target_wait_minutes ?? 15,
        ),
      })),
  };
}

/**
 * Staffing advice for one hall: arrivals per hour over the last `weeks` weeks'
 * working days and the hall's mean service time, through Erlang C.
 */
export async function staffing(
  ctx: Ctx,
  actor: StaffActor,
  siteCode: string,
  opts: { weeks: number; target?: Partial<StaffingTarget> | undefined },
) {
  const site = await scopeOf(ctx, actor, siteCode);
  const rules = await siteRules(ctx.db, site.code);
  const target: StaffingTarget = {
    share: opts.target?.share ?? 0.8,
    waitMinutes: opts.target?.waitMinutes ?? rules.targetWaitMinutes,
  };
  const today = chinaDate(ctx.clock.now());
  const calendar = await loadWorkCalendar(ctx.db);
  const fromDay = chinaDate(new Date(chinaDayStart(today).getTime() - opts.weeks * 7 * 86_400_000));
  const [hours, service, days] = await Promise.all([
    sql<{ hour: number; tickets: string }>`
      SELECT extract(hour FROM (issued_at AT TIME ZONE 'UTC') + interval '8 hours')::int AS hour, count(*) AS tickets
      FROM queue_tickets WHERE site_code = ${site.code} AND day >= ${fromDay}::date AND day < ${today}::date
      GROUP BY 1`.execute(ctx.db),
    sql<{ minutes: number | null; served: string }>`
      SELECT avg(extract(epoch FROM finished_at - first_called_at)) / 60 AS minutes, count(*) AS served
      FROM queue_tickets WHERE site_code = ${site.code} AND day >= ${fromDay}::date AND day < ${today}::date
        AND status = 'finished' AND first_called_at IS NOT NULL`.execute(ctx.db),
    Promise.resolve(countWorkingDays(calendar, fromDay, today)),
  ]);
  const serviceMinutes = Number(service.rows[0]?.minutes ?? 0);
  const counters = await ctx.db
    .selectFrom("counters")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("site_code", "=", site.code)
    .executeTakeFirstOrThrow();
  return {
    siteCode: site.code,
    siteName: site.name,
    inputs: {
      from: fromDay,
      to: today,
      workingDays: days,
      tickets: hours.rows.reduce((s, h) => s + Number(h.tickets), 0),
      served: Number(service.rows[0]?.served ?? 0),
      meanServiceMinutes: Math.round(serviceMinutes * 10) / 10,
      target,
      countersInHall: Number(counters.n),
    },
    hours: staffingAdvice(
      hours.rows.map((h) => ({ hour: h.hour, tickets: Number(h.tickets) })),
      days,
      serviceMinutes,
      target,
    ),
  };
}

/** Working days in [from, to). */
function countWorkingDays(
  calendar: { workingDaysBetween(a: string, b: string): number; isWorkingDay(d: string): boolean },
  from: string,
  to: string,
) {
  return (
    calendar.workingDaysBetween(from, to) +
    (calendar.isWorkingDay(from) ? 1 : 0) -
    (calendar.isWorkingDay(to) ? 1 : 0)
  );
}
