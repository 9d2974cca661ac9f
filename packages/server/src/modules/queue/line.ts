import {
  projectOrder,
  type OrderingRule,
  type OrderingState,
  type PickReason,
  type WaitingTicket,
} from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { siteFor } from "./queue.access.js";

export type SiteRules = OrderingRule & {
  maxRecalls: number;
  nearPosition: number;
  targetWaitMinutes: number;
  notice: string;
};

export type LineTicket = WaitingTicket & {
  serviceCode: string;
  targetCounterId: string | null;
  hasPhone: boolean;
};

export async function siteRules(db: Kysely<Database>, siteCode: string): Promise<SiteRules> {
  const r = await db
    .selectFrom("queue_rules")
    .selectAll()
    .where("site_code", "=", siteCode)
    .executeTakeFirst();
  return {
    priorityEvery: r?.priority_every ?? 2,
    appointmentLeadMinutes: r?.appointment_lead_minutes ?? 10,
    maxRecalls: r?.max_recalls ?? 2,
    nearPosition: r?.near_position ?? 3,
    targetWaitMinutes: r?.target_wait_minutes ?? 15,
    notice: r?.notice ?? "",
  };
}

/** Today's interleaving state of a hall (a new day starts from zero). */
export async function siteState(db: Kysely<Database>, siteCode: string, day: string): Promise<OrderingState> {
  const row = await db
    .selectFrom("queue_site_state")
    .select(["day", "normals_since_priority"])
    .where("site_code", "=", siteCode)
    .executeTakeFirst();
  return { normalsSincePriority: row && row.day === day ? row.normals_since_priority : 0 };
}

/**
 * Locks the hall's state row for the rest of the transaction. Every call at a
 * hall takes this lock first, so calls are handed out one at a time: no ticket
 * goes to two counters and the order rule sees every earlier call.
 */
export async function lockSiteState(
  db: Kysely<Database>,
  siteCode: string,
  day: string,
): Promise<OrderingState> {
  // Insert-or-touch in one statement: either way the row is locked until commit.
  const row = await db
    .insertInto("queue_site_state")
    .values({ site_code: siteCode, day, normals_since_priority: 0 })
    .onConflict((oc) => oc.column("site_code").doUpdateSet((eb) => ({ day: eb.ref("queue_site_state.day") })))
    .returning(["day", "normals_since_priority"])
    .executeTakeFirstOrThrow();
  return { normalsSincePriority: row.day === day ? row.normals_since_priority : 0 };
}

export async function saveSiteState(
  db: Kysely<Database>,
  siteCode: string,
  day: string,
  state: OrderingState,
) {
  await db
    .updateTable("queue_site_state")
    .set({ day, normals_since_priority: state.normalsSincePriority })
    .where("site_code", "=", siteCode)
    .execute();
}

/** What a counter may call: tickets sent to it, else those of the groups it serves (all, for a comprehensive window). */
export function callableBy(counter: { id: string; serviceCodes: string[] | null }) {
  return (t: LineTicket) =>
    t.targetCounterId === counter.id ||
    (t.targetCounterId === null && (counter.serviceCodes?.includes(t.serviceCode) ?? true));
}

/** Today's waiting tickets of a hall. */
export async function waitingTickets(
  db: Kysely<Database>,
  siteCode: string,
  day: string,
): Promise<LineTicket[]> {
  const q = db
    .selectFrom("queue_tickets")
    .select([
      "id",
      "number",
      "priority",
      "issued_at",
      "appointment_at",
      "transferred_at",
      "service_code",
      "target_counter_id",
      "phone_cipher",
    ])
    .where("site_code", "=", siteCode)
    .where("day", "=", day)
    .where("status", "=", "waiting");
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    priority: r.priority,
    issuedAt: new Date(r.issued_at).getTime(),
    appointmentAt: r.appointment_at ? new Date(r.appointment_at).getTime() : null,
    transferredAt: r.transferred_at ? new Date(r.transferred_at).getTime() : null,
    serviceCode: r.service_code,
    targetCounterId: r.target_counter_id,
    hasPhone: r.phone_cipher !== null,
  }));
}

/**
 * How many wait ahead of each ticket: its place in the calling order among the
 * tickets of its own service group (the counters that serve a group call it in
 * that order).
 */
export function positionsByGroup(
  waiting: readonly LineTicket[],
  rules: OrderingRule,
  state: OrderingState,
  now: number,
): Map<string, { position: number; reason: PickReason }> {
  const out = new Map<string, { position: number; reason: PickReason }>();
  const groups = new Map<string, LineTicket[]>();
  for (const t of waiting) {
    const g = groups.get(t.serviceCode) ?? [];
    g.push(t);
    groups.set(t.serviceCode, g);
  }
  for (const group of groups.values()) {
    for (const p of projectOrder(group, rules, state, now))
      out.set(p.ticket.id, { position: p.position, reason: p.reason });
  }
  return out;
}

/** Stores a hall's rule (an administrator of the hall only), audited. */
export async function saveSiteRules(
  ctx: Ctx,
  admin: StaffActor,
  siteCode: string,
  rules: SiteRules,
): Promise<SiteRules> {
  const site = await siteFor(ctx.db, admin, siteCode, { roles: ["admin"] });
  const now = ctx.clock.now();
  const row = {
    priority_every: rules.priorityEvery,
    appointment_lead_minutes: rules.appointmentLeadMinutes,
    max_recalls: rules.maxRecalls,
    near_position: rules.nearPosition,
    target_wait_minutes: rules.targetWaitMinutes,
    notice: rules.notice.trim(),
    updated_at: now,
  };
  await ctx.tx(async (db) => {
    await db
      .insertInto("queue_rules")
      .values({ site_code: site.code, ...row })
      .onConflict((oc) => oc.column("site_code").doUpdateSet(row))
      .execute();
    await audit(
      db,
      { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "queue.rules.update", targetType: "site", targetId: site.code, detail: { ...rules } },
    );
  });
  return siteRules(ctx.db, site.code);
}
