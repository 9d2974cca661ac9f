import { randomBytes } from "node:crypto";
import {
  chinaDate,
  isValidMobile,
  maskIdNumber,
  parseResidentId,
  ticketNumber,
  ticketPriority,
  type QueuePriority,
} from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { getItem } from "../catalog/index.js";
import { publishQueueEvent } from "./events.js";
import { positionsByGroup, siteRules, siteState, waitingTickets } from "./line.js";
import { siteFor, type SiteRef } from "./queue.access.js";

export type TicketInput = {
  siteCode: string;
  itemCode?: string | undefined;
  serviceCode?: string | undefined;
  idNumber?: string | undefined;
  phone?: string | undefined;
  priority?: QueuePriority | undefined;
  /** A booked time today (staff, and later the portal's bookings); called first when due. */
  appointmentAt?: string | undefined;
};

type ServiceRow = {
  code: string;
  name: string;
  categories: string[];
  start_no: number;
  end_no: number;
  daily_cap: number | null;
};

export function servicesOf(db: Kysely<Database>, siteCode: string): Promise<ServiceRow[]> {
  return db
    .selectFrom("queue_services")
    .select(["code", "name", "categories", "start_no", "end_no", "daily_cap"])
    .where("site_code", "=", siteCode)
    .orderBy("sort_order")
    .orderBy("code")
    .execute();
}

/** The group a ticket goes to: the one named, else the one for the item's category, else the general one. */
async function chooseService(ctx: Ctx, services: ServiceRow[], input: TicketInput) {
  if (input.serviceCode) {
    const s = services.find((x) => x.code === input.serviceCode);
    if (!s)
      throw invalidField("serviceCode", "VALIDATION_FAILED.enum", {
        allowed: services.map((x) => x.code).join("/"),
      });
    return s;
  }
  const general = services.find((s) => s.categories.length === 0) ?? services[0];
  if (!general) throw new AppError("SITE_NOT_FOUND");
  if (!input.itemCode) return general;
  const { item } = await getItem(ctx, input.itemCode).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "ITEM_NOT_FOUND")
      throw invalidField("itemCode", "VALIDATION_FAILED.itemCode");
    throw e;
  });
  return services.find((s) => s.categories.includes(item.category_code)) ?? general;
}

/** Waiting tickets per service group, for the hall display and the kiosk. */
export function countByService(services: { code: string; name: string }[], counts: Map<string, number>) {
  return services.map((s) => ({ serviceCode: s.code, name: s.name, waiting: counts.get(s.code) ?? 0 }));
}

/** How many of `waiting` are in each service group. */
export function tally(waiting: { serviceCode: string }[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const t of waiting) by.set(t.serviceCode, (by.get(t.serviceCode) ?? 0) + 1);
  return by;
}

export async function waitingCounts(db: Kysely<Database>, siteCode: string, day: string) {
  const services = await servicesOf(db, siteCode);
  const counts = await db
    .selectFrom("queue_tickets")
    .select(["service_code", (eb) => eb.fn.countAll<number>().as("n")])
    .where("site_code", "=", siteCode)
    .where("day", "=", day)
    .where("status", "=", "waiting")
    .groupBy("service_code")
    .execute();
  return countByService(services, new Map(counts.map((c) => [c.service_code, Number(c.n)])));
}

/** Tells the displays how many now wait (in the caller's transaction). */
export async function publishLine(db: Kysely<Database>, siteCode: string, day: string, now: Date) {
  await publishQueueEvent(db, siteCode, "line", { waiting: await waitingCounts(db, siteCode, day) }, now);
}

/** How many wait ahead of a ticket in its group's calling order (0 = next). */
export async function aheadOf(
  db: Kysely<Database>,
  siteCode: string,
  ticketId: string,
  day: string,
  now: Date,
) {
  const [waiting, rules, state] = await Promise.all([
    waitingTickets(db, siteCode, day),
    siteRules(db, siteCode),
    siteState(db, siteCode, day),
  ]);
  const p = positionsByGroup(waiting, rules, state, now.getTime()).get(ticketId);
  return p ? p.position - 1 : 0;
}

