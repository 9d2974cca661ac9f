/** The only source of "now" in the server; tests and --test-clock mode replace it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that can be set. After `set(t)` time goes on from `t` at the real
 * pace, so a demo or an end-to-end test can jump to a date and keep working.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly real: Clock = systemClock) {}
  now(): Date {
    return new Date(this.real.now().getTime() + this.offsetMs);
  }
  set(to: Date): void {
    this.offsetMs = to.getTime() - this.real.now().getTime();
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
