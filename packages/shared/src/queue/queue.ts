/**
 * Queue rules (排队叫号): ticket numbers, priority derivation, the calling order
 * and the spoken call. Pure functions; the server locks and persists, the
 * console uses the same rules to explain "why this ticket is next".
 */

export const QUEUE_PRIORITIES = ["normal", "elderly", "disabled", "pregnant"] as const;
export type QueuePriority = (typeof QUEUE_PRIORITIES)[number];

export const QUEUE_PRIORITY_TEXT: Record<QueuePriority, string> = {
  normal: "普通",
  elderly: "老年人",
  disabled: "残疾人",
  pregnant: "孕妇",
};

export const TICKET_STATUSES = ["waiting", "called", "finished", "no_show"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Residents this old or older get elderly priority without asking (local practice; configurable per site later). */
export const ELDERLY_AGE = 70;

/** Full years between a birth date and a day, both "YYYY-MM-DD". */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The priority a ticket gets: what was asked for, except that a resident of
 * ELDERLY_AGE or more is "elderly" even when nobody asked (derived from the ID).
 */
export function ticketPriority(
  requested: QueuePriority | undefined,
  birthDate: string | undefined,
  today: string,
): { priority: QueuePriority; derived: boolean } {
  if (requested && requested !== "normal") return { priority: requested, derived: false };
  if (birthDate && ageOn(birthDate, today) >= ELDERLY_AGE) return { priority: "elderly", derived: true };
  return { priority: "normal", derived: false };
}

/** "A" + 23 → "A023" (width grows for numbers past the padding, e.g. "A1000"). */
export function ticketNumber(prefix: string, seq: number, width = 3): string {
  return `${prefix}${String(seq).padStart(width, "0")}`;
}

/** The sentence the hall display speaks and shows. */
export function callText(ticketNumber: string, counterNumber: number): string {
  return `请${ticketNumber}号到${counterNumber}号窗口办理`;
}

/** A site's calling rule; every number is the site's choice. */
export type OrderingRule = {
  /** Normal tickets called between two priority tickets while both wait ("1 priority after every N normal"); 0 = priority always first. */
  priorityEvery: number;
  /** An appointment ticket is due this many minutes before its time. */
  appointmentLeadMinutes: number;
};

export const DEFAULT_ORDERING_RULE: OrderingRule = { priorityEvery: 2, appointmentLeadMinutes: 10 };

export type WaitingTicket = {
  id: string;
  number: string;
  priority: QueuePriority;
  /** Epoch milliseconds. */
  issuedAt: number;
  appointmentAt?: number | null | undefined;
  /** Set when another counter passed the ticket on; it has already waited once. */
  transferredAt?: number | null | undefined;
};

/** Normal tickets called since the last priority ticket, at this site today. */
export type OrderingState = { normalsSincePriority: number };

export type PickReason =
  | { code: "appointment"; appointmentAt: number }
  | { code: "transferred" }
  | { code: "priorityTurn"; normalsCalled: number; every: number }
  | { code: "priorityOnly" }
  | { code: "normalTurn"; normalsCalled: number; every: number }
  | { code: "firstCome" };

export type Pick<T extends WaitingTicket = WaitingTicket> = { ticket: T; reason: PickReason };

const byTime = (key: (t: WaitingTicket) => number) => (a: WaitingTicket, b: WaitingTicket) =>
  key(a) - key(b) || a.number.localeCompare(b.number);

/**
 * The next ticket to call, and why. In order:
 * 1. appointments whose time (less the lead) has come, earliest appointment first;
 * 2. transferred tickets, in the order they were passed on (they already waited once);
 * 3. otherwise first come, first served, except that a priority ticket (elderly,
 *    disabled, pregnant) goes ahead once `priorityEvery` normal tickets have been
 *    called since the last priority one.
 */
export function pickNext<T extends WaitingTicket>(
  waiting: readonly T[],
  rule: OrderingRule,
  state: OrderingState,
  now: number,
): Pick<T> | undefined {
  const lead = rule.appointmentLeadMinutes * 60_000;
  const dueAppointments = waiting
    .filter((t) => t.appointmentAt != null && t.appointmentAt - lead <= now)
    .sort(byTime((t) => t.appointmentAt!));
  if (dueAppointments[0])
    return {
      ticket: dueAppointments[0],
      reason: { code: "appointment", appointmentAt: dueAppointments[0].appointmentAt! },
    };

  const rest = waiting.filter((t) => t.appointmentAt == null || t.appointmentAt - lead > now);
  const transferred = rest.filter((t) => t.transferredAt != null).sort(byTime((t) => t.transferredAt!));
  if (transferred[0]) return { ticket: transferred[0], reason: { code: "transferred" } };

  const fifo = byTime((t) => t.issuedAt);
  const priority = rest.filter((t) => t.priority !== "normal").sort(fifo);
  const normal = rest.filter((t) => t.priority === "normal").sort(fifo);
  const n = state.normalsSincePriority;
  const every = rule.priorityEvery;
  if (priority[0] && !normal[0]) return { ticket: priority[0], reason: { code: "priorityOnly" } };
  if (normal[0] && !priority[0]) return { ticket: normal[0], reason: { code: "firstCome" } };
  if (!priority[0] || !normal[0]) return undefined;
  if (n >= every) return { ticket: priority[0], reason: { code: "priorityTurn", normalsCalled: n, every } };
  // A priority ticket that came before every waiting normal one is simply first in line.
  if (priority[0].issuedAt < normal[0].issuedAt)
    return { ticket: priority[0], reason: { code: "firstCome" } };
  return { ticket: normal[0], reason: { code: "normalTurn", normalsCalled: n, every } };
}

/** The ordering state after calling `ticket`. */
export function afterCall(state: OrderingState, ticket: WaitingTicket): OrderingState {
  // Appointments and transfers keep their own lanes and do not move the interleaving.
  if (ticket.appointmentAt != null || ticket.transferredAt != null) return state;
  return { normalsSincePriority: ticket.priority === "normal" ? state.normalsSincePriority + 1 : 0 };
}

/** The whole waiting line in calling order (position 1 is next), each with its reason. */
export function projectOrder<T extends WaitingTicket>(
  waiting: readonly T[],
  rule: OrderingRule,
  state: OrderingState,
  now: number,
): (Pick<T> & { position: number })[] {
  const out: (Pick<T> & { position: number })[] = [];
  let left = [...waiting];
  let s = state;
  for (;;) {
    const pick = pickNext(left, rule, s, now);
    if (!pick) return out;
    out.push({ ...pick, position: out.length + 1 });
    s = afterCall(s, pick.ticket);
    left = left.filter((t) => t !== pick.ticket);
  }
}

/** Plain Chinese for a reason, shown next to the ticket on the clerk's console. */
export function pickReasonText(reason: PickReason): string {
  switch (reason.code) {
    case "appointment": {
      const t = new Date(reason.appointmentAt + 8 * 3_600_000).toISOString().slice(11, 16);
      return `预约号：预约时间 ${t} 已到，优先叫号`;
    }
    case "transferred":
      return "转办号：已在其他窗口排过队，转来后优先办理";
    case "priorityTurn":
      return `优先号：已连续叫 ${reason.normalsCalled} 个普通号，按“每 ${reason.every} 个普通号叫 1 个优先号”轮到优先号`;
    case "priorityOnly":
      return "优先号：当前没有普通号在等候";
    case "normalTurn":
      return `普通号：自上个优先号起已叫 ${reason.normalsCalled} 个普通号，未满 ${reason.every} 个，按取号先后`;
    case "firstCome":
      return "按取号先后";
  }
}
