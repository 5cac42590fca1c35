import { ScimError } from '../scim/index.ts';
import { scimErrorBody, scimErrorResponse, scimJson } from '../http/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { readJsonObject } from './resource-json.ts';
import { bulkIdReferences, resolveBulkIds } from './bulk-ids.ts';

export const BULK_REQUEST_URN = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
export const BULK_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Answers one request under the base URL: the mock's router, passed in to run each operation. */
export type RouteFn = (context: MockContext, exchange: Exchange, segments: readonly string[]) => Response | Promise<Response>;

interface Operation {
  method: string;
  bulkId?: string;
  version?: string;
  path: string;
  data?: unknown;
}

/**
 * `POST /Bulk`: runs each operation through the same endpoints as a single request, in order, resolving
 * `bulkId:<id>` references to the ids earlier POSTs created (an operation waits for the POST it refers
 * to; references that can never resolve answer 409), and stops after `failOnErrors` errors.
 * @throws ScimError 400 invalidSyntax (not a BulkRequest), 413 (more than maxOperations)
 * @see RFC 7644 §3.7
 */
export async function bulk(context: MockContext, exchange: Exchange, route: RouteFn): Promise<Response> {
  const request = readJsonObject(context, exchange);
  const operations = readOperations(request, context.bulk.maxOperations);
  const failOnErrors = readFailOnErrors(request['failOnErrors']);
  const created = new Map<string, string>();
  const results: Record<string, unknown>[] = [];
  let pending = operations;
  let errors = 0;
  while (pending.length > 0 && errors < failOnErrors) {
    // An operation waits while a POST it refers to has not run yet; a missing or failed POST resolves to 409.
    const waitingFor = new Set(pending.flatMap((op) => (op.method === 'POST' && op.bulkId ? [op.bulkId] : [])));
    const ready = pending.find((op) => !bulkIdReferences(op).some((id) => waitingFor.has(id)));
    if (!ready) break;
    pending = pending.filter((op) => op !== ready);
    const result = await runOperation(context, exchange, route, ready, created);
    if (Number(result['status']) >= 400) errors += 1;
    results.push(result);
  }
  if (errors < failOnErrors) {
    for (const op of pending) {
      const cycle = new ScimError(409, `${op.method} ${op.path}: its bulkId references form a cycle this service provider cannot resolve (RFC 7644 §3.7.2). Create the resources first, then link them.`);
      results.push(operationError(context, op, cycle));
    }
  }
  return scimJson(context.behaviour, 200, { schemas: [BULK_RESPONSE_URN], Operations: results });
}

function readOperations(request: Record<string, unknown>, maxOperations: number): Operation[] {
  const schemas = request['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(BULK_REQUEST_URN)) {
    throw new ScimError(400, `POST /Bulk: expected "schemas": ["${BULK_REQUEST_URN}"] (RFC 7644 §3.7). Send a BulkRequest.`, 'invalidSyntax');
  }
  const operations = request['Operations'];
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimError(400, 'POST /Bulk: "Operations" must be a non-empty array (RFC 7644 §3.7). Add at least one operation.', 'invalidSyntax');
  }
  if (operations.length > maxOperations) {
    throw new ScimError(413, `POST /Bulk: ${operations.length} operations, more than bulk.maxOperations ${maxOperations} (RFC 7644 §3.7.4). Split the request.`);
  }
  return operations.map((op, i) => {
    if (op === null || typeof op !== 'object') return { method: '', path: `(operation ${i + 1} is not an object)` };
    const value = op as Record<string, unknown>;
    return {
      method: String(value['method'] ?? '').toUpperCase(),
      path: typeof value['path'] === 'string' ? value['path'] : '',
      ...(typeof value['bulkId'] === 'string' ? { bulkId: value['bulkId'] } : {}),
      ...(typeof value['version'] === 'string' ? { version: value['version'] } : {}),
      ...('data' in value ? { data: value['data'] } : {}),
    };
  });
}

