import { redactAuthorization, type HeaderReader } from '../http/index.ts';
import type { RecordedRequest } from '../mock-types.ts';

/**
 * One answered request as the request log keeps it. Its `headers` record (lower-cased names, Authorization
 * redacted to its scheme) is built the first time it is read, not per request: `serve` answers thousands
 * of requests a second and the log is read only when asked. `toRecord()` gives the plain object
 * `requests()` returns; JSON.stringify gives the same fields.
 */
export class LoggedRequest implements RecordedRequest {
  readonly seq: number;
  readonly method: string;
  readonly url: string;
  readonly body: string;
  readonly status: number;
  declare readonly internal?: string;
  #source: HeaderReader;
  #headers: Record<string, string> | undefined;
  #record: RecordedRequest | undefined;

  constructor(fields: Omit<RecordedRequest, 'headers' | 'internal'> & { internal: string | undefined }, headers: HeaderReader) {
    this.seq = fields.seq;
    this.method = fields.method;
    this.url = fields.url;
    this.body = fields.body;
    this.status = fields.status;
    if (fields.internal !== undefined) this.internal = fields.internal;
    this.#source = headers;
  }

  get headers(): Record<string, string> {
    return (this.#headers ??= recordHeaders(this.#source));
  }

  /** The plain RecordedRequest (the same object on every call). */
  toRecord(): RecordedRequest {
    if (this.#record) return this.#record;
    const record: RecordedRequest = { seq: this.seq, method: this.method, url: this.url, headers: this.headers, body: this.body, status: this.status };
    if (this.internal !== undefined) record.internal = this.internal;
    return (this.#record = record);
  }

  toJSON(): RecordedRequest {
    return this.toRecord();
  }
}

function recordHeaders(headers: HeaderReader): Record<string, string> {
  const recorded: Record<string, string> = {};
  headers.forEach((value, name) => {
    recorded[name] = name === 'authorization' ? redactAuthorization(value) : value;
  });
  return recorded;
}
