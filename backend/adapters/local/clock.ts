import type { Clock } from '../../ports/clock'

/** The real time. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock tests (and demos) move by hand. */
export class ManualClock implements Clock {
  private current: Date
  /** Start at the given instant. */
  constructor(start: Date | string) {
    this.current = new Date(start)
  }
  now(): Date {
    return new Date(this.current)
  }
  /** Move forward by the given milliseconds. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms)
  }
  /** Jump to an instant. */
  set(instant: Date | string): void {
    this.current = new Date(instant)
  }
}