function readFailOnErrors(value: unknown): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ScimError(400, `POST /Bulk: "failOnErrors" must be an integer of at least 1, got ${JSON.stringify(value)} (RFC 7644 §3.7).`, 'invalidValue');
  }
  return value as number;
}

async function runOperation(context: MockContext, exchange: Exchange, route: RouteFn, op: Operation, created: Map<string, string>): Promise<Record<string, unknown>> {
  const problem = operationProblem(context, op);
  if (problem) return operationError(context, op, problem);
  let path: string;
  let data: unknown;
  try {
    path = resolveBulkIds(op.path, created) as string;
    data = context.behaviour.schemaFaults.includes('bulk-id-unresolved-in-extensions') ? resolveOutsideExtensions(op.data, created) : resolveBulkIds(op.data, created);
  } catch (error) {
    if (error instanceof ScimError) return operationError(context, op, error);
    throw error;
  }
  const url = new URL(`${exchange.base}${path}`);
  const headers: Record<string, string> = { 'content-type': 'application/scim+json' };
  if (op.version) headers['if-match'] = op.version;
  const body = data === undefined ? '' : JSON.stringify(data);
  const sub: Exchange = { ...exchange, url, method: op.method, body, request: new Request(url, { method: op.method, headers }) };
  let response: Response;
  try {
    response = await route(context, sub, path.replace(/^\/+/, '').split('/'));
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    response = scimErrorResponse(context.behaviour, error);
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  const result: Record<string, unknown> = { method: op.method, ...(op.bulkId ? { bulkId: op.bulkId } : {}) };
  const version = response.headers.get('etag');
  if (version) result['version'] = version;
  if (response.status < 400) {
    const id = typeof json?.['id'] === 'string' ? json['id'] : undefined;
    if (op.method === 'POST' && op.bulkId && id) created.set(op.bulkId, id);
    result['location'] = response.headers.get('location') ?? (op.method === 'POST' && id ? `${url.href}/${id}` : url.href);
  }
  result['status'] = String(response.status);
  if (response.status >= 400 && json) result['response'] = json;
  return result;
}

function operationProblem(context: MockContext, op: Operation): ScimError | undefined {
  if (!METHODS.includes(op.method)) return new ScimError(400, `operation method "${op.method}": expected POST, PUT, PATCH or DELETE (RFC 7644 §3.7).`, 'invalidValue');
  if (op.method === 'POST' && !op.bulkId) return new ScimError(400, `POST ${op.path}: bulkId is REQUIRED for POST operations (RFC 7644 §3.7). Give each POST a bulkId.`, 'invalidValue');
  const [endpoint = '', id, extra] = op.path.replace(/^\/+/, '').split('/');
  const served = context.resourceTypes.some((rt) => rt.endpoint.slice(1).toLowerCase() === endpoint.toLowerCase());
  if (!op.path.startsWith('/') || !served || extra !== undefined || (op.method === 'POST') !== (id === undefined)) {
    const want = op.method === 'POST' ? 'a resource endpoint such as "/Users"' : 'a resource such as "/Users/{id}"';
    return new ScimError(400, `${op.method} "${op.path}": the path must name ${want}, relative to the base URL (RFC 7644 §3.7).`, 'invalidPath');
  }
  return undefined;
}

function operationError(context: MockContext, op: Operation, error: ScimError): Record<string, unknown> {
  return { method: op.method, ...(op.bulkId ? { bulkId: op.bulkId } : {}), status: String(error.status), response: scimErrorBody(context.behaviour, error) };
}

/** bulk-id-unresolved-in-extensions: bulkIds resolved in core attributes only; extension objects (URN keys) keep theirs. */
function resolveOutsideExtensions(data: unknown, created: ReadonlyMap<string, string>): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return resolveBulkIds(data, created);
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, key.startsWith('urn:') ? value : resolveBulkIds(value, created)]));
}
