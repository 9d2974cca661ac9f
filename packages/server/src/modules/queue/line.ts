import {
  projectOrder,
  type OrderingRule,
  type OrderingState,
  type PickReason,
  type WaitingTicket,
} from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

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
  await db
    .insertInto("queue_site_state")
    .values({ site_code: siteCode, day, normals_since_priority: 0 })
    .onConflict((oc) => oc.column("site_code").doNothing())
    .execute();
  const row = await db
    .selectFrom("queue_site_state")
    .select(["day", "normals_since_priority"])
    .where("site_code", "=", siteCode)
    .forUpdate()
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

/** Today's waiting tickets of a hall, optionally only those a counter may call. */
export async function waitingTickets(
  db: Kysely<Database>,
  siteCode: string,
  day: string,
  counter?: { id: string; serviceCodes: string[] | null },
): Promise<LineTicket[]> {
  let q = db
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
  if (counter) {
    q = q.where((eb) =>
      eb.or([eb("target_counter_id", "is", null), eb("target_counter_id", "=", counter.id)]),
    );
    if (counter.serviceCodes) {
      const codes = counter.serviceCodes;
      // A ticket sent to this very counter is its own, whatever the group.
      q = q.where((eb) => eb.or([eb("service_code", "in", codes), eb("target_counter_id", "=", counter.id)]));
    }
  }
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
