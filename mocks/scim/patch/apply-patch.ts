import { cloneJson, deepEqual, describeValue, isPlainObject } from '../json-value.ts';
import { parsePath } from '../path/parse-path.ts';
import type { ResourceTypeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';
import { addOrReplace } from './add-or-replace.ts';
import type { PatchContext } from './patch-context.ts';
import { readPatchRequest, type PatchOperation } from './patch-request.ts';
import { isExtensionKey, resolvePatchTarget, type PatchTarget } from './patch-target.ts';
import { removeTarget } from './remove-target.ts';

function targetFor(ctx: PatchContext, text: string, contextUrn?: string): PatchTarget {
  let path;
  try {
    path = parsePath(text);
  } catch (error) {
    if (error instanceof ScimError) throw new ScimError(error.status, `${ctx.where}: ${error.detail}`, error.scimType);
    throw error;
  }
  return resolvePatchTarget(ctx.rt, path, text, ctx.where, contextUrn);
}

function requireObject(ctx: PatchContext, value: unknown, what: string): Record<string, unknown> {
  if (isPlainObject(value)) return value;
  throw new ScimError(
    400,
    `${ctx.where}: ${what} the value must be an object of attributes but is ${describeValue(value)}. ` +
      `RFC 7644 §3.5.2.1/§3.5.2.3: without a path the value holds the attributes to set; send {"attr": …}.`,
    'invalidValue',
  );
}

/** Path-less add/replace: keys may be plain, dotted, URN-qualified, extension URNs, or nested objects. */
function writeAttributes(ctx: PatchContext, value: Record<string, unknown>, op: 'add' | 'replace', contextUrn?: string): void {
  for (const key of Object.keys(value)) {
    if (contextUrn === undefined && key.toLowerCase() === 'schemas') continue;
    const extension = contextUrn === undefined ? isExtensionKey(ctx.rt, key) : undefined;
    if (extension) writeAttributes(ctx, requireObject(ctx, value[key], `"${key}" is an extension, so`), op, extension);
    else addOrReplace(ctx, targetFor(ctx, key, contextUrn), value[key], op);
  }
}

function applyOperation(ctx: PatchContext, operation: PatchOperation): void {
  const { op, path, value } = operation;
  if (path === undefined || path === null) {
    if (op === 'remove') {
      throw new ScimError(400, `${ctx.where}: "remove" needs a "path". RFC 7644 §3.5.2.2 answers noTarget when it is missing; name the attribute to remove.`, 'noTarget');
    }
    writeAttributes(ctx, requireObject(ctx, value, 'without a "path"'), op);
    return;
  }
  const extension = isExtensionKey(ctx.rt, path);
  if (extension) {
    if (op === 'remove') delete ctx.resource[extension];
    else writeAttributes(ctx, requireObject(ctx, value, `the path is the extension "${extension}", so`), op, extension);
    return;
  }
  const target = targetFor(ctx, path);
  if (op === 'remove') removeTarget(ctx, target, value, operation.hasValue);
  else addOrReplace(ctx, target, value, op);
}

function tidyExtensions(resource: Record<string, unknown>, rt: ResourceTypeDef): void {
  for (const { schema } of rt.extensions) {
    const holder = resource[schema.id];
    if (holder === undefined) continue;
    if (isPlainObject(holder) && Object.keys(holder).length === 0) {
      delete resource[schema.id];
      continue;
    }
    const schemas = resource.schemas;
    if (Array.isArray(schemas) && !schemas.includes(schema.id)) resource.schemas = [...schemas, schema.id];
  }
}

function checkRequired(resource: Record<string, unknown>, rt: ResourceTypeDef): void {
  for (const def of rt.schema.attributes) {
    const value = resource[def.name];
    if (def.required && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
      throw new ScimError(
        400,
        `PATCH: after all operations the required attribute "${def.name}" would be ${value === undefined ? 'missing' : 'empty'}. ` +
          `RFC 7644 §3.5.2.2 answers scimType mutability when a required attribute is removed or becomes unassigned (RFC 7643 §2.2 "required"); do not remove or blank it.`,
        'mutability',
      );
    }
  }
}

function describeOperation(operation: PatchOperation): string {
  return `PATCH operation ${operation.index} (${operation.op}${operation.path !== undefined ? ` ${JSON.stringify(operation.path)}` : ' without path'})`;
}

/**
 * Applies a PATCH request body (RFC 7644 §3.5.2) to a stored resource and returns a NEW resource (the
 * input is never mutated) plus whether anything changed. Operations apply in order, all or nothing.
 *
 * Accepts the IdP dialects seen on the wire: `op` in any case (Entra `"Replace"`); path-less values with
 * plain, dotted (`name.givenName`) or URN-qualified keys (Entra aadOptscim062020) and nested objects;
 * `"True"`/`"False"` for booleans; `id` equal to the current id in a replace value (Okta group rename);
 * `remove` of `members` with a `value` array (Entra default dialect) removing only those members; and
 * `add` through a value filter that matches nothing creating the element from the filter's `eq` tests
 * (Entra `emails[type eq "work"].value`, RFC 7644 erratum 8097); `replace` through such a filter is
 * 400 noTarget (RFC 7644 §3.5.2.3).
 * `meta`, `groups` and readOnly sub-attributes in values are ignored.
 * @throws ScimError 400: invalidSyntax (not a PatchOp body), invalidPath (bad or unknown path/key),
 *   invalidValue (value of the wrong type), noTarget (remove without path, replace through a filter that
 *   matches nothing, add through a filter with no match that cannot build an element), mutability
 *   (different `id`, immutable change, required attribute removed or blanked).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function applyPatch(resource: Record<string, unknown>, body: unknown, rt: ResourceTypeDef): { resource: Record<string, unknown>; changed: boolean } {
  const operations = readPatchRequest(body);
  const working = cloneJson(resource);
  for (const operation of operations) {
    applyOperation({ resource: working, rt, where: describeOperation(operation) }, operation);
  }
  tidyExtensions(working, rt);
  checkRequired(working, rt);
  return { resource: working, changed: !deepEqual(resource, working) };
}
