/** The time source; domain code never calls Date.now() directly. */
export interface Clock {
  /** The current instant. */
  now(): Date
}
