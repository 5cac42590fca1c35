import { ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { emptyResponse, type MockResponse } from '../http/index.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { removeResource } from './remove-resource.ts';
import { finishResource } from './finish-resource.ts';

/**
 * `DELETE /{endpoint}/{id}`: 204 No Content; the id then answers 404.
 * @throws ScimError 404, 405 (user-delete-unsupported fault), 412
 * @see RFC 7644 §3.6
 */
export function deleteResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string): MockResponse {
  const existing = requireResource(context, rt, id);
  const early = checkPreconditions(context, exchange, existing);
  if (early) return early;
  const kind = rt.name === 'Group' ? 'Group' : 'User';
  if (kind === 'User' && context.behaviour.userDeleteUnsupported) {
    throw new ScimError(405, `DELETE ${exchange.url.pathname}: this service provider does not delete users; deactivate them with active false instead.`);
  }
  if (kind === 'User' && context.behaviour.softDeleteKeepsUserName && typeof existing['userName'] === 'string') {
    context.deletedUserNames.add(existing['userName'].toLowerCase());
  }
  if (kind === 'User' && context.behaviour.deleteKeepsUser) {
    // delete-keeps-user: a soft delete that only deactivates.
    context.store.replace('User', finishResource(context, rt, { ...existing, active: false }, existing, 'patch'));
  } else {
    removeResource(context, kind, id);
  }
  return emptyResponse(context.behaviour.deleteStatus);
}