/**
 * 取号: numbers restart every day per hall and group (A001…), from the group's
 * start number, up to its end number and daily cap. The number is drawn from a
 * counter row in the same transaction as the ticket, so two kiosks never get the
 * same number and a refused ticket uses none.
 */
export async function issueTicket(ctx: Ctx, input: TicketInput) {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const site = await siteFor(ctx.db, ctx.actor, input.siteCode, { roles: ["clerk"], deviceKinds: ["kiosk"] });
  let birthDate: string | undefined;
  let idNumber: string | undefined;
  if (input.idNumber !== undefined) {
    const id = parseResidentId(input.idNumber, now);
    if (!id.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${id.problem}`);
    birthDate = id.birthDate;
    idNumber = id.idNumber;
  }
  if (input.phone !== undefined && !isValidMobile(input.phone))
    throw invalidField("phone", "VALIDATION_FAILED.phone");
  let appointmentAt: Date | null = null;
  if (input.appointmentAt !== undefined) {
    if (ctx.actor?.type !== "staff")
      throw invalidField("appointmentAt", "VALIDATION_FAILED.appointmentByStaff");
    appointmentAt = new Date(input.appointmentAt);
    if (Number.isNaN(appointmentAt.getTime()) || chinaDate(appointmentAt) !== today)
      throw invalidField("appointmentAt", "VALIDATION_FAILED.appointmentToday");
  }
  const services = await servicesOf(ctx.db, site.code);
  const service = await chooseService(ctx, services, input);
  const { priority, derived } = ticketPriority(input.priority, birthDate, today);
  const resident = idNumber
    ? await ctx.db
        .selectFrom("residents")
        .select(["id", "phone_cipher"])
        .where("id_number_index", "=", ctx.box.blindIndex("idNumber", idNumber))
        .executeTakeFirst()
    : undefined;
  const phoneCipher = input.phone ? ctx.box.encrypt(input.phone) : (resident?.phone_cipher ?? null);

  return ctx.tx(async (db) => {
    const { last } = await db
      .insertInto("queue_day_counters")
      .values({ site_code: site.code, service_code: service.code, day: today, last: 1 })
      .onConflict((oc) =>
        oc
          .columns(["site_code", "service_code", "day"])
          .doUpdateSet((eb) => ({ last: eb("queue_day_counters.last", "+", 1) })),
      )
      .returning("last")
      .executeTakeFirstOrThrow();
    const cap = Math.min(service.daily_cap ?? Infinity, service.end_no - service.start_no + 1);
    if (last > cap) throw new AppError("QUEUE_FULL", { params: { service: service.name, cap } });
    const seq = service.start_no + last - 1;
    const number = ticketNumber(service.code, seq, service.end_no >= 1000 ? 4 : 3);
    const actor = ctx.actor!;
    const ticket = await db
      .insertInto("queue_tickets")
      .values({
        district_code: ctx.districtCode,
        site_code: site.code,
        service_code: service.code,
        day: today,
        seq,
        number,
        priority,
        priority_derived: derived,
        item_code: input.itemCode ?? null,
        resident_id: resident?.id ?? null,
        id_number_cipher: idNumber ? ctx.box.encrypt(idNumber) : null,
        id_number_index: idNumber ? ctx.box.blindIndex("idNumber", idNumber) : null,
        phone_cipher: phoneCipher,
        status: "waiting",
        issued_at: now,
        issued_by_device: actor.type === "device" ? actor.id : null,
        issued_by_staff: actor.type === "staff" ? actor.id : null,
        appointment_at: appointmentAt,
        public_token: randomBytes(12).toString("base64url"),
      })
      .returning(["id", "public_token"])
      .executeTakeFirstOrThrow();
    await publishLine(db, site.code, today, now);
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "queue.ticket.issue",
        targetType: "ticket",
        targetId: ticket.id,
        detail: { siteCode: site.code, number, priority, withId: Boolean(idNumber) },
      },
    );
    return {
      id: ticket.id,
      number,
      siteCode: site.code,
      siteName: site.name,
      serviceCode: service.code,
      serviceName: service.name,
      status: "waiting" as const,
      priority,
      priorityDerived: derived,
      ahead: await aheadOf(db, site.code, ticket.id, today, now),
      issuedAt: now,
      positionUrl: `${ctx.publicUrl}/q/${ticket.public_token}`,
    };
  });
}

/** "My place in the queue", by the slip's QR token: no personal data. */
export async function publicPosition(ctx: Ctx, token: string) {
  const t = await ctx.db
    .selectFrom("queue_tickets as t")
    .innerJoin("sites as s", "s.code", "t.site_code")
    .innerJoin("queue_services as q", (j) =>
      j.onRef("q.site_code", "=", "t.site_code").onRef("q.code", "=", "t.service_code"),
    )
    .leftJoin("counters as c", "c.id", "t.counter_id")
    .select([
      "t.id",
      "t.number",
      "t.status",
      "t.day",
      "t.issued_at",
      "t.site_code",
      "s.name as site_name",
      "q.name as service_name",
      "c.name as counter_name",
    ])
    .where("t.public_token", "=", token)
    .executeTakeFirst();
  if (!t) throw new AppError("TICKET_NOT_FOUND");
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const live = t.day === today;
  return {
    number: t.number,
    siteName: t.site_name,
    serviceName: t.service_name,
    status: live || t.status !== "waiting" ? t.status : ("expired" as const),
    ahead: live && t.status === "waiting" ? await aheadOf(ctx.db, t.site_code, t.id, today, now) : null,
    counterName: t.status === "called" ? t.counter_name : null,
    issuedAt: t.issued_at,
  };
}

/** Used by the routes: the hall of a ticket the actor may act on as a clerk. */
export async function ticketSite(ctx: Ctx, ticketId: string): Promise<SiteRef> {
  const t = await ctx.db
    .selectFrom("queue_tickets")
    .select("site_code")
    .where("id", "=", ticketId)
    .executeTakeFirst();
  if (!t) throw new AppError("TICKET_NOT_FOUND");
  return siteFor(ctx.db, ctx.actor, t.site_code, { roles: ["clerk"] }).catch(() => {
    throw new AppError("TICKET_NOT_FOUND");
  });
}

/**
 * A ticket as the clerk serving it sees it. The ID number read at the kiosk is
 * given in full only while the ticket is called (the clerk is starting intake
 * with the resident in front of them), and that read is audited.
 */
export async function ticketForClerk(ctx: Ctx, ticketId: string) {
  const site = await ticketSite(ctx, ticketId);
  const t = await ctx.db
    .selectFrom("queue_tickets")
    .select([
      "id",
      "number",
      "status",
      "priority",
      "priority_derived",
      "service_code",
      "item_code",
      "id_number_cipher",
      "issued_at",
      "counter_id",
      "recalls",
    ])
    .where("id", "=", ticketId)
    .executeTakeFirstOrThrow();
  const plain = t.id_number_cipher ? ctx.box.decrypt(t.id_number_cipher) : null;
  const full = plain !== null && t.status === "called";
  if (full) {
    await audit(
      ctx.db,
      { actor: ctx.actor, ip: ctx.ip, districtCode: ctx.districtCode, now: ctx.clock.now() },
      {
        action: "resident.read",
        targetType: "ticket",
        targetId: t.id,
        detail: { purpose: "intake from ticket" },
      },
    );
  }
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    siteCode: site.code,
    priority: t.priority,
    priorityDerived: t.priority_derived,
    serviceCode: t.service_code,
    itemCode: t.item_code,
    counterId: t.counter_id,
    recalls: t.recalls,
    issuedAt: t.issued_at,
    idNumber: full ? plain : null,
    idNumberMasked: plain ? maskIdNumber(plain) : null,
  };
}

/** Whether a ticket was taken at this hall (a case started from it must belong there). */
export async function isTicketOfSite(db: Kysely<Database>, ticketId: string, siteCode: string) {
  const t = await db
    .selectFrom("queue_tickets")
    .select("site_code")
    .where("id", "=", ticketId)
    .executeTakeFirst();
  return t?.site_code === siteCode;
}
