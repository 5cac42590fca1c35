import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyBytes, HeaderReader, MockRequest, MockResponse } from './mock-message.ts';

/** Methods a Fetch Request refuses (the Fetch standard's forbidden methods that reach a request handler). */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

/**
 * Request headers read straight from node's `rawHeaders`: the same answers as a Fetch `Headers` built from
 * them (case-insensitive names, repeats joined with ", ", sorted lower-case names in forEach), without
 * building one per request.
 */
export class RawHeaders implements HeaderReader {
  readonly #raw: readonly string[];

  constructor(raw: readonly string[]) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const raw = this.#raw;
    const lower = name.toLowerCase();
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i]!;
      if (key.length === lower.length && (key === lower || key.toLowerCase() === lower)) value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
    }
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  forEach(visit: (value: string, name: string) => void): void {
    const raw = this.#raw;
    const joined = new Map<string, string[]>();
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const values = joined.get(name);
      if (values) values.push(raw[i + 1]!);
      else joined.set(name, [raw[i + 1]!]);
    }
    for (const name of [...joined.keys()].sort()) {
      const values = joined.get(name)!;
      // Headers.forEach visits each Set-Cookie on its own and joins the others.
      if (name === 'set-cookie') for (const value of values) visit(value, name);
      else visit(values.join(', '), name);
    }
  }
}

/**
 * A node:http request as the mock's core reads it, without Fetch objects: the URL resolved against the
 * listening origin as `new Request(req.url, origin)` would, headers over `rawHeaders`, and a body reader
 * that stops collecting past the cap (GET and HEAD bodies are not read, as a Fetch Request has none).
 * @throws Error for a method a Fetch Request refuses (TRACE, TRACK), so the server answers 400 as before.
 */
export function mockRequestOfNode(req: IncomingMessage, origin: string): MockRequest {
  const method = req.method ?? 'GET';
  if (FORBIDDEN_METHODS.has(method)) throw new Error(`'${method}' HTTP method is unsupported`);
  const target = req.url ?? '/';
  // "/path?query" (not "//host" nor "/\host") resolves to origin + target; anything else goes through the URL parser.
  const second = target.charCodeAt(1);
  const url = target.charCodeAt(0) === 47 && second !== 47 && second !== 92 ? origin + target : new URL(target, origin).href;
  const request: MockRequest = { method, url, headers: new RawHeaders(req.rawHeaders) };
  if (method !== 'GET' && method !== 'HEAD') request.body = (maxBytes) => readNodeBody(req, maxBytes);
  return request;
}

/** Collects a request body up to `maxBytes`; past that it stops keeping bytes and lets the rest drain. */
function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<BodyBytes> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      done();
      req.resume();
      resolve({ tooLarge: size });
    };
    const onEnd = () => {
      done();
      resolve({ bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Writes the core's answer in one `writeHead` + `end` (Content-Length set, no chunked encoding). When the
 * request body was not read to its end (413), the connection closes: the client's next keep-alive request
 * would otherwise be read from the middle of this one's body. (A request without a body is not complete
 * yet while its 'request' event runs, so `complete` alone would close keep-alive connections for nothing.)
 */
export function writeMockResponse(req: IncomingMessage, res: ServerResponse, response: MockResponse): void {
  const headers: Record<string, string | number> = { ...response.headers };
  const { status, body } = response;
  if (status !== 204 && status !== 304 && status >= 200) headers['Content-Length'] = Buffer.byteLength(body);
  if (!req.complete && hasBody(req)) headers['Connection'] = 'close';
  res.writeHead(status, headers);
  res.end(body);
}

/** Whether the request announced a body (Content-Length above 0, or a Transfer-Encoding). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}
