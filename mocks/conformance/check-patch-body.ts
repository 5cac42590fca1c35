import type { Finding } from './finding.ts';

export const PATCH_OP_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/**
 * Flags a malformed PatchOp: missing PatchOp URN, missing or empty `Operations`, ops other than the
 * lower-case `add`/`remove`/`replace`, `remove` without a path, `add`/`replace` without a value.
 * @see RFC 7644 §3.5.2
 */
export function checkPatchBody(body: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const flag = (message: string, rule = 'patch-op') => findings.push({ rule, rfc: 'RFC 7644 §3.5.2', message: `PATCH body: ${message}` });
  const schemas = body['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_OP_URN)) {
    flag(`expected "schemas": ["${PATCH_OP_URN}"], got ${JSON.stringify(schemas ?? null)}. Add the PatchOp URN.`);
  }
  const operations = body['Operations'] ?? body['operations'];
  if (!Array.isArray(operations) || operations.length === 0) {
    flag(`expected a non-empty "Operations" array, got ${JSON.stringify(operations ?? null)}.`);
    return findings;
  }
  operations.forEach((operation: unknown, index: number) => {
    if (operation === null || typeof operation !== 'object' || Array.isArray(operation)) {
      flag(`Operations[${index}] must be an object, got ${JSON.stringify(operation)}.`);
      return;
    }
    const { op, path, value } = operation as Record<string, unknown>;
    const name = typeof op === 'string' ? op : '';
    if (!['add', 'remove', 'replace'].includes(name)) {
      if (['add', 'remove', 'replace'].includes(name.toLowerCase())) {
        flag(`Operations[${index}].op is "${name}"; RFC 7644 spells it "${name.toLowerCase()}". Some servers reject other spellings; send lower case.`, 'patch-op-case');
      } else {
        flag(`Operations[${index}].op: expected "add", "remove" or "replace", got ${JSON.stringify(op ?? null)}.`);
        return;
      }
    }
    if (name.toLowerCase() === 'remove' && (typeof path !== 'string' || path === '')) {
      flag(`Operations[${index}] is a remove without "path"; the server must answer 400 noTarget. Name the attribute to remove.`);
    }
    if (name.toLowerCase() !== 'remove' && value === undefined) {
      flag(`Operations[${index}] is an ${name} without "value". Add the value.`);
    }
    if (path !== undefined && typeof path !== 'string') flag(`Operations[${index}].path must be a string, got ${JSON.stringify(path)}.`);
  });
  return findings;
}
