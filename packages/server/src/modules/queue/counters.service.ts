import { chinaDate } from "@onewindow/shared";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { siteFor } from "./queue.access.js";

/** The counters of a hall with who sits at each and the ticket each is serving. */
export async function listSiteCounters(ctx: Ctx, siteCode: string) {
  const site = await siteFor(ctx.db, ctx.actor, siteCode, { roles: [] });
  const today = chinaDate(ctx.clock.now());
  const rows = await ctx.db
    .selectFrom("counters as c")
    .leftJoin("staff as s", "s.id", "c.staff_id")
    .leftJoin("queue_tickets as t", (j) =>
      j.onRef("t.counter_id", "=", "c.id").on("t.status", "=", "called").on("t.day", "=", today),
    )
    .select([
      "c.id",
      "c.number",
      "c.name",
      "c.kind",
      "c.status",
      "c.service_codes",
      "c.pause_reason",
      "c.status_since",
      "c.staff_id",
      "s.name as staff_name",
      "t.id as ticket_id",
      "t.number as ticket_number",
    ])
    .where("c.site_code", "=", site.code)
    .orderBy("c.number")
    .execute();
  return { site, counters: rows };
}

/** A counter of a hall where the clerk works (404 otherwise), locked for the transaction. */
export async function lockCounter(db: Kysely<Database>, ctx: Ctx, clerk: StaffActor, counterId: string) {
  const c = await db
    .selectFrom("counters")
    .selectAll()
    .where("id", "=", counterId)
    .forUpdate()
    .executeTakeFirst();
  if (!c) throw new AppError("COUNTER_NOT_FOUND");
  const site = await siteFor(db, clerk, c.site_code, { roles: ["clerk"] }).catch(() => {
    throw new AppError("COUNTER_NOT_FOUND");
  });
  return { counter: c, site };
}

type CounterChange =
  { action: "sign-in" } | { action: "pause"; reason: string } | { action: "resume" } | { action: "sign-out" };

/**
 * A clerk signs in to a counter (and out of any other), pauses it with a reason,
 * resumes, or signs out. A counter someone else is signed in to is not taken over.
 */
export async function changeCounter(ctx: Ctx, clerk: StaffActor, counterId: string, change: CounterChange) {
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const { counter } = await lockCounter(db, ctx, clerk, counterId);
    const mine = counter.staff_id === clerk.id;
    if (change.action === "sign-in") {
      if (counter.staff_id && !mine && counter.status !== "closed") {
        const other = await db
          .selectFrom("staff")
          .select("name")
          .where("id", "=", counter.staff_id)
          .executeTakeFirst();
        throw new AppError("COUNTER_TAKEN", { params: { counter: counter.name, name: other?.name ?? "" } });
      }
      await db
        .updateTable("counters")
        .set({ status: "closed", staff_id: null, pause_reason: null, status_since: now })
        .where("staff_id", "=", clerk.id)
        .where("id", "!=", counter.id)
        .execute();
      await db
        .updateTable("counters")
        .set({ status: "open", staff_id: clerk.id, pause_reason: null, status_since: now })
        .where("id", "=", counter.id)
        .execute();
    } else {
      if (!mine) throw new AppError("COUNTER_NOT_READY");
      const set =
        change.action === "pause"
          ? { status: "paused" as const, pause_reason: change.reason }
          : change.action === "resume"
            ? { status: "open" as const, pause_reason: null }
            : { status: "closed" as const, pause_reason: null, staff_id: null };
      await db
        .updateTable("counters")
        .set({ ...set, status_since: now })
        .where("id", "=", counter.id)
        .execute();
    }
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: `queue.counter.${change.action}`,
        targetType: "counter",
        targetId: counter.id,
        detail: change.action === "pause" ? { reason: change.reason } : {},
      },
    );
    const after = await db
      .selectFrom("counters")
      .select(["id", "name", "number", "status", "pause_reason"])
      .where("id", "=", counter.id)
      .executeTakeFirstOrThrow();
    return after;
  });
}

/** Sets which service groups a counter serves (null: all, a comprehensive window); hall administrators only. */
export async function setCounterServices(
  ctx: Ctx,
  admin: StaffActor,
  counterId: string,
  serviceCodes: string[] | null,
) {
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const c = await db
      .selectFrom("counters")
      .select(["id", "site_code", "name"])
      .where("id", "=", counterId)
      .executeTakeFirst();
    if (!c) throw new AppError("COUNTER_NOT_FOUND");
    await siteFor(db, admin, c.site_code, { roles: ["admin"] }).catch(() => {
      throw new AppError("COUNTER_NOT_FOUND");
    });
    if (serviceCodes) {
      const known = new Set(
        (
          await db.selectFrom("queue_services").select("code").where("site_code", "=", c.site_code).execute()
        ).map((s) => s.code),
      );
      serviceCodes.forEach((code, i) => {
        if (!known.has(code)) throw invalidField(`serviceCodes[${i}]`, "VALIDATION_FAILED.format");
      });
    }
    const codes = serviceCodes ? [...new Set(serviceCodes)].sort() : null;
    await db.updateTable("counters").set({ service_codes: codes }).where("id", "=", c.id).execute();
    await audit(
      db,
      { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "queue.counter.services",
        targetType: "counter",
        targetId: c.id,
        detail: { serviceCodes: codes },
      },
    );
    return { id: c.id, name: c.name, serviceCodes: codes };
  });
}

export type ServiceGroupInput = {
  name: string;
  categories: string[];
  startNo: number;
  endNo: number;
  dailyCap: number | null;
};

/** Adds or changes a hall's service group (prefix letter, numbering range, daily cap); hall administrators only. */
export async function saveServiceGroup(
  ctx: Ctx,
  admin: StaffActor,
  siteCode: string,
  code: string,
  input: ServiceGroupInput,
) {
  const site = await siteFor(ctx.db, admin, siteCode, { roles: ["admin"] });
  if (!/^[A-Z]$/.test(code)) throw invalidField("code", "VALIDATION_FAILED.format");
  if (input.endNo < input.startNo) throw invalidField("endNo", "VALIDATION_FAILED.range");
  const categories = await ctx.db.selectFrom("catalog_categories").select("code").execute();
  const known = new Set(categories.map((c) => c.code));
  input.categories.forEach((c, i) => {
    if (!known.has(c)) throw invalidField(`categories[${i}]`, "VALIDATION_FAILED.format");
  });
  const now = ctx.clock.now();
  const row = {
    name: input.name.trim(),
    categories: input.categories,
    start_no: input.startNo,
    end_no: input.endNo,
    daily_cap: input.dailyCap,
  };
  await ctx.tx(async (db) => {
    await db
      .insertInto("queue_services")
      // A new group goes last, so the hall's general group stays the default for walk-ins.
      .values((eb) => ({
        site_code: site.code,
        code,
        district_code: ctx.districtCode,
        ...row,
        sort_order: eb
          .selectFrom("queue_services")
          .select(sql<number>`coalesce(max(sort_order), 0) + 1`.as("next"))
          .where("site_code", "=", site.code),
      }))
      .onConflict((oc) => oc.columns(["site_code", "code"]).doUpdateSet(row))
      .execute();
    await audit(
      db,
      { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "queue.service.save", targetType: "site", targetId: site.code, detail: { code, ...input } },
    );
  });
  return { code, ...input, name: row.name };
}
