import { prepareResource, type ResourceTypeDef } from '../scim/index.ts';
import { checkResourceBody } from '../conformance/index.ts';
import { emptyResponse, scimJson, type MockResponse } from '../http/index.ts';
import { createResource } from './create-resource.ts';
import { finishResource } from './finish-resource.ts';
import { normaliseLegacyUrns } from './legacy-schema-urns.ts';
import { listParamsFromUrl } from './list-params.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import { flag, type Exchange, type MockContext } from './mock-context.ts';
import { etagOf, renderResource } from './render-resource.ts';
import { readJsonObject } from './resource-json.ts';
import { rejectValueFaults } from './value-faults.ts';
import { rejectOrderFaults } from './rfc-7643-faults.ts';
import { resourceTypeForWrite } from './schema-characteristics.ts';

/**
 * `PUT /{endpoint}/{id}`: replaces the resource (readOnly attributes such as id and meta in the body
 * are ignored, as Okta echoes them), 200 with the new version.
 * @throws ScimError 400, 404, 409 uniqueness, 412, 415
 * @see RFC 7644 §3.5.1
 */
export function replaceResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string): MockResponse | Promise<MockResponse> {
  if (context.behaviour.putCreatesMissing && context.store.get(rt.name === 'Group' ? 'Group' : 'User', id) === undefined) {
    return createResource(context, exchange, rt);
  }
  const existing = requireResource(context, rt, id);
  const early = checkPreconditions(context, exchange, existing);
  if (early) return early;
  const legacy = normaliseLegacyUrns(readJsonObject(context, exchange), rt);
  const input = legacy.body;
  flag(exchange, [...legacy.findings, ...checkResourceBody(input, rt)]);
  rejectValueFaults(context, input, 'resource');
  rejectOrderFaults(context, exchange, input, rt);
  // immutable-overwritten: the stored values are not compared, so an immutable attribute takes the new value.
  const before = context.behaviour.schemaFaults.includes('immutable-overwritten') ? undefined : existing;
  let prepared = prepareResource(input, resourceTypeForWrite(context, rt), 'replace', before, { unknownSchemas: 'ignore' }) as Record<string, unknown>;
  if (context.behaviour.putAppliesOnlyActive && rt.name === 'User') {
    prepared = { ...existing, ...(prepared['active'] === undefined ? {} : { active: prepared['active'] }) };
  }
  if (context.behaviour.ignoreActiveOnPut && rt.name === 'User') {
    if (existing['active'] === undefined) delete prepared['active'];
    else prepared['active'] = existing['active'];
  }
  const stored = finishResource(context, rt, prepared, existing, 'replace');
  const sentCreated = (input['meta'] as { created?: unknown } | undefined)?.created;
  // put-stores-read-only: the client's readOnly meta.created replaces the server's.
  if (context.behaviour.putKeepsClientMeta && typeof sentCreated === 'string') stored['meta'] = { ...(stored['meta'] as object), created: sentCreated };
  context.store.replace(rt.name === 'Group' ? 'Group' : 'User', stored);
  const etag = etagOf(context, stored);
  if (context.behaviour.emptyBodyOnWrite) return emptyResponse(200, etag ? { ETag: etag } : {});
  const projection = listParamsFromUrl(exchange.url, context.maxResults);
  return scimJson(context.behaviour, 200, renderResource(context, exchange, rt, stored, projection), etag ? { ETag: etag } : {});
}
