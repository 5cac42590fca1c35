import { describeValue, isPlainObject } from '../json-value.ts';
import { ScimError } from '../scim-error.ts';

/** The PatchOp message URN (RFC 7644 §3.5.2). */
export const PATCH_OP_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** One validated PATCH operation. `op` is lower-cased; `index` is 1-based for messages. */
export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  path?: string;
  value?: unknown;
  hasValue: boolean;
  index: number;
}

function member(object: Record<string, unknown>, name: string): unknown {
  if (name in object) return object[name];
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function syntaxError(detail: string): ScimError {
  return new ScimError(400, `${detail} RFC 7644 §3.5.2 defines the PatchOp body: {"schemas": ["${PATCH_OP_URN}"], "Operations": [{"op": "add|replace|remove", "path": …, "value": …}]}.`, 'invalidSyntax');
}

/**
 * Validates a PATCH body (RFC 7644 §3.5.2) and returns its operations. A body without `schemas` is
 * accepted (robustness: the operations say what to do); `schemas` without the PatchOp URN is not. `op` is matched
 * case-insensitively because Entra sends `"Add"`, `"Replace"`, `"Remove"`; member names are matched
 * case-insensitively too.
 * @throws ScimError 400 invalidSyntax for a body that is not a PatchOp message.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function readPatchRequest(body: unknown): PatchOperation[] {
  if (!isPlainObject(body)) throw syntaxError(`The PATCH body must be a JSON object but is ${describeValue(body)}.`);
  const schemas = member(body, 'schemas');
  // A body with no "schemas" at all is read as a PatchOp (authentik's group PATCH leaves it out); the
  // request log still flags it (mocks/conformance/check-patch-body.ts), and the patch-requires-schemas fault refuses it.
  if (schemas !== undefined && !Array.isArray(schemas)) throw syntaxError(`The PATCH body's "schemas" is ${describeValue(schemas)} but must be an array containing "${PATCH_OP_URN}".`);
  if (Array.isArray(schemas) && !schemas.some((urn) => typeof urn === 'string' && urn.toLowerCase() === PATCH_OP_URN.toLowerCase())) {
    throw syntaxError(`The PATCH body's "schemas" is ${describeValue(schemas)} but must contain "${PATCH_OP_URN}".`);
  }
  const operations = member(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw syntaxError(`The PATCH body's "Operations" is ${describeValue(operations)} but must be a non-empty array of operations.`);
  }
  return operations.map((raw, i): PatchOperation => {
    const index = i + 1;
    if (!isPlainObject(raw)) throw syntaxError(`PATCH operation ${index} must be an object but is ${describeValue(raw)}.`);
    const op = member(raw, 'op');
    const lower = typeof op === 'string' ? op.toLowerCase() : undefined;
    if (lower !== 'add' && lower !== 'replace' && lower !== 'remove') {
      throw syntaxError(`PATCH operation ${index} has "op" ${describeValue(op)}; expected "add", "replace" or "remove" (any case).`);
    }
    const path = member(raw, 'path');
    if (path !== undefined && path !== null && typeof path !== 'string') {
      throw new ScimError(400, `PATCH operation ${index} (${lower}) has "path" ${describeValue(path)}; expected a string such as "name.givenName". RFC 7644 §3.5.2 (Figure 5); send the path as a string.`, 'invalidPath');
    }
    const value = member(raw, 'value');
    const hasValue = value !== undefined;
    if (lower !== 'remove' && !hasValue) {
      throw syntaxError(`PATCH operation ${index} (${lower}${typeof path === 'string' ? ` "${path}"` : ''}) has no "value"; add and replace must carry one.`);
    }
    const operation: PatchOperation = { op: lower, hasValue, index };
    if (typeof path === 'string') operation.path = path;
    if (hasValue) operation.value = value;
    return operation;
  });
}
