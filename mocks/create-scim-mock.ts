import { randomUUID } from 'node:crypto';
import { http } from 'msw';
import { GROUP_RESOURCE_TYPE, ScimError, type SchemaDef } from './scim/index.ts';
import { LoggedRequest, RequestLog } from './conformance/index.ts';
import { PreparedFilterCache, RenderedJsonCache, routeRequest, type Exchange, type MockContext } from './endpoints/index.ts';
import { resolveBehaviour } from './faults/index.ts';
import {
  fetchResponseOf,
  isAuthorized,
  mockRequestOf,
  readBodyText,
  routeSegments,
  scimErrorResponse,
  type AuthConfig,
  type MockRequest,
  type MockResponse,
} from './http/index.ts';
import type { ScimMock, ScimMockOptions } from './mock-types.ts';
import { issueOAuthToken, selectProfile, SlidingWindowLimiter } from './profiles/index.ts';
import { createScimStore } from './store/index.ts';

/** Where the mock answers unless options.baseUrl says otherwise. */
export const DEFAULT_BASE_URL = 'http://scim-mock.invalid/scim/v2';

/**
 * Creates an in-memory SCIM 2.0 service provider (RFC 7643/7644): Users and Groups, discovery, filter,
 * sort, pagination, projection, `.search`, PUT, PATCH, ETags, uniqueness, vendor profiles, fault switches
 * and a log of what the client did wrong. Use `handlers` with msw, `handle()` with a Fetch Request, or
 * `answer()` with a plain request (what `startMockServer` does: no Fetch objects per request).
 * @example
 * const mock = createScimMock({ credentials: { token: 's3cret' } });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * // ... run the SCIM client against http://scim-mock.invalid/scim/v2 ...
 * assert.deepEqual(mock.violations(), []);
 * @throws Error for an unknown profile or fault id, or an invalid baseUrl.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export function createScimMock(options: ScimMockOptions = {}): ScimMock {
  const {
    baseUrl = DEFAULT_BASE_URL,
    faults = [],
    credentials,
    oauthClients = [],
    roles = ['Agent', 'Admin', 'Supervisor'],
    teams = ['Support', 'Sales'],
    licences = 1000,
    maxResults = 1000,
    maxBodyBytes = 1024 * 1024,
    maxJsonDepth = 64,
    maxRecordedRequests = 10_000,
    now = Date.now,
    newId = randomUUID,
  } = options;
  const base = parseBaseUrl(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const behaviour = resolveBehaviour(faults);
  const profile = selectProfile(options.profile);
  const resourceTypes = [profile.userResourceType, ...(profile.groups && behaviour.groupsSupported ? [GROUP_RESOURCE_TYPE] : [])];
  const schemas = [...new Set<SchemaDef>(resourceTypes.flatMap((rt) => [rt.schema, ...rt.extensions.map((e) => e.schema)]))];
  const store = createScimStore({ caseSensitiveUserNames: behaviour.userNameCaseSensitive, skipWidthMapping: behaviour.userNameWidthNotMapped });
  let version = 0;
  const context: MockContext = {
    store,
    behaviour,
    profile,
    settings: { roles, teams, licences },
    resourceTypes,
    schemas,
    basePath,
    maxResults,
    maxJsonDepth,
    bulk: { supported: profile.bulk && behaviour.bulkSupported, maxOperations: 1000, maxPayloadSize: maxBodyBytes },
    deletedUserNames: new Set<string>(),
    now: () => now(),
    newId,
    nextVersion: () => `W/"${++version}"`,
    renderedJson: new RenderedJsonCache(),
    preparedFilters: new PreparedFilterCache(),
  };
  const issuedTokens = new Map<string, number>();
  const auth: AuthConfig = {
    issuedTokens,
    required: credentials?.token !== undefined || credentials?.basic !== undefined || oauthClients.length > 0,
  };
  if (credentials?.token !== undefined) auth.token = credentials.token;
  if (credentials?.basic !== undefined) auth.basic = credentials.basic;
  const limit = options.rateLimit === undefined ? profile.defaultRateLimit : options.rateLimit || undefined;
  const limiter = limit ? new SlidingWindowLimiter(limit.requests, limit.windowMs) : undefined;
  const oauthEnabled = profile.oauthTokenEndpoint || oauthClients.length > 0;
  const log = new RequestLog(maxRecordedRequests);
  let counted = 0;

  async function respond(exchange: Exchange): Promise<MockResponse> {
    const body = readBodyText(exchange.request, maxBodyBytes);
    exchange.body = typeof body === 'string' ? body : await body;
    if (oauthEnabled && exchange.url.pathname.toLowerCase() === '/oauth/token') {
      return issueOAuthToken(exchange.request, exchange.body, oauthClients, issuedTokens, now());
    }
    const segments = routeSegments(exchange.url.pathname, basePath);
    if (segments === undefined) {
      throw new ScimError(404, `${exchange.url.pathname} is outside the SCIM base path ${basePath}. Point the client at ${base.origin}${basePath}.`);
    }
    counted += 1;
    if (behaviour.rateLimitEveryNth > 0 && counted % behaviour.rateLimitEveryNth === 0) {
      throw new ScimError(429, 'Too many requests.');
    }
    if (behaviour.errorBurstPerFifty > 0 && (counted - 1) % 50 >= 50 - behaviour.errorBurstPerFifty) {
      throw new ScimError(503, 'The service is overloaded (error-bursts fault).');
    }
    if (behaviour.writeDelayMs > 0 && exchange.method !== 'GET') await new Promise((resolve) => setTimeout(resolve, behaviour.writeDelayMs));
    const retryAfter = limiter?.take(now());
    if (retryAfter !== undefined) {
      return scimErrorResponse(
        behaviour,
        new ScimError(429, `Rate limit: at most ${limit ? limit.requests : 0} requests per ${limit ? limit.windowMs : 0} ms. Wait Retry-After seconds and retry.`),
        { 'Retry-After': String(retryAfter) },
      );
    }
    // RFC 7643 §5: authenticationSchemes SHOULD be readable without prior authentication.
    const publicConfig = exchange.method === 'GET' && segments.length === 1 && segments[0]!.toLowerCase() === 'serviceproviderconfig' && !behaviour.serviceProviderConfigNeedsAuth;
    if (!publicConfig && !behaviour.authAcceptsAnything && !isAuthorized(exchange.request.headers.get('authorization'), auth, now())) {
      return scimErrorResponse(
        behaviour,
        new ScimError(
          401,
          'Authorization: expected "Bearer <token>", the bare token, or "Basic base64(user:pass)" with the configured credentials; ' +
            `got ${exchange.request.headers.has('authorization') ? 'a credential that does not match' : 'no Authorization header'} (RFC 7644 §2). Check the token.`,
        ),
        behaviour.wwwAuthenticate ? { 'WWW-Authenticate': 'Bearer realm="scim-mock"' } : {},
      );
    }
    return routeRequest(context, exchange, segments);
  }

  async function answer(request: MockRequest): Promise<MockResponse> {
    const url = new URL(request.url);
    const exchange: Exchange = {
      seq: log.nextSeq(),
      request,
      url,
      method: request.method.toUpperCase(),
      body: '',
      base: `${url.origin}${basePath}`,
      violations: [],
    };
    let response: MockResponse;
    let internal: string | undefined;
    try {
      response = await respond(exchange);
    } catch (error) {
      if (error instanceof ScimError) response = scimErrorResponse(behaviour, error);
      else {
        internal = error instanceof Error ? (error.stack ?? error.message) : String(error);
        response = scimErrorResponse(
          behaviour,
          new ScimError(500, `The mock failed on ${exchange.method} ${url.pathname}: ${String((error as Error)?.message ?? error)}. This is a bug in scim-conformance's mock, not in the client; please report it.`),
        );
      }
    }
    // The record, only when something keeps or reads it (`serve --quiet` keeps none and has no onRequest).
    if (maxRecordedRequests > 0 || options.onRequest !== undefined) {
      const entry = new LoggedRequest(
        { seq: exchange.seq, method: exchange.method, url: url.href, body: exchange.body, status: response.status, internal },
        request.headers,
      );
      log.record(entry, exchange.violations);
      options.onRequest?.(entry, exchange.violations);
    }
    return response;
  }

  async function handle(request: Request): Promise<Response> {
    return fetchResponseOf(await answer(mockRequestOf(request)));
  }

  const servesUrl = (href: string) => {
    const url = new URL(href);
    if (url.origin !== base.origin) return false;
    if (oauthEnabled && url.pathname.toLowerCase() === '/oauth/token') return true;
    return routeSegmentsSafe(url.pathname, basePath);
  };

  return {
    handlers: [http.all(({ request }) => servesUrl(request.url), ({ request }) => handle(request))],
    store,
    baseUrl: `${base.origin}${basePath}`,
    requests: () => log.requests(),
    violations: () => log.violations(),
    reset() {
      store.clear();
      context.deletedUserNames.clear();
      log.clear();
      issuedTokens.clear();
      limiter?.reset();
      counted = 0;
    },
    handle,
    answer,
    serves: servesUrl,
  };
}

function parseBaseUrl(baseUrl: string): URL {
  try {
    return new URL(baseUrl);
  } catch {
    throw new Error(`createScimMock: options.baseUrl must be an absolute URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(baseUrl)}.`);
  }
}

/** True when the path is under the base path (a malformed segment still counts: the mock answers 400). */
function routeSegmentsSafe(pathname: string, basePath: string): boolean {
  try {
    return routeSegments(pathname, basePath) !== undefined;
  } catch {
    return true;
  }
}
