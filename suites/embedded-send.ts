import { STATUS_CODES } from 'node:http';
import { sendRequest, TransportError, type SendOptions, type WireRequest, type WireResponse } from '../src/engine/http-client.ts';
import type { MockRequest, MockResponse, ScimMock } from '../mocks/index.ts';
import { recordHeaderReader } from '../mocks/http/index.ts';

/**
 * Sends a replayed request straight to the embedded mock's core (`answer()`, which its msw handler adapts
 * a Fetch Request to), instead of through node:http and msw's socket emulation, and without building Fetch
 * objects. The mock answers the same; what the engine gets back is what node:http would have parsed from
 * msw's emulated socket: the mock's status with its standard reason phrase, its headers as it wrote them
 * (names in its own case, in its order), the body as text. msw's emulation cost about three times the mock
 * and the checks together (about 3 s of CPU in a default run; bench/results.md). URLs the mock does not
 * serve still go through node:http and msw, which answers them with the fixture's 404.
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
  const method = req.method.toUpperCase();
  const request: MockRequest = { method: req.method, url: req.url, headers: recordHeaderReader(headers) };
  // Bytes through the core's reader, as from a socket: the mock decodes them (UTF-8, or ISO-8859-1 with a fault).
  if (method !== 'GET' && method !== 'HEAD' && req.body !== undefined) {
    const bytes = Buffer.from(req.body, 'utf8');
    request.body = async (maxBytes) => (bytes.byteLength > maxBytes ? { tooLarge: bytes.byteLength } : { bytes });
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportError('timeout', `no complete response within ${timeoutMs} ms (--timeout-ms)`)), timeoutMs);
  });
  try {
    const response = await Promise.race([answer(mock, mockErrors, request), timeout]);
    if (Buffer.byteLength(response.body, 'utf8') > maxBodyBytes) throw new TransportError('too-large', `response body is over ${maxBodyBytes} bytes; the harness stopped reading it`);
    return { status: response.status, statusText: response.statusText ?? STATUS_CODES[response.status] ?? '', headers: Object.entries(response.headers), body: response.body };
  } finally {
    clearTimeout(timer);
  }
}

/** As msw does for a handler that throws: the error is recorded (a harness bug) and answered with a 500. */
async function answer(mock: ScimMock, mockErrors: string[], request: MockRequest): Promise<MockResponse & { statusText?: string }> {
  try {
    return await mock.answer(request);
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    mockErrors.push(`${request.method} ${request.url}: ${message}`);
    return { status: 500, statusText: 'Unhandled Exception', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, message, stack }) };
  }
}
