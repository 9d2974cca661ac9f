import { chinaDate } from "@onewindow/shared";
import { sql } from "kysely";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";

export type HistoryOptions = {
  cases: number;
  years: number;
  /** Rows per INSERT statement. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
};

/** Relative arrivals by weekday (Sun … Sat): Monday is the busiest, Friday afternoon quiet. */
const WEEKDAY_WEIGHT = [0, 13, 11, 10, 10, 8.5, 9];
/** Arrivals by hour of day at a community hall (8:30–12:00, 14:30–17:30). */
const HOUR_WEIGHT: Record<number, number> = { 8: 2, 9: 6, 10: 7, 11: 5, 12: 1, 14: 3, 15: 6, 16: 5, 17: 1 };

/** Repeats each value in proportion to its weight, so a uniform pick is a weighted pick. */
function weighted<T>(pairs: [T, number][], resolution = 1): T[] {
  return pairs.flatMap(([v, w]) => Array<T>(Math.max(0, Math.round(w * resolution))).fill(v));
}

/**
 * Generated history for dashboards and benchmarks: finished cases (case numbers
 * `SIM…`) over the last `years` years up to a month ago, arriving on working days
 * by weekday and hour, at communities and items with skewed popularity, about
 * 90 % finished on time. Goes through the normal trigger, so rollups follow.
 */
export async function generateCaseHistory(
  ctx: Pick<Ctx, "db" | "clock" | "districtCode">,
  opts: HistoryOptions & { afterBatch?: () => Promise<number> },
) {
  const batch = opts.batch ?? 50_000;
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  const [communities, items, staff, residents, existing] = await Promise.all([
    ctx.db
      .selectFrom("orgs as o")
      .innerJoin("sites as s", "s.code", "o.code")
      .select(["o.code", "o.sort_order"])
      .where("o.kind", "=", "community")
      .orderBy("o.path")
      .execute(),
    ctx.db
      .selectFrom("service_items as i")
      .innerJoin(
        (eb) =>
          eb
            .selectFrom("process_definitions")
            .select(["key", (e) => e.fn.max("version").as("version")])
            .groupBy("key")
            .as("p"),
        (j) => j.onRef("p.key", "=", "i.code"),
      )
      .select(["i.code", "i.version", "i.promised_days", "i.handling", "p.version as process_version"])
      .orderBy("i.sort_order")
      .orderBy("i.code")
      .execute(),
    ctx.db
      .selectFrom("staff_roles")
      .select("staff_id")
      .where("role", "=", "clerk")
      .limit(1)
      .executeTakeFirst(),
    ctx.db.selectFrom("residents").select("id").limit(5000).execute(),
    sql<{ n: string }>`SELECT count(*) AS n FROM cases WHERE case_no LIKE 'SIM%'`.execute(ctx.db),
  ]);
  if (communities.length === 0 || items.length === 0 || !staff || residents.length === 0)
    throw new Error("generate needs the reference data and demo data: run `onewindow seed --demo` first");

  // Working days from `years` ago up to 30 days ago, weighted by weekday and a gentle growth.
  const end = new Date(now.getTime() - 30 * 86_400_000);
  const start = new Date(end.getTime() - opts.years * 365.25 * 86_400_000);
  const dayPairs: [string, number][] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += 86_400_000) {
    const day = chinaDate(new Date(t));
    if (!calendar.isWorkingDay(day)) continue;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const growth = 1 + 0.2 * ((t - start.getTime()) / (end.getTime() - start.getTime()));
    dayPairs.push([day, (WEEKDAY_WEIGHT[weekday] || 9) * growth]);
  }
  const days = weighted(dayPairs);
  const minutes = weighted(Object.entries(HOUR_WEIGHT).map(([h, w]) => [Number(h) * 60, w]));
  // Popular items first (Zipf-like), busier communities (a skew fixed by their order).
  const itemIdx = weighted(
    items.map((_, i) => [i + 1, 40 / Math.pow(i + 1, 0.8)]),
    1,
  );
  const commIdx = weighted(
    communities.map((_, i) => [i + 1, 2 + ((i * 7919) % 5)]),
    1,
  );
  const first = Number(existing.rows[0]?.n ?? 0);
  let done = 0;
  let folded = 0;
  while (done < opts.cases) {
    const n = Math.min(batch, opts.cases - done);
    await sql`
      INSERT INTO cases (district_code, case_no, item_code, item_version, process_key, process_version, process_state,
        status, site_code, community_code, resident_id, applicant_name, accept_mode, accepted_by, accepted_at,
        promised_due, statutory_due, ended_at, public_token)
      SELECT ${ctx.districtCode}, 'SIM' || lpad((${first + done} + x.g)::text, 10, '0'),
        (${items.map((i) => i.code)}::text[])[x.ii], (${items.map((i) => i.version)}::int[])[x.ii],
        (${items.map((i) => i.code)}::text[])[x.ii], (${items.map((i) => i.process_version)}::int[])[x.ii],
        '{"generated": true}'::jsonb,
        CASE WHEN x.r < 0.05 THEN 'not_accepted' WHEN x.r < 0.13 THEN 'rejected' ELSE 'approved' END,
        (${communities.map((c) => c.code)}::text[])[x.ci], (${communities.map((c) => c.code)}::text[])[x.ci],
        (${residents.map((r) => r.id)}::uuid[])[1 + floor(random() * ${residents.length})::int],
        '模拟申请人', 'normal', ${staff.staff_id}, x.accepted_at,
        x.day + x.promise, x.day + x.promise * 2,
        CASE WHEN x.r < 0.05 THEN x.accepted_at
             WHEN x.promise = 0 THEN x.accepted_at + interval '25 minutes'
             WHEN x.late < 0.08 THEN x.accepted_at + (x.promise * (1.05 + random() * 0.6)) * interval '1 day'
             ELSE x.accepted_at + (x.promise * (0.15 + random() * 0.8)) * interval '1 day' END,
        -- Not a secret: generated cases belong to nobody; a sequential token keeps the unique index cheap.
        'sim-' || lpad((${first + done} + x.g)::text, 10, '0')
      FROM (
        SELECT y.*, ((y.day::timestamp + (y.minute + floor(random() * 60) - 480) * interval '1 minute') AT TIME ZONE 'UTC') AS accepted_at,
          -- Promised working days as calendar days (×1.4 for weekends).
          ceil((${items.map((i) => (i.handling === "instant" ? 0 : i.promised_days))}::int[])[y.ii] * 1.4)::int AS promise
        FROM (
          SELECT g,
            (${days}::date[])[1 + floor(random() * ${days.length})::int] AS day,
            (${minutes}::int[])[1 + floor(random() * ${minutes.length})::int] AS minute,
            (${itemIdx}::int[])[1 + floor(random() * ${itemIdx.length})::int] AS ii,
            (${commIdx}::int[])[1 + floor(random() * ${commIdx.length})::int] AS ci,
            random() AS r, random() AS late
          FROM generate_series(1, ${n}) g
        ) y
      ) x`.execute(ctx.db);
    done += n;
    // The caller's work between batches (analytics folds its rollups, so deltas stay small).
    folded += (await opts.afterBatch?.()) ?? 0;
    opts.onProgress?.(done, opts.cases);
  }
  return { generated: done, folded };
}
