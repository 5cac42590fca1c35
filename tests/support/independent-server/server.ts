import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isObject, toArray, type Json } from './attribute-path.ts';
import { resourceTypes, schemaResources, serviceProviderConfig } from './discovery.ts';
import { matchesFilter, parseFilter, parseQuery, projectAttributes } from './query-filter.ts';
import { GROUP_KIND, renderResource, ResourceStore, USER_KIND } from './resource-store.ts';
import { errorBody, ScimError } from './scim-error.ts';

export interface IndependentServerOptions {
  /** Bearer token clients must present; default 'independent-token'. */
  token?: string;
  /** Path prefix of the SCIM endpoints; default '/scim/v2'. */
  basePath?: string;
  /** Serve /Groups; default true. */
  groups?: boolean;
}

/** One request exactly as it arrived on the wire. */
export interface RecordedRequest {
  method: string;
  /** Raw path + query, undecoded. */
  url: string;
  headers: Record<string, string | string[]>;
  rawHeaders: string[];
  body: string;
}

export interface IndependentServer {
  /** e.g. http://127.0.0.1:PORT/scim/v2 */
  url: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const BODY_TYPES = ['application/scim+json', 'application/json'];

/**
 * Starts an in-memory SCIM 2.0 service provider on 127.0.0.1 (random port), written from RFC 7643/7644 and
 * sharing no code with mocks/ or src/, so IdP replays can be checked against a second implementation.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function startIndependentServer(options: IndependentServerOptions = {}): Promise<IndependentServer> {
  const { token = 'independent-token', basePath = '/scim/v2', groups = true } = options;
  const base = basePath.replace(/\/+$/, '');
  const requests: RecordedRequest[] = [];
  let baseUrl = '';
  const users = new ResourceStore(USER_KIND, (id) => `${baseUrl}/Users/${id}`);
  const groupStore = groups ? new ResourceStore(GROUP_KIND, (id) => `${baseUrl}/Groups/${id}`) : undefined;

  const userGroups = (userId: unknown): Json[] =>
    [...(groupStore?.items.values() ?? [])]
      .filter((g) => toArray(g.members).some((m) => isObject(m) && m.value === userId))
      .map((g) => ({ value: g.id, $ref: (g.meta as Json).location, display: g.displayName, type: 'direct' }));
  const render = (store: ResourceStore, r: Json) => {
    const memberships = store === users ? userGroups(r.id) : [];
    return renderResource(r, store.kind, memberships.length ? { groups: memberships } : {});
  };

  function handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, body: string): Reply {
    const q = rawUrl.indexOf('?');
    const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const params = parseQuery(q < 0 ? '' : rawUrl.slice(q + 1));
    if (rawPath !== base && !rawPath.startsWith(`${base}/`)) throw notFound(rawPath);
    const [endpoint, id, extra] = rawPath.slice(base.length).split('/').filter(Boolean).map(decodeSegment);
    if (extra !== undefined) throw notFound(rawPath);

    const discovery = discover(endpoint, id);
    if (discovery) {
      if (method !== 'GET') throw notAllowed(method, rawPath);
      return { status: 200, body: discovery };
    }
    if (!authorized(headers.authorization, token)) {
      throw new ScimError(401, undefined, `${method} ${rawPath}: expected "Authorization: Bearer <token>", got ${headers.authorization ? 'a different credential' : 'no Authorization header'}. RFC 7644 §2 requires authentication. Configure the IdP with the server's token.`);
    }
    const store = endpoint === 'Users' ? users : endpoint === 'Groups' ? groupStore : undefined;
    if (!store) throw notFound(rawPath);
    const out = (r: Json) => projectAttributes(render(store, r), params);

    if (method === 'GET' && id) return { status: 200, body: out(store.get(id)) };
    if (method === 'GET') {
      const terms = params.has('filter') ? parseFilter(params.get('filter')!) : [];
      const all = [...store.items.values()].map((r) => render(store, r)).filter((r) => matchesFilter(r, terms));
      const startIndex = Math.max(1, intParam(params.get('startindex'), 1));
      const count = Math.min(200, Math.max(0, intParam(params.get('count'), 100)));
      const page = all.slice(startIndex - 1, startIndex - 1 + count).map((r) => projectAttributes(r, params));
      return { status: 200, body: { schemas: [LIST_URN], totalResults: all.length, itemsPerPage: page.length, startIndex, Resources: page } };
    }
    if (method === 'POST' && !id) {
      const created = store.create(readJson(headers, body, method, rawPath));
      return { status: 201, body: out(created), headers: { Location: String((created.meta as Json).location) } };
    }
    if (!id || !['PUT', 'PATCH', 'DELETE'].includes(method)) throw notAllowed(method, rawPath);
    if (method === 'PUT') return { status: 200, body: out(store.replace(id, readJson(headers, body, method, rawPath))) };
    if (method === 'PATCH') return { status: 200, body: out(store.patch(id, readJson(headers, body, method, rawPath))) };
    store.delete(id);
    for (const g of store === users ? (groupStore?.items.values() ?? []) : []) {
      const kept = toArray(g.members).filter((m) => !isObject(m) || m.value !== id);
      if (kept.length) g.members = kept;
      else delete g.members;
    }
    return { status: 204 };
  }

  function discover(endpoint: string | undefined, id: string | undefined): Json | undefined {
    const list = (items: Json[]) => {
      if (id === undefined) return { schemas: [LIST_URN], totalResults: items.length, itemsPerPage: items.length, startIndex: 1, Resources: items };
      const found = items.find((i) => i.id === id);
      if (!found) throw new ScimError(404, undefined, `${endpoint}/${id}: expected a known id, found none. RFC 7644 §4. List ${endpoint} to see the ids.`);
      return found;
    };
    if (endpoint === 'ServiceProviderConfig' && id === undefined) return serviceProviderConfig(baseUrl);
    if (endpoint === 'ResourceTypes') return list(resourceTypes(baseUrl, groups));
    if (endpoint === 'Schemas') return list(schemaResources(baseUrl, groups));
    return undefined;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const method = req.method ?? '';
      const url = req.url ?? '';
      const headers = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string | string[]] => e[1] !== undefined));
      requests.push({ method, url, headers, rawHeaders: [...req.rawHeaders], body });
      let reply: Reply;
      try {
        reply = handle(method, url, req.headers, body);
      } catch (error) {
        const e = error instanceof ScimError ? error : new ScimError(500, undefined, `${method} ${url}: the independent server failed: ${String(error)}. This is a bug in tests/support/independent-server. Report it.`);
        reply = { status: e.status, body: errorBody(e.status, e.scimType, e.message), headers: e.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {} };
      }
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...(payload ? { 'Content-Type': 'application/scim+json', 'Content-Length': String(Buffer.byteLength(payload)) } : {}), ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  return {
    url: baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Accepts `Bearer <token>` (scheme case-insensitive, RFC 6750 §2.1 / RFC 7235 §2.1) or the bare token. */
function authorized(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const bearer = /^bearer\s+(.+)$/i.exec(header.trim());
  return (bearer ? bearer[1]!.trim() : header.trim()) === token;
}

function readJson(headers: IncomingHttpHeaders, body: string, method: string, path: string): Json {
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !BODY_TYPES.includes(type)) {
    throw new ScimError(415, undefined, `${method} ${path}: expected Content-Type application/scim+json or application/json, got ${type}. RFC 7644 §3.1 names application/scim+json. Send JSON.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ScimError(400, 'invalidSyntax', `${method} ${path}: expected a JSON body, got ${body ? 'malformed JSON' : 'an empty body'}. RFC 7644 §3.12 answers invalidSyntax. Send a valid JSON object.`);
  }
  if (!isObject(parsed)) throw new ScimError(400, 'invalidSyntax', `${method} ${path}: expected a JSON object, got ${Array.isArray(parsed) ? 'an array' : typeof parsed}. RFC 7644 §3.3. Send a resource object.`);
  return parsed;
}

function intParam(text: string | undefined, fallback: number): number {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function notFound(path: string): ScimError {
  return new ScimError(404, undefined, `${path}: expected a SCIM endpoint (Users, Groups, ServiceProviderConfig, ResourceTypes, Schemas), found none. RFC 7644 §3.2. Check the base URL.`);
}

function notAllowed(method: string, path: string): ScimError {
  return new ScimError(405, undefined, `${method} ${path}: this method is not defined for this endpoint. RFC 7644 §3.2 lists the methods per endpoint. Use another method.`);
}
