import {
  afterCall,
  callText,
  chinaDate,
  pickNext,
  pickReasonText,
  projectOrder,
  QUEUE_PRIORITY_TEXT,
  type OrderingState,
  type PickReason,
} from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database, QueueTicketStatus } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { enqueueSms } from "../notify/index.js";
import { lockCounter } from "./counters.service.js";
import { publishQueueEvents } from "./events.js";
import {
  callableBy,
  lockSiteState,
  positionsByGroup,
  saveSiteState,
  siteRules,
  siteState,
  waitingTickets,
  type LineTicket,
  type SiteRules,
} from "./line.js";
import { countByService, publishLine, servicesOf, tally } from "./tickets.service.js";

const STATUS_TEXT: Record<QueueTicketStatus, string> = {
  waiting: "等候中",
  called: "已叫号",
  finished: "已办结",
  no_show: "已过号",
};

export type CalledTicket = {
  id: string;
  number: string;
  status: QueueTicketStatus;
  priority: string;
  counterId: string | null;
  recalls: number;
  reason?: { code: PickReason["code"]; text: string } | undefined;
};

function present(
  t: {
    id: string;
    number: string;
    status: QueueTicketStatus;
    priority: string;
    counter_id: string | null;
    recalls: number;
  },
  reason?: PickReason,
): CalledTicket {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    priority: t.priority,
    counterId: t.counter_id,
    recalls: t.recalls,
    ...(reason ? { reason: { code: reason.code, text: pickReasonText(reason) } } : {}),
  };
}

/** What the hall's displays show and speak for a call (published with the call, heard after commit). */
function callEvent(
  ticket: { id: string; number: string },
  counter: { name: string; number: number },
  now: Date,
  recall: boolean,
) {
  return {
    kind: "call" as const,
    data: {
      ticketNumber: ticket.number,
      counterName: counter.name,
      counterNumber: counter.number,
      text: callText(ticket.number, counter.number),
      recall,
      at: now.toISOString(),
    },
  };
}

/**
 * "Your turn is near": an SMS (through the outbox, once per ticket) to each
 * waiting ticket with a phone that has come within the hall's set position.
 */
async function notifyNear(
  ctx: Ctx,
  db: Kysely<Database>,
  site: { code: string; name: string },
  line: { waiting: LineTicket[]; rules: SiteRules; state: OrderingState },
  now: Date,
) {
  const { waiting, rules, state } = line;
  const positions = positionsByGroup(waiting, rules, state, now.getTime());
  const due = waiting.filter(
    (t) => t.hasPhone && (positions.get(t.id)?.position ?? Infinity) <= rules.nearPosition,
  );
  if (due.length === 0) return;
  const rows = await db
    .selectFrom("queue_tickets")
    .select(["id", "number", "phone_cipher", "public_token"])
    .where(
      "id",
      "in",
      due.map((t) => t.id),
    )
    .where("near_notified_at", "is", null)
    .execute();
  for (const r of rows) {
    await enqueueSms(
      db,
      { box: ctx.box, districtCode: ctx.districtCode, now },
      {
        key: `queue.near:${r.id}`,
        to: ctx.box.decrypt(r.phone_cipher!),
        template: "queue.near",
        params: {
          site: site.name,
          number: r.number,
          ahead: String((positions.get(r.id)?.position ?? 1) - 1),
          url: `${ctx.publicUrl}/q/${r.public_token}`,
        },
      },
    );
    await db.updateTable("queue_tickets").set({ near_notified_at: now }).where("id", "=", r.id).execute();
  }
}

/**
 * 叫号: the next ticket by the hall's rule (or the one the clerk names) goes to
 * this counter. The hall's state row is locked first, so calls at one hall are
 * handed out one at a time: no ticket reaches two counters and none is passed
 * over. The ticket the counter was serving counts as finished. Returns
 * undefined when nobody waits for this counter.
 */
