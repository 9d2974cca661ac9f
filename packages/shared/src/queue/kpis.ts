import type { TicketStatus } from "./queue.js";

/** One ticket's timings in epoch milliseconds. */
export type TicketTimes = {
  status: TicketStatus;
  issuedAt: number;
  /** First call. */
  calledAt?: number | null | undefined;
  finishedAt?: number | null | undefined;
};

export type QueueKpis = {
  tickets: number;
  served: number;
  noShows: number;
  waiting: number;
  /** Minutes from taking the ticket to the first call, over called tickets. */
  avgWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  /** Minutes from call to finish, over served tickets. */
  avgServiceMinutes: number | null;
  /** No-shows over tickets that were called. */
  noShowRate: number | null;
  /** Share of called tickets called within the target wait. */
  withinTargetShare: number | null;
  targetWaitMinutes: number;
};

/** Nearest-rank percentile (the value at least p of the sample does not exceed). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** A site's day in figures (tickets, waits, service time, no-shows, share within the target wait). */
export function queueKpis(tickets: readonly TicketTimes[], targetWaitMinutes: number): QueueKpis {
  const called = tickets.filter((t) => t.calledAt != null);
  const waits = called.map((t) => (t.calledAt! - t.issuedAt) / 60_000);
  const served = tickets.filter((t) => t.status === "finished" && t.calledAt != null && t.finishedAt != null);
  const services = served.map((t) => (t.finishedAt! - t.calledAt!) / 60_000);
  const noShows = tickets.filter((t) => t.status === "no_show").length;
  return {
    tickets: tickets.length,
    served: served.length,
    noShows,
    waiting: tickets.filter((t) => t.status === "waiting").length,
    avgWaitMinutes: round1(mean(waits)),
    p90WaitMinutes: round1(percentile(waits, 90)),
    avgServiceMinutes: round1(mean(services)),
    noShowRate: called.length ? round3(noShows / called.length) : null,
    withinTargetShare: called.length
      ? round3(waits.filter((w) => w <= targetWaitMinutes).length / called.length)
      : null,
    targetWaitMinutes,
  };
}
