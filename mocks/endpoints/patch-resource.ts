import { applyPatch, ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { appendDuplicateAdds, applyWritableGroups } from './rfc-7643-faults.ts';

import { checkPatchBody, PATCH_OP_URN } from '../conformance/index.ts';
import { emptyResponse, scimJson, type MockResponse } from '../http/index.ts';
import { checkFilterLimits } from './filter-limits.ts';
import { finishResource } from './finish-resource.ts';
import { listParamsFromUrl } from './list-params.ts';
import { checkPreconditions, requireResource } from './lookup-resource.ts';
import { flag, type Exchange, type MockContext } from './mock-context.ts';
import { removeResource } from './remove-resource.ts';
import { etagOf, renderResource } from './render-resource.ts';
import { readJsonObject } from './resource-json.ts';
import { applyMembershipFaults } from './membership-faults.ts';
import { rejectValueFaults } from './value-faults.ts';
import type { StoredResource } from '../store/index.ts';
import { changedOnly, refuseEmptiedAttributes, requiredRemoveError, rewriteOperations, stampedLater } from './patch-faults.ts';

/**
 * `PATCH /{endpoint}/{id}`: applies a PatchOp (add/replace/remove, with or without path, value-filter
 * and URN paths, Entra's capitalised ops and "True"/"False" strings) and answers 200 with the resource.
 * A PATCH that changes nothing keeps the version.
 * @throws ScimError 400 (invalidSyntax, invalidPath, noTarget, invalidValue, mutability), 404, 409, 412, 415
 * @see RFC 7644 §3.5.2
 */
export function patchResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string): MockResponse | Promise<MockResponse> {
  const existing = requireResource(context, rt, id);
  const early = checkPreconditions(context, exchange, existing);
  if (early) return early;
  // patch-lost-update: a real async gap between the read and the write, as an unlocked read-modify-write has.
  const gap = context.behaviour.patchWriteGapMs;
  if (gap > 0) return new Promise((resolve) => setTimeout(resolve, gap)).then(() => writePatch(context, exchange, rt, id, existing));
  return writePatch(context, exchange, rt, id, existing);
}

/** Applies the PATCH to `existing` (what was read) and stores the result. */
function writePatch(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, id: string, existing: StoredResource): MockResponse {
  const kind = rt.name === 'Group' ? 'Group' : 'User';
  let body = applyPatchFaults(context, readJsonObject(context, exchange), exchange, existing, kind === 'Group');
  const sent = operationsOf(body);
  if (body !== undefined && sent.length > 0) {
    const kept = rewriteOperations(context.behaviour, sent, existing, rt);
    if (kept !== sent) body = kept.length === 0 ? undefined : { ...body, Operations: kept };
  }
  let outcome: { resource: Record<string, unknown>; changed: boolean };
  try {
    outcome = body === undefined ? { resource: existing, changed: false } : (applyPatch(existing, body, rt) as typeof outcome);
  } catch (error) {
    if (context.behaviour.patchNotAtomic && body !== undefined) keepPartialPatch(context, rt, existing, body);
    throw requiredRemoveError(context.behaviour, error);
  }
  const { resource } = outcome;
  const applied = operationsOf(body);
  let changed = appendDuplicateAdds(context, existing, resource, applied) || outcome.changed;
  refuseEmptiedAttributes(context.behaviour, applied, existing, resource);
  if (changed && context.behaviour.primaryNotExclusive) keepOtherPrimaries(existing, resource);
  if (kind === 'User') applyWritableGroups(context, id, applied);
  if (body !== undefined && !changed && context.behaviour.patchNoopRejected) {
    throw new ScimError(400, 'The PATCH changes nothing: every operation targets a value the resource already has or lacks.', 'noTarget');
  }
  let stored = existing;
  // patch-noop-touches-last-modified: a PATCH that changes nothing is stored (and stamped) all the same.
  if (!changed && body !== undefined && context.behaviour.patchNoopTouchesLastModified) changed = true;
  if (changed) {
    stored = finishResource(context, rt, resource, existing, 'patch');
    if (context.behaviour.patchNoopTouchesLastModified) stored = stampedLater(stored, existing);
    if (context.behaviour.deactivateDeletes && kind === 'User' && stored['active'] === false) {
      removeResource(context, kind, id);
    } else {
      context.store.replace(kind, stored);
    }
  }
  const etag = etagOf(context, stored);
  if (context.behaviour.patchAnswers204) return emptyResponse(204, etag ? { ETag: etag } : {});
  if (context.behaviour.emptyBodyOnWrite) return emptyResponse(200, etag ? { ETag: etag } : {});
  const projection = listParamsFromUrl(exchange.url, context.maxResults);
  const rendered = renderResource(context, exchange, rt, stored, projection);
  const answer = context.behaviour.patchAnswersChangedOnly ? changedOnly(rendered, applied) : rendered;
  return scimJson(context.behaviour, 200, answer, etag ? { ETag: etag } : {});
}

/** The operations of a PatchOp body, as objects (none when there is no body or no array). */
function operationsOf(body: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const operations = body?.['Operations'];
  return Array.isArray(operations) ? operations.map((op) => (op && typeof op === 'object' ? (op as Record<string, unknown>) : {})) : [];
}

/**
 * Flags the PatchOp's violations, then applies the PATCH-related fault switches. Undefined means "answer
 * 200 and change nothing" (patch-ignores-pathless-replace dropped every operation).
 */
