import { chinaDate, chinaDayStart } from "@onewindow/shared";

/** A Wednesday morning in Changsha, an ordinary working day of a year whose calendar is bundled. */
export const DEFAULT_TEST_NOW = "2026-11-18T10:00:00+08:00";

/**
 * The moment every test app's clock starts at, so the suite never depends on the day it runs:
 * demo data (today's waiting tickets, cases accepted some days ago) is dated from here.
 * `ONEWINDOW_TEST_NOW` (ISO 8601 with an offset) moves it — CI runs the suite at two such
 * moments, one at a year's end — and only the test helpers read it.
 */
export const TEST_NOW: Date = testNowFrom(process.env.ONEWINDOW_TEST_NOW);

export function testNowFrom(value: string | undefined): Date {
  const text = value?.trim() || DEFAULT_TEST_NOW;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
    throw new Error(
      `ONEWINDOW_TEST_NOW must be ISO 8601 with an offset, e.g. ${DEFAULT_TEST_NOW}; got "${text}"`,
    );
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`ONEWINDOW_TEST_NOW is not a real moment: "${text}"`);
  return at;
}

/**
 * A China-time moment `days` calendar days after TEST_NOW's day, at `time` (HH:MM, Beijing).
 * For tests that need a day of their own: demo data lies on or before TEST_NOW's day, so from
 * a week later on nothing but the test's own rows are dated there.
 */
export function daysAfterTestNow(days: number, time = "09:00"): Date {
  const start = chinaDayStart(chinaDate(TEST_NOW));
  const [h, m] = time.split(":").map(Number) as [number, number];
  return new Date(start.getTime() + days * 86_400_000 + (h * 60 + m) * 60_000);
}
