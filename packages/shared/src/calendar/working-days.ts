/**
 * Working-day arithmetic for statutory and promised deadlines: Monday–Friday,
 * minus official holidays, plus make-up working days (调休). Dates are calendar
 * days in China Standard Time written "YYYY-MM-DD".
 */

export type CalendarYear = {
  year: number;
  /** Days off that would otherwise be working days (法定节假日). */
  holidays: { date: string; name: string }[];
  /** Weekend days that are working days (调休上班). */
  workdays: { date: string; name: string }[];
};

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) throw new RangeError(`not a real date: ${date}`);
  return t;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The China Standard Time calendar date of an instant (China has no daylight saving). */
export function chinaDate(instant: Date): string {
  return fromUtc(instant.getTime() + 8 * 3_600_000);
}

/** An instant as ISO 8601 in China Standard Time, the way the API writes every time (`…+08:00`). */
export function isoChina(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** A due date is met until the end of that day in China. */
export function deadlineOf(date: string | null): string | null {
  return date ? `${date}T23:59:59+08:00` : null;
}

/** The instant a China calendar date begins. */
export function chinaDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export type WorkCalendar = {
  isWorkingDay(date: string): boolean;
  /** The `n`th working day after `date` (the start day itself never counts). */
  addWorkingDays(date: string, n: number): string;
  /** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
  workingDaysBetween(from: string, to: string): number;
  /** Years the calendar has data for; other years fall back to plain weekends. */
  years(): number[];
};

/** Builds a calendar from per-year holiday data; validates the data as it goes. */
export function workCalendar(years: CalendarYear[]): WorkCalendar {
  const off = new Set<string>();
  const on = new Set<string>();
  for (const y of years) {
    for (const h of y.holidays) {
      toUtc(h.date);
      if (!h.date.startsWith(`${y.year}-`)) throw new RangeError(`${h.date} is not in ${y.year}`);
      off.add(h.date);
    }
    for (const w of y.workdays) {
      toUtc(w.date);
      if (off.has(w.date)) throw new RangeError(`${w.date} is both a holiday and a working day`);
      on.add(w.date);
    }
  }
  const isWorkingDay = (date: string) => {
    if (on.has(date)) return true;
    if (off.has(date)) return false;
    const weekday = new Date(toUtc(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a whole number ≥ 0");
      let t = toUtc(date);
      let left = n;
      while (left > 0) {
        t += DAY_MS;
        if (isWorkingDay(fromUtc(t))) left--;
      }
      return fromUtc(t);
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let t = toUtc(from) + DAY_MS, end = toUtc(to); t <= end; t += DAY_MS) {
        if (isWorkingDay(fromUtc(t))) count++;
      }
      return count;
    },
    years: () => years.map((y) => y.year).sort(),
  };
}
