import { ScimError } from '../scim/index.ts';
import { recordHeaderReader, responseHeader, scimErrorBody, scimErrorResponse, scimJson, type MockResponse } from '../http/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { readJsonObject } from './resource-json.ts';
import { bulkIdReferences, resolveBulkIds } from './bulk-ids.ts';
import { applyBulkResultFaults, runsWithoutWaiting } from './bulk-faults.ts';
import type { BulkDeviations } from '../faults/index.ts';

export const BULK_REQUEST_URN = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
export const BULK_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Answers one request under the base URL: the mock's router, passed in to run each operation. */
export type RouteFn = (context: MockContext, exchange: Exchange, segments: readonly string[]) => MockResponse | Promise<MockResponse>;

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
 * to; references that can never resolve answer 409), and stops after `failOnErrors` errors. Each result
 * carries its method, bulkId, location (all but a failed POST) and status; a failed one its SCIM Error.
 * @throws ScimError 400 invalidSyntax (not a BulkRequest), 413 (more than maxOperations, naming the limit)
 * @see RFC 7644 §3.7, §3.7.3, §3.7.4
 */
export async function bulk(context: MockContext, exchange: Exchange, route: RouteFn): Promise<MockResponse> {
  const deviations = context.behaviour.bulkDeviations;
  const request = readJsonObject(context, exchange);
  const operations = readOperations(request, context.bulk.maxOperations, deviations);
  const failOnErrors = deviations.stopAtFirstError ? 1 : readFailOnErrors(request['failOnErrors']);
  const results = runsWithoutWaiting(deviations)
    ? await runWithoutWaiting(context, exchange, route, operations, failOnErrors)
    : await runInDependencyOrder(context, exchange, route, operations, failOnErrors);
  return scimJson(context.behaviour, 200, { schemas: [BULK_RESPONSE_URN], Operations: results.map((r) => applyBulkResultFaults(deviations, r)) });
}

/** Runs each operation once every POST it refers to by bulkId has run; a cycle answers 409 (RFC 7644 §3.7.1). */
async function runInDependencyOrder(context: MockContext, exchange: Exchange, route: RouteFn, operations: Operation[], failOnErrors: number): Promise<Record<string, unknown>[]> {
  const created = new Map<string, string>();
  const results: Record<string, unknown>[] = [];
  let pending = operations;
  let errors = 0;
  let duplicated = false;
  while (pending.length > 0 && errors < failOnErrors) {
    // An operation waits while a POST it refers to has not run yet; a missing or failed POST resolves to 409.
    const waitingFor = new Set(pending.flatMap((op) => (op.method === 'POST' && op.bulkId && !created.has(op.bulkId) ? [op.bulkId] : [])));
    const ready = pending.find((op) => !bulkIdReferences(op).some((id) => waitingFor.has(id)));
    if (!ready && context.behaviour.bulkDeviations.duplicateCycleStart && !duplicated) {
      // bulk-cycle-duplicates-resource: the first waiting POST is created without its references, for the others to name.
      duplicated = true;
      const first = pending.find((op) => op.method === 'POST' && op.bulkId);
      if (first) await runOperation(context, exchange, route, { ...first, data: withoutBulkIdReferences(first.data) }, created);
      continue;
    }
    if (!ready) break;
    pending = pending.filter((op) => op !== ready);
    const result = await runOperation(context, exchange, route, ready, created);
    if (Number(result['status']) >= 400) errors += 1;
    results.push(result);
  }
  if (errors < failOnErrors) {
    for (const op of pending) {
      const cycle = new ScimError(409, `${op.method} ${op.path}: its bulkId references form a cycle this service provider cannot resolve (RFC 7644 §3.7.2). Create the resources first, then link them.`);
      results.push(operationError(context, exchange, op, cycle));
    }
  }
  return results;
}

/**
 * The faulty ways (bulk-reverses-operations, bulk-forward-reference-rejected, bulk-id-kept-literally): every
 * operation runs in request order, or last to first, whatever its bulkIds name; results in request order.
 */
async function runWithoutWaiting(context: MockContext, exchange: Exchange, route: RouteFn, operations: Operation[], failOnErrors: number): Promise<Record<string, unknown>[]> {
  const created = new Map<string, string>();
  const results = new Map<Operation, Record<string, unknown>>();
  let errors = 0;
  for (const op of context.behaviour.bulkDeviations.reverseOrder ? [...operations].reverse() : operations) {
    if (errors >= failOnErrors) break;
    const result = await runOperation(context, exchange, route, op, created);
    if (Number(result['status']) >= 400) errors += 1;
    results.set(op, result);
  }
  return operations.flatMap((op) => {
    const result = results.get(op);
    return result ? [result] : [];
  });
}

