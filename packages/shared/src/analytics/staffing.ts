import { countersNeeded, meanWaitMinutes, offeredLoad, serviceLevel, type StaffingTarget } from "./erlang.js";

export type HourlyArrivals = {
  /** Hour of day, 0–23 (China time). */
  hour: number;
  /** Tickets issued in this hour over the observed days. */
  tickets: number;
};

export type StaffingRow = {
  hour: number;
  arrivalsPerHour: number;
  load: number;
  counters: number;
  serviceLevel: number;
  meanWaitMinutes: number;
};

/**
 * Counters needed per hour of an average working day: arrivals per hour are the
 * tickets of that hour divided by the working days observed; service time is
 * the hall's mean over the same weeks. Each row keeps its inputs so a community
 * head can see why the advice says what it says.
 */
export function staffingAdvice(
  arrivals: HourlyArrivals[],
  observedDays: number,
  serviceMinutes: number,
  target: StaffingTarget,
): StaffingRow[] {
  if (observedDays <= 0 || !(serviceMinutes > 0)) return [];
  return arrivals
    .filter((a) => a.tickets > 0)
    .sort((a, b) => a.hour - b.hour)
    .map((a) => {
      const rate = a.tickets / observedDays;
      const counters = countersNeeded(rate, serviceMinutes, target);
      return {
        hour: a.hour,
        arrivalsPerHour: round(rate, 2),
        load: round(offeredLoad(rate, serviceMinutes), 2),
        counters,
        serviceLevel: round(serviceLevel(counters, rate, serviceMinutes, target.waitMinutes), 3),
        meanWaitMinutes: round(meanWaitMinutes(counters, rate, serviceMinutes), 1),
      };
    });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
