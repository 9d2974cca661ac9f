import { DEFAULT_REVIEW_RULE, onTimeRate, quarterRange, reviewGrade } from "@onewindow/shared";
import { sql } from "kysely";
import { invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";

/** China-time bounds of a quarter as instants. */
function bounds(quarter: string) {
  const range = quarterRange(quarter);
  if (!range) throw invalidField("quarter", "VALIDATION_FAILED.quarter");
  const from = new Date(`${range.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${range.to}T00:00:00+08:00`).getTime() + 86_400_000);
  return { ...range, fromAt: from, toAt: to };
}

/**
 * 绩效评估 for one quarter: each office inside the supervisor's jurisdiction
 * that finished tasks, got cards or got rated, with its figures and grade.
 */
export async function quarterlyReview(ctx: Ctx, actor: StaffActor, quarter: string) {
  const q = bounds(quarter);
  const roots = grantPaths(actor, ["supervisor", "admin"]);
  const inScope = pathUnderAny("o.path", roots);
  const [tasks, cards, ratings] = await Promise.all([
    ctx.db
      .selectFrom("tasks as t")
      .innerJoin("orgs as o", "o.code", "t.org_code")
      .select((eb) => [
        "t.org_code",
        eb.fn.countAll<string>().as("completed"),
        sql<string>`count(*) FILTER (WHERE t.due_date IS NULL OR (t.completed_at AT TIME ZONE 'UTC' + interval '8 hours')::date <= t.due_date)`.as(
          "on_time",
        ),
        sql<string>`avg(extract(epoch FROM t.completed_at - t.opened_at)) / 86400`.as("mean_days"),
      ])
      .where("t.completed_at", ">=", q.fromAt)
      .where("t.completed_at", "<", q.toAt)
      .where("t.status", "in", ["approved", "rejected", "returned"])
      .where(inScope)
      .groupBy("t.org_code")
      .execute(),
    ctx.db
      .selectFrom("supervision_alerts as a")
      .innerJoin("orgs as o", "o.code", "a.org_code")
      .select([
        "a.org_code",
        sql<string>`count(*) FILTER (WHERE a.level = 'yellow')`.as("yellow"),
        sql<string>`count(*) FILTER (WHERE a.level = 'red')`.as("red"),
      ])
      .where("a.raised_at", ">=", q.fromAt)
      .where("a.raised_at", "<", q.toAt)
      .where(inScope)
      .groupBy("a.org_code")
      .execute(),
    ctx.db
      .selectFrom("evaluations as e")
      .innerJoin("orgs as o", "o.code", "e.org_code")
      .select((eb) => [
        "e.org_code",
        eb.fn.countAll<string>().as("ratings"),
        sql<string>`avg(e.level)`.as("mean"),
      ])
      .where("e.created_at", ">=", q.fromAt)
      .where("e.created_at", "<", q.toAt)
      .where("e.appeal_status", "<>", "upheld")
      .where(inScope)
      .groupBy("e.org_code")
      .execute(),
  ]);
  const codes = [...new Set([...tasks, ...cards, ...ratings].map((r) => r.org_code))];
  if (codes.length === 0) return { quarter, from: q.from, to: q.to, rule: DEFAULT_REVIEW_RULE, offices: [] };
  const orgs = await ctx.db
    .selectFrom("orgs")
    .select(["code", "name", "kind", "path"])
    .where("code", "in", codes)
    .orderBy("path")
    .execute();
  const offices = orgs.map((o) => {
    const t = tasks.find((r) => r.org_code === o.code);
    const c = cards.find((r) => r.org_code === o.code);
    const e = ratings.find((r) => r.org_code === o.code);
    const figures = {
      completed: Number(t?.completed ?? 0),
      onTime: Number(t?.on_time ?? 0),
      yellowCards: Number(c?.yellow ?? 0),
      redCards: Number(c?.red ?? 0),
      ratings: Number(e?.ratings ?? 0),
      meanRating: e ? Number(e.mean) : undefined,
    };
    const rate = onTimeRate(figures);
    return {
      orgCode: o.code,
      orgName: o.name,
      kind: o.kind,
      ...figures,
      onTimeRate: rate === undefined ? null : Math.round(rate * 1000) / 1000,
      meanHandlingDays: t ? Math.round(Number(t.mean_days) * 10) / 10 : null,
      meanRating: figures.meanRating === undefined ? null : Math.round(figures.meanRating * 100) / 100,
      ...reviewGrade(figures),
    };
  });
  return { quarter, from: q.from, to: q.to, rule: DEFAULT_REVIEW_RULE, offices };
}
