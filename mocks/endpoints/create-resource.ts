import { prepareResource, ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { checkResourceBody } from '../conformance/index.ts';
import { scimJson, type MockResponse } from '../http/index.ts';
import { finishResource } from './finish-resource.ts';
import { normaliseLegacyUrns } from './legacy-schema-urns.ts';
import { listParamsFromUrl } from './list-params.ts';
import { flag, type Exchange, type MockContext } from './mock-context.ts';
import { renderResource, resourceLocation, etagOf } from './render-resource.ts';
import { readJsonObject } from './resource-json.ts';
import { rejectValueFaults } from './value-faults.ts';
import { misplacedLocation, rejectOrderFaults } from './rfc-7643-faults.ts';
import { keepReadOnlyExtensionValues, resourceTypeForWrite } from './schema-characteristics.ts';
import type { StoredResource } from '../store/index.ts';

/** The keeps-client-id-and-meta fault: the id and meta.created the client sent win over the server's. */
function keepClientReadOnly(stored: Record<string, unknown> & { id: string }, input: Record<string, unknown>): void {
  if (typeof input['id'] === 'string' && input['id'] !== '') stored.id = input['id'];
  const created = (input['meta'] as { created?: unknown } | undefined)?.created;
  if (typeof created === 'string') stored['meta'] = { ...(stored['meta'] as object), created };
}

/**
 * `POST /{endpoint}`: 201 with the resource, Location and ETag. The uniqueness check and the insert
 * run in one synchronous step, so concurrent creates of one userName give exactly one 201.
 * @throws ScimError 400, 409 uniqueness, 415
 * @see RFC 7644 §3.3
 */
export function createResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef): MockResponse | Promise<MockResponse> {
  const legacy = normaliseLegacyUrns(readJsonObject(context, exchange), rt);
  const input = legacy.body;
  flag(exchange, [...legacy.findings, ...checkResourceBody(input, rt)]);
  rejectValueFaults(context, input, 'resource');
  rejectOrderFaults(context, exchange, input, rt);
  const prepared = prepareResource(input, resourceTypeForWrite(context, rt), 'create', undefined, { unknownSchemas: 'ignore' }) as Record<string, unknown>;
  keepReadOnlyExtensionValues(context, rt, input, prepared);
  if (context.behaviour.createIgnoresActive && rt.name === 'User') prepared['active'] = true;
  const userName = rt.name === 'User' && typeof prepared['userName'] === 'string' ? prepared['userName'].toLowerCase() : undefined;
  if (userName !== undefined && context.deletedUserNames.has(userName)) {
    throw new ScimError(409, `userName "${String(prepared['userName'])}" belongs to a deleted user and cannot be reused.`, 'uniqueness');
  }
  const stored = finishResource(context, rt, prepared, undefined, 'create');
  if (context.behaviour.keepClientIdAndMeta) keepClientReadOnly(stored, input);
  const gap = context.behaviour.createCheckGapMs;
  if (gap > 0 && rt.name === 'User') {
    // create-race: the check (insert throws the 409 when the userName is taken), a real async gap, then an insert that does not check again.
    if (typeof stored['userName'] === 'string' && context.store.findUserByUserName(stored['userName'])) context.store.insert('User', stored);
    return new Promise((resolve) => setTimeout(resolve, gap)).then(() => {
      context.store.insert('User', stored, { checkUniqueness: false });
      return answerCreated(context, exchange, rt, stored);
    });
  }
  context.store.insert(rt.name === 'Group' ? 'Group' : 'User', stored);
  return answerCreated(context, exchange, rt, stored);
}

/** 201 (or the fault's status) with the resource, Location and ETag. */
function answerCreated(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, stored: StoredResource): MockResponse {
  const headers: Record<string, string> = {};
  if (context.behaviour.locationHeader) headers['Location'] = misplacedLocation(context, exchange, resourceLocation(exchange, rt, stored.id));
  const etag = etagOf(context, stored);
  if (etag) headers['ETag'] = etag;
  const projection = listParamsFromUrl(exchange.url, context.maxResults);
  return scimJson(context.behaviour, context.behaviour.createStatus, renderResource(context, exchange, rt, stored, projection), headers);
}
