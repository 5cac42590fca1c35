/**
 * Request headers as the mock reads them. A Fetch `Headers` fits as is; the node:http adapter reads
 * `rawHeaders` without building one. Names match case-insensitively; repeated headers read as one value
 * joined with ", " (RFC 9110 §5.3).
 */
export interface HeaderReader {
  /** The value of one header, or null when absent. */
  get(name: string): string | null;
  has(name: string): boolean;
  /** Every header, lower-cased names in sorted order, as `Headers.forEach` visits them. */
  forEach(visit: (value: string, name: string) => void): void;
}

/** What the request body reader gives back: the bytes, or how many bytes it had read when it passed the cap. */
export type BodyBytes = { bytes: Uint8Array } | { tooLarge: number };

/**
 * One request as the mock's core reads it: no Fetch objects, so a server adapter need not build any.
 * The MSW handlers and `handle()` adapt a Fetch `Request` to it; `startMockServer` adapts node:http.
 * @example
 * await mock.answer({ method: 'GET', url: `${mock.baseUrl}/Users`, headers: new Headers({ authorization: 'Bearer t' }) });
 */
export interface MockRequest {
  /** HTTP method as sent (the core compares it upper-cased). */
  method: string;
  /** Absolute URL as the client addressed the mock, e.g. `http://127.0.0.1:41234/scim/v2/Users?filter=…`. */
  url: string;
  /** Read during the request and again, for the request log, whenever requests() is called: do not change them afterwards. */
  headers: HeaderReader;
  /**
   * The body: text already read, or a reader the core calls once with the size cap (it stops reading past
   * it); undefined when the request has none.
   */
  body?: string | ((maxBytes: number) => Promise<BodyBytes>);
}

/** One answer of the mock's core: status, headers as written, and the body text ('' for none). */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A response header by name, whatever the case it was written in (the core writes `ETag`, `Location`, …). */
export function responseHeader(response: MockResponse, name: string): string | null {
  const lower = name.toLowerCase();
  for (const key in response.headers) if (key.toLowerCase() === lower) return response.headers[key]!;
  return null;
}

/**
 * A HeaderReader over a plain record (names in any case) that reads as a Fetch Headers built from it would:
 * names matched case-insensitively, visited lower-cased in sorted order, once each, a name given in several
 * cases read as one value joined with ", ". For requests the mock builds itself (Bulk operations) and the
 * embedded run's in-process requests.
 */
export function recordHeaderReader(record: Record<string, string>): HeaderReader {
  const entries = Object.entries(record).map(([name, value]) => [name.toLowerCase(), value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const get = (name: string) => {
    const lower = name.toLowerCase();
    const values = entries.filter(([key]) => key === lower).map(([, value]) => value);
    return values.length === 0 ? null : values.join(', ');
  };
  return {
    get,
    has: (name) => get(name) !== null,
    forEach: (visit) => {
      const names = [...new Set(entries.map(([name]) => name))];
      for (const name of names) visit(get(name)!, name);
    },
  };
}
