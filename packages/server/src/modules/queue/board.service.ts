import { chinaDate, chinaDayStart, queueKpis } from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import { siteRules } from "./line.js";
import { siteFor } from "./queue.access.js";
import { servicesOf, waitingCounts } from "./tickets.service.js";

/** What a hall display shows when it (re)connects: the latest calls, who waits, the notice line. */
export async function boardSnapshot(db: Kysely<Database>, site: { code: string; name: string }, now: Date) {
  const day = chinaDate(now);
  const [calls, waiting, rules, last] = await Promise.all([
    db
      .selectFrom("queue_events")
      .select(["id", "payload"])
      .where("site_code", "=", site.code)
      .where("kind", "=", "call")
      .where("at", ">=", chinaDayStart(day))
      .orderBy("id", "desc")
      .limit(8)
      .execute(),
    waitingCounts(db, site.code, day),
    siteRules(db, site.code),
    db
      .selectFrom("queue_events")
      .select((eb) => eb.fn.max("id").as("id"))
      .where("site_code", "=", site.code)
      .executeTakeFirst(),
  ]);
  return {
    lastEventId: Number(last?.id ?? 0),
    board: {
      siteCode: site.code,
      siteName: site.name,
      notice: rules.notice,
      serverTime: now.toISOString(),
      recentCalls: calls.map((c) => c.payload),
      waiting,
    },
  };
}

/** A hall's queue figures for one day, overall and per service group. */
export async function siteKpis(ctx: Ctx, siteCode: string, date: string | undefined) {
  const site = await siteFor(ctx.db, ctx.actor, siteCode, { roles: [] });
  const day = date ?? chinaDate(ctx.clock.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw invalidField("date");
  const [rows, rules, services] = await Promise.all([
    ctx.db
      .selectFrom("queue_tickets")
      .select(["service_code", "status", "issued_at", "first_called_at", "finished_at"])
      .where("site_code", "=", site.code)
      .where("day", "=", day)
      .execute(),
    siteRules(ctx.db, site.code),
    servicesOf(ctx.db, site.code),
  ]);
  const times = rows.map((r) => ({
    service: r.service_code,
    status: r.status,
    issuedAt: new Date(r.issued_at).getTime(),
    calledAt: r.first_called_at ? new Date(r.first_called_at).getTime() : null,
    finishedAt: r.finished_at ? new Date(r.finished_at).getTime() : null,
  }));
  return {
    siteCode: site.code,
    siteName: site.name,
    date: day,
    ...queueKpis(times, rules.targetWaitMinutes),
    byService: services.map((s) => ({
      serviceCode: s.code,
      name: s.name,
      ...queueKpis(
        times.filter((t) => t.service === s.code),
        rules.targetWaitMinutes,
      ),
    })),
  };
}
