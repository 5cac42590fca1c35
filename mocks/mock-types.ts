import type { HttpHandler } from 'msw';
import type { MockRequest, MockResponse } from './http/index.ts';
import type { ScimStore } from './store/index.ts';

/** The vendor a mock imitates (see ./profiles/). */
export type ProfileName = 'generic' | 'talkdesk' | 'cx' | 'deskpro';

/** An OAuth client the mock token endpoint accepts (client credentials grant). */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

/** Options of {@link createScimMock}; every field has a default. */
export interface ScimMockOptions {
  /** Base URL of the SCIM API. Default `http://scim-mock.invalid/scim/v2`. */
  baseUrl?: string;
  /** Vendor profile. Default `generic`. */
  profile?: ProfileName;
  /** Fault switch ids (see FAULTS). Default none. */
  faults?: string[];
  /** Credentials requests must carry. Default none: every request is accepted. */
  credentials?: { token?: string; basic?: { username: string; password: string } };
  /** Clients of the mock OAuth endpoint `POST {origin}/oauth/token`; setting any makes auth required. */
  oauthClients?: OAuthClient[];
  /** Talkdesk role names `rolesString` may use. Default Agent, Admin, Supervisor. */
  roles?: string[];
  /** Talkdesk team names `teamsString` may use. Default Support, Sales. */
  teams?: string[];
  /** Talkdesk licences: users created beyond this many active users get `active: false`. Default 1000. */
  licences?: number;
  /** Sliding-window rate limit answered with 429 + Retry-After. Default 4 per 1000 ms for talkdesk, off otherwise. */
  rateLimit?: { requests: number; windowMs: number } | false;
  /** Most resources one page returns (advertised as filter.maxResults). Default 1000. */
  maxResults?: number;
  /** Largest accepted request body in bytes (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Deepest accepted JSON nesting (400 beyond). Default 64. */
  maxJsonDepth?: number;
  /** How many recent requests requests() keeps. Default 10000. */
  maxRecordedRequests?: number;
  /** Clock in epoch ms (rate limit, token expiry, meta timestamps). Default Date.now. */
  now?: () => number;
  /** Id generator for new resources. Default crypto.randomUUID. */
  newId?: () => string;
  /**
   * Called after each request is answered, with its record and violations (for `serve`'s log). The record's
   * `headers` is a getter that copies them when first read; `requests()` gives plain objects.
   */
  onRequest?: (entry: RecordedRequest, violations: readonly Violation[]) => void;
}

/** One request the mock received, as recorded for client-side conformance. */
export interface RecordedRequest {
  /** 1-based sequence number. */
  seq: number;
  method: string;
  url: string;
  /** Lower-cased header names; Authorization keeps its scheme only (`Bearer [redacted]`). */
  headers: Record<string, string>;
  body: string;
  /** Status the mock answered. */
  status: number;
  /** Set when the mock itself failed (a bug in the mock, answered 500): the error message. */
  internal?: string;
}

/** Something a client did that RFC 7643/7644 does not allow. */
export interface Violation {
  /** `seq` of the request it was found in. */
  seq: number;
  method: string;
  url: string;
  /** Stable rule id, e.g. `request-media-type`, `patch-op`, `unknown-schema`. */
  rule: string;
  /** RFC section, e.g. `RFC 7644 §3.5.2`. */
  rfc: string;
  /** What was expected, what came, what to do. */
  message: string;
}

/** An in-memory SCIM 2.0 service provider. */
export interface ScimMock {
  /** MSW handlers for `setupServer(...mock.handlers)`. */
  handlers: HttpHandler[];
  /** The indexed store behind the mock (seed or inspect it directly). */
  store: ScimStore;
  /** The base URL the handlers answer under. */
  baseUrl: string;
  /** Requests received so far, oldest first. */
  requests(): RecordedRequest[];
  /** RFC violations found in those requests. */
  violations(): Violation[];
  /** Empties the store, the request log, issued tokens and rate-limit windows. */
  reset(): void;
  /** Answers one Fetch Request without msw (in-memory tests). */
  handle(request: Request): Promise<Response>;
  /**
   * Answers one plain request with a plain response, building no Fetch objects: the core that `handle()`
   * and the msw handlers adapt, and that `startMockServer` calls straight from node:http.
   */
  answer(request: MockRequest): Promise<MockResponse>;
  /** True for a URL the handlers answer (the SCIM base and, with OAuth clients, /oauth/token): `handle` and `answer` are then what msw would call. */
  serves(url: string): boolean;
}
