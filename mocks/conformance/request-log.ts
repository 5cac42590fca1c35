import type { RecordedRequest, Violation } from '../mock-types.ts';
import type { LoggedRequest } from './logged-request.ts';

/** The requests and violations a mock recorded, keeping the most recent `limit` requests. */
export class RequestLog {
  #requests: LoggedRequest[] = [];
  #violations: Violation[] = [];
  #seq = 0;

  constructor(private readonly limit: number) {}

  /** The sequence number for the next request. */
  nextSeq(): number {
    return ++this.#seq;
  }

  /** Records one answered request and what it violated. */
  record(entry: LoggedRequest, violations: readonly Violation[]): void {
    this.#requests.push(entry);
    this.#violations.push(...violations);
    if (this.#requests.length > this.limit * 2) {
      this.#requests = this.#requests.slice(-this.limit);
      const oldest = this.#requests[0]!.seq;
      this.#violations = this.#violations.filter((violation) => violation.seq >= oldest);
    }
  }

  /** The kept requests, oldest first, as plain records. */
  requests(): RecordedRequest[] {
    return this.#requests.slice(-this.limit).map((entry) => entry.toRecord());
  }

  violations(): Violation[] {
    const kept = this.#requests.slice(-this.limit);
    const oldest = kept.length > 0 ? kept[0]!.seq : this.#seq + 1;
    return this.#violations.filter((violation) => violation.seq >= oldest);
  }

  clear(): void {
    this.#requests = [];
    this.#violations = [];
  }
}
