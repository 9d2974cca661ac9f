import type { BrowserContext } from "playwright-core";
import { inject } from "vitest";
import { TEST_NOW } from "../../packages/server/src/test/test-now.js";

export { TEST_NOW };

/**
 * The browser tests' "now": TEST_NOW (ONEWINDOW_TEST_NOW, or the fixed default) when the run
 * began, going on at the real pace. The demo template is seeded at TEST_NOW, and every server
 * and every browser page of the run share this one timeline, whatever day the suite runs on.
 */
export function runNow(): Date {
  return new Date(TEST_NOW.getTime() + (Date.now() - inject("runStartedAt")));
}

/**
 * Makes the pages of a browser context read runNow() from Date, so what a page works out for
 * "today" (due marks, the dashboard's months, the calendar's missing year) agrees with the
 * server. Only Date moves: timers keep running on the real clock.
 */
export async function followRunClock(context: BrowserContext): Promise<void> {
  const offsetMs = runNow().getTime() - Date.now();
  await context.addInitScript((offset: number) => {
    const RealDate = Date;
    const now = () => RealDate.now() + offset;
    // A proxy rather than a subclass: `Date()` called without `new` keeps working too.
    globalThis.Date = new Proxy(RealDate, {
      construct: (target, args: unknown[], newTarget: unknown) =>
        Reflect.construct(target, args.length > 0 ? args : [now()], newTarget as DateConstructor) as object,
      apply: () => new RealDate(now()).toString(),
      get: (target, prop, receiver) =>
        prop === "now" ? now : (Reflect.get(target, prop, receiver) as unknown),
    });
  }, offsetMs);
}
