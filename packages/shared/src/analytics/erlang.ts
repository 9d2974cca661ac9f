/**
 * Erlang C (M/M/N queue): how many counters a hall needs so that a target share
 * of residents is called within a target wait. Arrivals are Poisson, service
 * times exponential — the textbook model call centres and halls plan with.
 */

/** Offered load in erlangs: arrivals per hour × mean service time in hours. */
export function offeredLoad(arrivalsPerHour: number, serviceMinutes: number): number {
  return (arrivalsPerHour * serviceMinutes) / 60;
}

/**
 * Probability that an arriving resident has to wait (Erlang C) with `counters`
 * counters at `load` erlangs; 1 when the counters cannot keep up (load ≥ counters).
 * Computed through the Erlang B recursion, which stays stable for large N.
 */
export function erlangC(counters: number, load: number): number {
  if (!Number.isInteger(counters) || counters < 0)
    throw new RangeError("counters must be a whole number ≥ 0");
  if (!(load >= 0)) throw new RangeError("load must be ≥ 0");
  if (load === 0) return 0;
  if (load >= counters) return 1;
  let b = 1;
  for (let n = 1; n <= counters; n++) b = (load * b) / (n + load * b);
  return (counters * b) / (counters - load * (1 - b));
}

/** Share of residents called within `targetMinutes` (the service level). */
export function serviceLevel(
  counters: number,
  arrivalsPerHour: number,
  serviceMinutes: number,
  targetMinutes: number,
): number {
  const load = offeredLoad(arrivalsPerHour, serviceMinutes);
  if (load === 0) return 1;
  if (load >= counters) return 0;
  const wait = erlangC(counters, load);
  return 1 - wait * Math.exp((-(counters - load) * targetMinutes) / serviceMinutes);
}

/** Mean wait in minutes before being called (ASA). */
export function meanWaitMinutes(counters: number, arrivalsPerHour: number, serviceMinutes: number): number {
  const load = offeredLoad(arrivalsPerHour, serviceMinutes);
  if (load === 0) return 0;
  if (load >= counters) return Number.POSITIVE_INFINITY;
  return (erlangC(counters, load) * serviceMinutes) / (counters - load);
}

export type StaffingTarget = {
  /** Share to be called within the target wait, e.g. 0.8. */
  share: number;
  /** Target wait in minutes, e.g. 15. */
  waitMinutes: number;
};

/** The fewest counters that meet the target (0 when nobody comes). */
export function countersNeeded(
  arrivalsPerHour: number,
  serviceMinutes: number,
  target: StaffingTarget,
): number {
  if (arrivalsPerHour <= 0) return 0;
  if (!(serviceMinutes > 0)) throw new RangeError("serviceMinutes must be > 0");
  if (!(target.share > 0 && target.share < 1)) throw new RangeError("share must be between 0 and 1");
  const load = offeredLoad(arrivalsPerHour, serviceMinutes);
  let n = Math.max(1, Math.floor(load) + 1);
  while (serviceLevel(n, arrivalsPerHour, serviceMinutes, target.waitMinutes) < target.share) n++;
  return n;
}
