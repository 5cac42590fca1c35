/**
 * A sliding-window limiter: at most `requests` accepted in any `windowMs`. Rejected requests do not
 * count. `retryAfterSeconds` is how long until the oldest accepted request leaves the window (at least 1).
 */
export class SlidingWindowLimiter {
  #accepted: number[] = [];

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
  ) {}

  /** Accepts the request (returns undefined) or returns the Retry-After seconds. */
  take(now: number): number | undefined {
    while (this.#accepted.length > 0 && this.#accepted[0]! <= now - this.windowMs) this.#accepted.shift();
    if (this.#accepted.length < this.requests) {
      this.#accepted.push(now);
      return undefined;
    }
    return Math.max(1, Math.ceil((this.#accepted[0]! + this.windowMs - now) / 1000));
  }

  reset(): void {
    this.#accepted = [];
  }
}
