import { STATUS_CODES } from 'node:http';
import { sendRequest, TransportError, type SendOptions, type WireRequest, type WireResponse } from '../src/engine/http-client.ts';
import type { ScimMock } from '../mocks/index.ts';

/**
 * Sends a replayed request straight to the embedded mock's `handle()`, the function its msw handler calls,
 * instead of through node:http and msw's socket emulation. The mock answers the same; what the engine gets
 * back is what node:http would have parsed from msw's emulated socket: the mock's status with its standard
 * reason phrase, its headers as it wrote them (names in its own case), the body as UTF-8 text. msw's
 * emulation cost about three times the mock and the checks together (2.6 ms of CPU per request, about 3 s
 * of a default run; bench/results.md). URLs the mock does not serve still go through node:http and msw,
 * which answers them with the fixture's 404.
 */
export function createEmbeddedSend(mock: ScimMock, mockErrors: string[]): (request: WireRequest, options: SendOptions) => Promise<WireResponse> {
  return (request, options) => (mock.serves(request.url) ? answerInProcess(mock, mockErrors, request, options) : sendRequest(request, options));
}

async function answerInProcess(mock: ScimMock, mockErrors: string[], req: WireRequest, options: SendOptions): Promise<WireResponse> {
  const { timeoutMs = 60_000, maxBodyBytes = 10 * 1024 * 1024 } = options;
  const url = new URL(req.url);
  // The headers node:http sends for sendRequest: the request's own (a later same-named one replaces an
  // earlier), Content-Length with a body, then Host and Connection, which node adds.
  const headers: Record<string, string> = {};
  for (const [name, value] of req.headers) headers[name] = value;
  if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));
  const has = (name: string) => Object.keys(headers).some((n) => n.toLowerCase() === name);
  if (!has('host')) headers.Host = url.host;
  if (!has('connection')) headers.Connection = 'keep-alive';
  const canHaveBody = req.method.toUpperCase() !== 'GET' && req.method.toUpperCase() !== 'HEAD';
  // Bytes, not a string: a string body would make Request add `Content-Type: text/plain`, which the client never sent.
  const request = new Request(req.url, { method: req.method, headers, body: canHaveBody && req.body !== undefined ? Buffer.from(req.body, 'utf8') : null });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportError('timeout', `no complete response within ${timeoutMs} ms (--timeout-ms)`)), timeoutMs);
  });
  try {
    const response = await Promise.race([answer(mock, mockErrors, request), timeout]);
    if (response.type === 'error') throw new TransportError('other', `request to ${url.host} failed: the embedded mock answered with a network error`);
    const body = await Promise.race([response.text(), timeout]);
    if (Buffer.byteLength(body, 'utf8') > maxBodyBytes) throw new TransportError('too-large', `response body is over ${maxBodyBytes} bytes; the harness stopped reading it`);
    return { status: response.status, statusText: response.statusText || STATUS_CODES[response.status] || '', headers: rawHeaders(response.headers), body };
  } finally {
    clearTimeout(timer);
  }
}

/** As msw does for a handler that throws: the error is recorded (a harness bug) and answered with a 500. */
async function answer(mock: ScimMock, mockErrors: string[], request: Request): Promise<Response> {
  try {
    return await mock.handle(request);
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    mockErrors.push(`${request.method} ${request.url}: ${message}`);
    return new Response(JSON.stringify({ name, message, stack }), { status: 500, statusText: 'Unhandled Exception', headers: { 'Content-Type': 'application/json' } });
  }
}

/**
 * The header names as the mock wrote them. While msw intercepts node:http in this process, its interceptor
 * records each Headers object's names as given (the case node:http would then send); without it, Headers
 * only knows lower-cased names.
 */
function rawHeaders(headers: Headers): Array<[string, string]> {
  const symbol = Object.getOwnPropertySymbols(headers).find((s) => s.description === 'kRawHeaders');
  const raw = symbol ? (Reflect.get(headers, symbol) as Array<[string, string]> | undefined) : undefined;
  return Array.isArray(raw) ? raw.map(([name, value]) => [name, value]) : [...headers];
}