function readOperations(request: Record<string, unknown>, maxOperations: number, deviations: BulkDeviations): Operation[] {
  const schemas = request['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(BULK_REQUEST_URN)) {
    throw new ScimError(400, `POST /Bulk: expected "schemas": ["${BULK_REQUEST_URN}"] (RFC 7644 §3.7). Send a BulkRequest.`, 'invalidSyntax');
  }
  const operations = request['Operations'];
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimError(400, 'POST /Bulk: "Operations" must be a non-empty array (RFC 7644 §3.7). Add at least one operation.', 'invalidSyntax');
  }
  if (operations.length > maxOperations && !deviations.ignoreMaxOperations) {
    if (deviations.tooLargeWithoutLimit) throw new ScimError(413, 'POST /Bulk: the request is too large.');
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
  if (problem) return operationError(context, exchange, op, problem);
  const deviations = context.behaviour.bulkDeviations;
  let path = op.path;
  let data = op.data;
  try {
    if (!deviations.keepBulkIdReferences) {
      path = resolveBulkIds(op.path, created) as string;
      data = context.behaviour.schemaFaults.includes('bulk-id-unresolved-in-extensions') ? resolveOutsideExtensions(op.data, created) : resolveBulkIds(op.data, created);
    }
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    const refused = deviations.rejectForwardReferences
      ? new ScimError(400, `${op.method} ${op.path}: a bulkId names no resource created earlier in this request.`, 'invalidValue')
      : error;
    return operationError(context, exchange, op, refused);
  }
  const url = new URL(`${exchange.base}${path}`);
  const headers: Record<string, string> = { 'content-type': 'application/scim+json' };
  if (op.version) headers['if-match'] = op.version;
  const body = data === undefined ? '' : JSON.stringify(data);
  const sub: Exchange = { ...exchange, url, method: op.method, body, request: { method: op.method, url: url.href, headers: recordHeaderReader(headers) } };
  let response: MockResponse;
  try {
    response = await route(context, sub, path.replace(/^\/+/, '').split('/'));
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    response = scimErrorResponse(context.behaviour, error);
  }
  const text = response.body;
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  const result: Record<string, unknown> = { method: op.method, ...(op.bulkId ? { bulkId: op.bulkId } : {}) };
  const version = responseHeader(response, 'etag');
  if (version) result['version'] = version;
  if (response.status < 400) {
    const id = typeof json?.['id'] === 'string' ? json['id'] : undefined;
    if (op.method === 'POST' && op.bulkId && id) created.set(op.bulkId, id);
    result['location'] = responseHeader(response, 'location') ?? (op.method === 'POST' && id ? `${url.href}/${id}` : url.href);
  } else if (op.method !== 'POST') {
    // Every operation but a failed POST names its resource (RFC 7644 §3.7.3).
    result['location'] = url.href;
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

/** The result of an operation that failed before it ran; a failed PUT, PATCH or DELETE still names its resource (RFC 7644 §3.7.3). */
function operationError(context: MockContext, exchange: Exchange, op: Operation, error: ScimError): Record<string, unknown> {
  const named = op.method !== 'POST' && /^\/[^/]+\/[^/]+$/.test(op.path) && !op.path.includes('bulkId:');
  return {
    method: op.method,
    ...(op.bulkId ? { bulkId: op.bulkId } : {}),
    ...(named ? { location: new URL(`${exchange.base}${op.path}`).href } : {}),
    status: String(error.status),
    response: scimErrorBody(context.behaviour, error),
  };
}

/** A value without the array items and members that name a bulkId (the bare copy bulk-cycle-duplicates-resource creates). */
function withoutBulkIdReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !JSON.stringify(item).includes('"bulkId:')).map(withoutBulkIdReferences);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => !(typeof item === 'string' && item.startsWith('bulkId:'))).map(([key, item]) => [key, withoutBulkIdReferences(item)]));
  }
  return value;
}

/** bulk-id-unresolved-in-extensions: bulkIds resolved in core attributes only; extension objects (URN keys) keep theirs. */
function resolveOutsideExtensions(data: unknown, created: ReadonlyMap<string, string>): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return resolveBulkIds(data, created);
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, key.startsWith('urn:') ? value : resolveBulkIds(value, created)]));
}
