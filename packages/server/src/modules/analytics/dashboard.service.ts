import { chinaDate } from "@onewindow/shared";
import { sql } from "kysely";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { isInJurisdiction, pathUnderAny } from "../../http/jurisdiction.js";
import { findOrg, type OrgRecord } from "../org/index.js";

/** Who reads dashboards: supervisors and administrators of the org's subtree. */
export const DASHBOARD_ROLES = ["supervisor", "admin"] as const;

export type Period = { from: string; to: string };

type Figures = {
  received: number;
  accepted: number;
  completed: number;
  onTime: number;
  approved: number;
  /** On-time share of completed cases (null when none completed). */
  onTimeRate: number | null;
  /** Mean days from acceptance to completion. */
  meanDays: number | null;
};

type RawFigures = {
  received: string;
  accepted: string;
  completed: string;
  on_time: string;
  approved: string;
  handling_seconds: string | number;
};

function figures(r: RawFigures | undefined): Figures {
  const completed = Number(r?.completed ?? 0);
  const onTime = Number(r?.on_time ?? 0);
  return {
    received: Number(r?.received ?? 0),
    accepted: Number(r?.accepted ?? 0),
    completed,
    onTime,
    approved: Number(r?.approved ?? 0),
    onTimeRate: completed ? Math.round((onTime / completed) * 1000) / 1000 : null,
    meanDays: completed ? Math.round((Number(r!.handling_seconds) / completed / 86_400) * 10) / 10 : null,
  };
}