export async function callNext(ctx: Ctx, clerk: StaffActor, counterId: string, ticketId?: string) {
  const now = ctx.clock.now();
  const day = chinaDate(now);
  return ctx.tx(async (db) => {
    const { counter, site } = await lockCounter(db, ctx, clerk, counterId);
    if (counter.status !== "open" || counter.staff_id !== clerk.id) throw new AppError("COUNTER_NOT_READY");
    const state = await lockSiteState(db, site.code, day);
    await db
      .updateTable("queue_tickets")
      .set({ status: "finished", finished_at: now })
      .where("counter_id", "=", counter.id)
      .where("status", "=", "called")
      .execute();
    // One read of the hall's line serves the pick, the displays' counts and the near-turn texts.
    const everyone = await waitingTickets(db, site.code, day);
    const rules = await siteRules(db, site.code);
    const waiting = everyone.filter(callableBy({ id: counter.id, serviceCodes: counter.service_codes }));
    let pick: { ticket: LineTicket; reason?: PickReason } | undefined;
    if (ticketId) {
      const chosen = waiting.find((t) => t.id === ticketId);
      if (!chosen) throw invalidField("ticketId", "VALIDATION_FAILED.ticketNotWaiting");
      pick = { ticket: chosen };
    } else {
      pick = pickNext(waiting, rules, state, now.getTime());
    }
    if (!pick) return undefined;
    const updated = await db
      .updateTable("queue_tickets")
      .set((eb) => ({
        status: "called",
        counter_id: counter.id,
        target_counter_id: null,
        called_at: now,
        first_called_at: eb.fn.coalesce("first_called_at", eb.val(now)),
        called_by: clerk.id,
      }))
      .where("id", "=", pick.ticket.id)
      .where("status", "=", "waiting")
      .returning(["id", "number", "status", "priority", "counter_id", "recalls"])
      .executeTakeFirstOrThrow();
    const nextState = afterCall(state, pick.ticket);
    await saveSiteState(db, site.code, day, nextState);
    const left = everyone.filter((t) => t.id !== pick.ticket.id);
    const waitingNow = countByService(await servicesOf(db, site.code), tally(left));
    await publishQueueEvents(
      db,
      site.code,
      [callEvent(updated, counter, now, false), { kind: "line", data: { waiting: waitingNow } }],
      now,
    );
    await notifyNear(ctx, db, site, { waiting: left, rules, state: nextState }, now);
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "queue.ticket.call",
        targetType: "ticket",
        targetId: updated.id,
        detail: { number: updated.number, counter: counter.name, rule: pick.reason?.code ?? "chosen" },
      },
    );
    return present(updated, pick.reason);
  });
}

type TicketAction =
  | { action: "recall" }
  | { action: "no-show" }
  | { action: "finish" }
  | { action: "transfer"; counterId?: string | undefined; serviceCode?: string | undefined };

const ACTION_TEXT = { recall: "重呼", "no-show": "记为过号", finish: "办结", transfer: "转办" } as const;

/**
 * What a clerk does with the ticket at their counter: call it again (重呼), mark
 * it a no-show after the hall's number of recalls, finish it, or pass it to
 * another counter or group (it then goes ahead of that line: it already waited).
 */
export async function actOnTicket(ctx: Ctx, clerk: StaffActor, ticketId: string, act: TicketAction) {
  const now = ctx.clock.now();
  const day = chinaDate(now);
  return ctx.tx(async (db) => {
    const t = await db
      .selectFrom("queue_tickets")
      .selectAll()
      .where("id", "=", ticketId)
      .forUpdate()
      .executeTakeFirst();
    if (!t || !t.counter_id) {
      if (t) throw stateError(t, act.action);
      throw new AppError("TICKET_NOT_FOUND");
    }
    const { counter, site } = await lockCounter(db, ctx, clerk, t.counter_id).catch(() => {
      throw new AppError("TICKET_NOT_FOUND");
    });
    if (t.status !== "called") throw stateError(t, act.action);
    const rules = await siteRules(db, site.code);
    let set: Partial<{ status: QueueTicketStatus; recalls: number; called_at: Date; finished_at: Date }> &
      Record<string, unknown>;
    if (act.action === "recall") {
      set = { recalls: t.recalls + 1, called_at: now };
    } else if (act.action === "no-show") {
      if (t.recalls < rules.maxRecalls)
        throw new AppError("RECALLS_NOT_DONE", { params: { needed: rules.maxRecalls, done: t.recalls } });
      set = { status: "no_show", finished_at: now };
    } else if (act.action === "finish") {
      set = { status: "finished", finished_at: now };
    } else {
      set = await transferTarget(db, site.code, counter.id, act, now);
    }
    const updated = await db
      .updateTable("queue_tickets")
      .set(set)
      .where("id", "=", t.id)
      .returning(["id", "number", "status", "priority", "counter_id", "recalls"])
      .executeTakeFirstOrThrow();
    if (act.action === "recall")
      await publishQueueEvents(db, site.code, [callEvent(updated, counter, now, true)], now);
    if (act.action === "transfer") await publishLine(db, site.code, day, now);
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: `queue.ticket.${act.action}`,
        targetType: "ticket",
        targetId: t.id,
        detail: {
          number: t.number,
          counter: counter.name,
          ...(act.action === "transfer" ? { to: set.target_counter_id ?? set.service_code } : {}),
        },
      },
    );
    return present(updated);
  });
}

