import type { MockRequest, MockResponse } from './mock-message.ts';
import { readStreamBytes } from './read-body.ts';

/**
 * A Fetch `Request` as the mock's core reads it (the MSW handlers and `handle()` use this adapter): its
 * headers as they are, its body read from the stream only when the core asks, up to the size cap.
 */
export function mockRequestOf(request: Request): MockRequest {
  const adapted: MockRequest = { method: request.method, url: request.url, headers: request.headers };
  const stream = request.body;
  if (stream !== null) adapted.body = (maxBytes) => readStreamBytes(stream, maxBytes);
  return adapted;
}

/** The core's answer as a Fetch `Response` (an empty body becomes no body, as for 204 and 304). */
export function fetchResponseOf(response: MockResponse): Response {
  return new Response(response.body === '' ? null : response.body, { status: response.status, headers: response.headers });
}