function applyPatchFaults(
  context: MockContext,
  body: Record<string, unknown>,
  exchange: Exchange,
  existing: StoredResource,
  isGroup: boolean,
): Record<string, unknown> | undefined {
  flag(exchange, checkPatchBody(body));
  const { behaviour } = context;
  if (behaviour.patchRequiresSchemas && !Array.isArray(body['schemas'])) {
    throw new ScimError(400, `The PATCH body has no "schemas"; this server requires ["${PATCH_OP_URN}"] (RFC 7644 §3.5.2).`, 'invalidSyntax');
  }
  const operations = Array.isArray(body['Operations']) ? (body['Operations'] as unknown[]) : undefined;
  if (!operations) return body;
  if (behaviour.removeMembersClearsAll) {
    const clears = (op: Record<string, unknown>) => String(op['op']).toLowerCase() === 'remove' && typeof op['path'] === 'string' && op['path'].toLowerCase() === 'members';
    const ops = operations.map((operation) => (operation && typeof operation === 'object' ? (operation as Record<string, unknown>) : {}));
    if (ops.some(clears)) body = { ...body, Operations: ops.map((op) => (clears(op) ? { op: op['op'], path: op['path'] } : op)) };
  }
  const ops = (body['Operations'] as unknown[]).map((operation) => (operation && typeof operation === 'object' ? (operation as Record<string, unknown>) : {}));
  for (const op of ops) if (typeof op['path'] === 'string') checkFilterLimits(op['path'], 'PATCH path');
  rejectValueFaults(context, ops, 'patch');
  if (behaviour.rejectCapitalisedPatchOps) {
    const bad = ops.find((op) => typeof op['op'] === 'string' && op['op'] !== op['op'].toLowerCase());
    if (bad) throw new ScimError(400, `PATCH op "${String(bad['op'])}" is not one of add, remove, replace.`, 'invalidSyntax');
  }
  if (behaviour.patchRejectsFilterPath) {
    const bad = ops.find((op) => typeof op['path'] === 'string' && op['path'].includes('['));
    if (bad) throw new ScimError(400, `PATCH path "${String(bad['path'])}" is not supported.`, 'invalidPath');
  }
  if (behaviour.patchAddReplaces) {
    const addsList = (op: Record<string, unknown>) =>
      String(op['op']).toLowerCase() === 'add' && typeof op['path'] === 'string' && !op['path'].includes('[') && Array.isArray(op['value']);
    if (ops.some(addsList)) body = { ...body, Operations: ops.map((op) => (addsList(op) ? { ...op, op: 'replace' } : op)) };
  }
  if (isGroup) {
    const kept = applyMembershipFaults(context, ops, existing);
    if (kept.length !== ops.length) return kept.length === 0 ? undefined : { ...body, Operations: kept };
  }
  const dropped = (op: Record<string, unknown>) => {
    const name = String(op['op']).toLowerCase();
    if (behaviour.patchIgnoresRemove && name === 'remove') return true;
    if (behaviour.patchSubAttributePathIgnored && typeof op['path'] === 'string' && /^[A-Za-z][\w$-]*\.[A-Za-z]/.test(op['path'])) return true;
    return behaviour.patchReplaceAbsentIgnored && name === 'replace' && typeof op['path'] === 'string' &&
      /^[A-Za-z][\w$-]*$/.test(op['path']) && existing[op['path']] === undefined;
  };
  if (ops.some(dropped)) {
    const kept = ops.filter((op) => !dropped(op));
    return kept.length === 0 ? undefined : { ...body, Operations: kept };
  }
  if (behaviour.patchIgnoresPathlessReplace) {
    const kept = ops.filter((op) => !(String(op['op']).toLowerCase() === 'replace' && op['path'] === undefined));
    if (kept.length !== ops.length) {
      return kept.length === 0 ? undefined : { ...body, Operations: kept };
    }
  }
  return body;
}

/** The patch-not-atomic fault: applies the operations one by one and stores what succeeded before the failing one. */
function keepPartialPatch(context: MockContext, rt: ResourceTypeDef, existing: StoredResource, body: Record<string, unknown>): void {
  const operations = Array.isArray(body['Operations']) ? (body['Operations'] as unknown[]) : [];
  let current: Record<string, unknown> = existing;
  let changed = false;
  for (const operation of operations) {
    try {
      const step = applyPatch(current, { ...body, Operations: [operation] }, rt) as { resource: Record<string, unknown>; changed: boolean };
      current = step.resource;
      changed ||= step.changed;
    } catch {
      break;
    }
  }
  if (changed) context.store.replace(rt.name === 'Group' ? 'Group' : 'User', finishResource(context, rt, current, existing, 'patch'));
}

/** The primary-not-exclusive fault: values that were primary before the PATCH are primary again. */
function keepOtherPrimaries(before: Record<string, unknown>, after: Record<string, unknown>): void {
  for (const [name, values] of Object.entries(after)) {
    const old = before[name];
    if (!Array.isArray(values) || !Array.isArray(old)) continue;
    const wasPrimary = old.filter((el) => el && typeof el === 'object' && (el as { primary?: unknown }).primary === true).map((el) => (el as { value?: unknown }).value);
    for (const el of values) {
      if (el && typeof el === 'object' && wasPrimary.includes((el as { value?: unknown }).value)) (el as { primary?: unknown }).primary = true;
    }
  }
}
