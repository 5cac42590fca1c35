import type { ScimMock } from './mock-types.ts';

/** What {@link callMock} returns: status, headers and the parsed JSON body (undefined when empty). */
export interface MockReply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/**
 * Sends one request to a mock in memory (no sockets) and parses the answer; used by the mock's tests.
 * `path` is relative to the mock's base URL (`/Users?filter=…`); a body object is sent as
 * application/scim+json unless `headers` sets Content-Type, a string body is sent as is.
 */
export async function callMock(
  mock: ScimMock,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<MockReply> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/scim+json';
  }
  const url = /^https?:/.test(path) ? path : `${mock.baseUrl}${path}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  const response = await mock.handle(new Request(url, init));
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** A minimal valid User body. */
export function userBody(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName,
    name: { givenName: 'Ada', familyName: 'Lovelace' },
    emails: [{ value: `${userName.includes('@') ? userName : `${userName}@example.com`}`, type: 'work', primary: true }],
    active: true,
    ...extra,
  };
}

/** A minimal valid Group body. */
export function groupBody(displayName: string, memberIds: string[] = []): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
    displayName,
    members: memberIds.map((value) => ({ value })),
  };
}