/** "2026-03" → first and last day; `to` must not precede `from`, and at most 10 years. */
export function periodOf(from: string | undefined, to: string | undefined, today: string) {
  const month = (s: string | undefined, field: string, fallback: string) => {
    const v = s ?? fallback;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw invalidField(field, "VALIDATION_FAILED.format");
    return v;
  };
  const f = month(from, "from", `${today.slice(0, 4)}-01`);
  const t = month(to, "to", today.slice(0, 7));
  if (t < f || Number(t.slice(0, 4)) - Number(f.slice(0, 4)) > 10)
    throw invalidField("to", "VALIDATION_FAILED.range");
  const [y, m] = t.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${f}-01`, to: `${t}-${String(last).padStart(2, "0")}` };
}

/** The org a dashboard looks at: the one asked for, or the actor's widest; inside jurisdiction. */
export async function scopeOf(ctx: Ctx, actor: StaffActor, orgCode: string | undefined): Promise<OrgRecord> {
  const code = orgCode ?? widestGrant(actor);
  const org = code ? await findOrg(ctx.db, code) : undefined;
  if (!org || !isInJurisdiction(actor, org.path, DASHBOARD_ROLES)) throw new AppError("ORG_NOT_FOUND");
  if (org.kind === "department") throw invalidField("org", "VALIDATION_FAILED.format");
  return org;
}

function widestGrant(actor: StaffActor): string | undefined {
  const grants = actor.roles.filter((g) => (DASHBOARD_ROLES as readonly string[]).includes(g.role));
  return grants.sort((a, b) => a.orgPath.length - b.orgPath.length)[0]?.orgCode;
}

/** Rolled-up figures plus the deltas not yet folded in, so dashboards are current to the last write. */
function monthlyWithPending(p: Period) {
  return sql`(
    SELECT month, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds
    FROM case_rollup_monthly WHERE month BETWEEN ${p.from}::date AND ${p.to}::date
    UNION ALL
    SELECT date_trunc('month', day)::date, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds
    FROM case_rollup_deltas WHERE day BETWEEN ${p.from}::date AND ${p.to}::date
  )`;
}

const SUMS = sql`sum(r.received) AS received, sum(r.accepted) AS accepted, sum(r.completed) AS completed,
  sum(r.on_time) AS on_time, sum(r.approved) AS approved, sum(r.handling_seconds) AS handling_seconds`;

/** Communities under the scope, with the street each belongs to. */
function communitiesUnder(ctx: Ctx, scope: OrgRecord) {
  return ctx.db
    .selectFrom("orgs")
    .select(["code", "parent_code"])
    .where("kind", "=", "community")
    .where(pathUnderAny("path", [scope.path]))
    .execute();
}

/**
 * Figures per community and item for the period. Filtering on the list of
 * community codes (not a join on org paths) keeps the plan a range scan of the
 * rollup whatever the planner's statistics say.
 */
async function byCommunityAndItem(ctx: Ctx, codes: string[] | "all", p: Period) {
  if (codes.length === 0) return { cells: [], months: [] };
  // One scan, two groupings: per community × item (for every table) and per month (the trend).
  const { rows } = await sql<
    RawFigures & { community_code: string | null; item_code: string | null; month: string | null }
  >`
    SELECT r.community_code, r.item_code, to_char(r.month, 'YYYY-MM') AS month, ${SUMS}
    FROM ${monthlyWithPending(p)} r
    WHERE ${inCommunities(codes)}
    GROUP BY GROUPING SETS ((r.community_code, r.item_code), (r.month))`.execute(ctx.db);
  return {
    cells: rows.filter((r) => r.community_code !== null) as (RawFigures & {
      community_code: string;
      item_code: string;
    })[],
    months: rows
      .filter((r): r is typeof r & { month: string } => r.month !== null)
      .sort((x, y) => x.month.localeCompare(y.month)),
  };
}

/** Periods up to this many days get a daily trend; longer ones a monthly trend. */
const DAILY_TREND_MAX_DAYS = 92;

function dailyTrend(ctx: Ctx, codes: string[] | "all", p: Period) {
  return sql<RawFigures & { day: string }>`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day, ${SUMS}
    FROM (
      SELECT day, community_code, received, accepted, completed, on_time, approved, handling_seconds
      FROM case_rollup_daily WHERE day BETWEEN ${p.from}::date AND ${p.to}::date
      UNION ALL
      SELECT day, community_code, received, accepted, completed, on_time, approved, handling_seconds
      FROM case_rollup_deltas WHERE day BETWEEN ${p.from}::date AND ${p.to}::date
    ) r
    WHERE ${inCommunities(codes)}
    GROUP BY 1 ORDER BY 1`.execute(ctx.db);
}

/** The whole district needs no filter (every community is in it). */
function inCommunities(codes: string[] | "all") {
  return codes === "all" ? sql`true` : sql`r.community_code = ANY(${codes}::text[])`;
}

function sumBy<T>(rows: T[], key: (r: T) => string | null, figs: (r: T) => RawFigures) {
  const out = new Map<string, RawFigures>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const f = figs(r);
    const acc = out.get(k) ?? {
      received: "0",
      accepted: "0",
      completed: "0",
      on_time: "0",
      approved: "0",
      handling_seconds: 0,
    };
    out.set(k, {
      received: String(Number(acc.received) + Number(f.received)),
      accepted: String(Number(acc.accepted) + Number(f.accepted)),
      completed: String(Number(acc.completed) + Number(f.completed)),
      on_time: String(Number(acc.on_time) + Number(f.on_time)),
      approved: String(Number(acc.approved) + Number(f.approved)),
      handling_seconds: Number(acc.handling_seconds) + Number(f.handling_seconds),
    });
  }
  return out;
}

/** Open cases now, and those past their promised date, per community under the scope. */
async function openNow(ctx: Ctx, scope: OrgRecord, today: string) {
  const { rows } = await sql<{ community_code: string; parent_code: string; open: string; overdue: string }>`
    SELECT c.community_code, o.parent_code, count(*) AS open,
           count(*) FILTER (WHERE c.promised_due < ${today}::date) AS overdue
    FROM cases c JOIN orgs o ON o.code = c.community_code
    WHERE c.ended_at IS NULL AND c.status NOT IN ('not_accepted', 'withdrawn')
      AND ${pathUnderAny("o.path", [scope.path])}
    GROUP BY 1, 2`.execute(ctx.db);
  return rows;
}

/**
 * The case dashboard of one org for a period: totals; one row per child org
 * (district → streets → communities) to drill into; by item and by category;
 * and the trend (daily up to three months, else monthly). Open and overdue are live counts.
 */
export async function caseDashboard(
  ctx: Ctx,
  actor: StaffActor,
  q: { org?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  const today = chinaDate(ctx.clock.now());
  const scope = await scopeOf(ctx, actor, q.org);
  const p = periodOf(q.from, q.to, today);
  const communities = await communitiesUnder(ctx, scope);
  const codes = scope.kind === "district" ? "all" : communities.map((c) => c.code);
  const streetOf = new Map(communities.map((c) => [c.code, c.parent_code]));
  const daily = (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < DAILY_TREND_MAX_DAYS;
  const [{ cells: rows, months }, childOrgs, days, open, items, categories] = await Promise.all([
    byCommunityAndItem(ctx, codes, p),
    scope.kind === "community"
      ? Promise.resolve([])
      : ctx.db
          .selectFrom("orgs")
          .select(["code", "name", "kind"])
          .where("parent_code", "=", scope.code)
          .where("kind", "in", ["street", "community"])
          .orderBy("sort_order")
          .orderBy("code")
          .execute(),
    daily && codes.length > 0 ? dailyTrend(ctx, codes, p) : Promise.resolve({ rows: [] }),
    openNow(ctx, scope, today),
    ctx.db.selectFrom("service_items").select(["code", "name", "category_code"]).execute(),
    ctx.db.selectFrom("catalog_categories").select(["code", "name"]).execute(),
  ]);
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  const figs = (r: RawFigures) => r;
  const childKey = (r: { community_code: string }) =>
    scope.kind === "district" ? (streetOf.get(r.community_code) ?? null) : r.community_code;
  const children = sumBy(rows, childKey, figs);
  const byItem = sumBy(rows, (r) => r.item_code, figs);
  const byCategory = sumBy(rows, (r) => itemByCode.get(r.item_code)?.category_code ?? null, figs);
  const total = sumBy(rows, () => "all", figs).get("all");
  const openOf = (code: string | null) => {
    const mine = open.filter((o) => code === null || o.community_code === code || o.parent_code === code);
    return {
      open: mine.reduce((s, o) => s + Number(o.open), 0),
      overdue: mine.reduce((s, o) => s + Number(o.overdue), 0),
    };
  };
  const byReceived = (a: Figures, b: Figures) => b.received - a.received;
  return {
    org: { code: scope.code, name: scope.name, kind: scope.kind, parentCode: scope.parent_code },
    period: p,
    totals: { ...figures(total), ...openOf(null) },
    children: childOrgs.map((o) => ({
      orgCode: o.code,
      orgName: o.name,
      kind: o.kind,
      ...figures(children.get(o.code)),
      ...openOf(o.code),
    })),
    byItem: [...byItem]
      .map(([code, f]) => ({ itemCode: code, itemName: itemByCode.get(code)?.name ?? code, ...figures(f) }))
      .sort(byReceived),
    byCategory: [...byCategory]
      .map(([code, f]) => ({
        categoryCode: code,
        categoryName: categories.find((c) => c.code === code)?.name ?? code,
        ...figures(f),
      }))
      .sort(byReceived),
    trendBy: daily ? ("day" as const) : ("month" as const),
    trend: daily
      ? days.rows.map((r) => ({ period: r.day, ...figures(r) }))
      : months.map((r) => ({ period: r.month, ...figures(r) })),
  };
}
