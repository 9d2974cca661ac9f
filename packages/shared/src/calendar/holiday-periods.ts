import type { CalendarYear } from "./working-days.js";

/** The festivals of the State Council's yearly notice, in calendar order. */
export const FESTIVALS = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"] as const;

const WORKDAY_SUFFIX = "调休上班";

/** The name a make-up working day gets for a festival, as the notice says it: 春节调休上班. */
export function workdayName(festival: string): string {
  return `${festival}${WORKDAY_SUFFIX}`;
}

/** The festival a make-up working day belongs to, or "" when its name does not say. */
export function festivalOfWorkday(name: string): string {
  return name.endsWith(WORKDAY_SUFFIX) ? name.slice(0, -WORKDAY_SUFFIX.length) : "";
}

/** 0 = Sunday … 6 = Saturday, for a "YYYY-MM-DD" date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export type FestivalArrangement = {
  name: string;
  /** Runs of consecutive days off, each from–to inclusive. */
  periods: { from: string; to: string; days: number }[];
  /** Weekend days worked in exchange. */
  workdays: string[];
};

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A year's data read back the way the notice is written — "春节：2月15日至23日放假，共9天；
 * 2月14日、2月28日上班" — so an administrator can check an entry against the published text.
 * Festivals come in the order of their first day; make-up days join the festival they name.
 */
export function festivalArrangements(year: CalendarYear): FestivalArrangement[] {
  const byName = new Map<string, FestivalArrangement>();
  const of = (name: string) => {
    let a = byName.get(name);
    if (!a) byName.set(name, (a = { name, periods: [], workdays: [] }));
    return a;
  };
  for (const h of [...year.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const periods = of(h.name).periods;
    const last = periods.at(-1);
    if (last && nextDay(last.to) === h.date) {
      last.to = h.date;
      last.days++;
    } else periods.push({ from: h.date, to: h.date, days: 1 });
  }
  for (const w of [...year.workdays].sort((a, b) => a.date.localeCompare(b.date))) {
    of(festivalOfWorkday(w.name) || w.name).workdays.push(w.date);
  }
  const first = (a: FestivalArrangement) => a.periods[0]?.from ?? a.workdays[0] ?? "";
  return [...byName.values()].sort((a, b) => first(a).localeCompare(first(b)));
}