async function transferTarget(
  db: Kysely<Database>,
  siteCode: string,
  fromCounterId: string,
  act: { counterId?: string | undefined; serviceCode?: string | undefined },
  now: Date,
) {
  if (!act.counterId && !act.serviceCode) throw invalidField("counterId", "VALIDATION_FAILED.required");
  let serviceCode: string | undefined;
  if (act.serviceCode) {
    const s = await db
      .selectFrom("queue_services")
      .select("code")
      .where("site_code", "=", siteCode)
      .where("code", "=", act.serviceCode)
      .executeTakeFirst();
    if (!s) throw invalidField("serviceCode", "VALIDATION_FAILED.format");
    serviceCode = s.code;
  }
  if (act.counterId) {
    const c = await db
      .selectFrom("counters")
      .select("id")
      .where("id", "=", act.counterId)
      .where("site_code", "=", siteCode)
      .executeTakeFirst();
    if (!c || c.id === fromCounterId) throw invalidField("counterId", "VALIDATION_FAILED.format");
  }
  return {
    status: "waiting" as const,
    counter_id: null,
    target_counter_id: act.counterId ?? null,
    transferred_at: now,
    ...(serviceCode ? { service_code: serviceCode } : {}),
  };
}

function stateError(t: { number: string; status: QueueTicketStatus }, action: TicketAction["action"]) {
  return new AppError("TICKET_STATE", {
    params: { number: t.number, status: STATUS_TEXT[t.status], action: ACTION_TEXT[action] },
  });
}

/** The line as a counter would call it, each ticket with why it stands where it does. */
export async function lineForCounter(ctx: Ctx, siteCode: string, counterId?: string) {
  const now = ctx.clock.now();
  const day = chinaDate(now);
  let counter: { id: string; serviceCodes: string[] | null } | undefined;
  if (counterId) {
    const c = await ctx.db
      .selectFrom("counters")
      .select(["id", "service_codes"])
      .where("id", "=", counterId)
      .where("site_code", "=", siteCode)
      .executeTakeFirst();
    if (!c) throw new AppError("COUNTER_NOT_FOUND");
    counter = { id: c.id, serviceCodes: c.service_codes };
  }
  const [waiting, rules, state, services] = await Promise.all([
    waitingTickets(ctx.db, siteCode, day).then((w) => (counter ? w.filter(callableBy(counter)) : w)),
    siteRules(ctx.db, siteCode),
    siteState(ctx.db, siteCode, day),
    servicesOf(ctx.db, siteCode),
  ]);
  const names = new Map(services.map((s) => [s.code, s.name]));
  const order = projectOrder(waiting, rules, state, now.getTime());
  return {
    rules,
    state,
    items: order.map((p) => ({
      id: p.ticket.id,
      number: p.ticket.number,
      position: p.position,
      priority: p.ticket.priority,
      priorityText: QUEUE_PRIORITY_TEXT[p.ticket.priority],
      serviceCode: p.ticket.serviceCode,
      serviceName: names.get(p.ticket.serviceCode) ?? p.ticket.serviceCode,
      issuedAt: new Date(p.ticket.issuedAt),
      waitedMinutes: Math.max(0, Math.floor((now.getTime() - p.ticket.issuedAt) / 60_000)),
      transferred: p.ticket.transferredAt != null,
      reason: p.reason.code,
      reasonText: pickReasonText(p.reason),
    })),
  };
}
