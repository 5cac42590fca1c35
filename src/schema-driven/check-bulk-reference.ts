import type { Step } from '../scenario/types.ts';
import { attributeTargets, type AttributeTarget } from './attribute-targets.ts';
import { baseBody, filterQuery, getStep, HEADERS, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';

/** A User extension attribute that refers to another User: complex, with a `value` and a `$ref` to a User (as enterprise `manager`). */
function refersToUser(target: AttributeTarget): boolean {
  const { def } = target;
  return target.extension && target.resourceType === 'User' && def.type === 'complex' && !def.multiValued && def.mutability !== 'readOnly'
    && def.subAttributes.some((s) => s.name === 'value')
    && def.subAttributes.some((s) => s.type === 'reference' && s.referenceTypes.includes('User'));
}

/**
 * For each User extension attribute that refers to another User (a complex `value` + `$ref` to a User, as the
 * enterprise `manager`): one BulkRequest creating user1 (bulkId) and user2 whose attribute's `value` is
 * `bulkId:<user1's bulkId>`; then user2 read back holds user1's new id, not the bulkId (RFC 7644 §3.7.2:
 * references in extensions are handled the same way as in the core schema). The two users are found by
 * userName eq; the harness removes them, as it records what a BulkRequest creates (src/engine/resource-ledger.ts).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.2
 */
export function checkBulkReference(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const candidates = attributeTargets(declared).filter(refersToUser);
  const limit = Math.max(1, Math.floor(options.maxSteps / 3));
  const steps: Step[] = [];
  const notExercised = candidates.slice(limit).map((t) => `${t.label}: beyond the cap of generated steps`);
  candidates.slice(0, limit).forEach((target, i) => {
    const [sponsor, member] = [baseBody(target, declared, 2 * i + 1), baseBody(target, declared, 2 * i + 2)];
    if (!sponsor || !member) return void notExercised.push(`${target.label}: a required attribute of User has no value the harness can generate`);
    const bulkId = `sponsor${i + 1}`;
    const reference = 'RFC 7644 §3.7.2 (bulkId references in extensions are handled the same way)';
    steps.push({
      name: `${target.label} (reference set by bulkId)`,
      request: {
        method: 'POST',
        path: '/Bulk',
        headers: { ...HEADERS },
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
          Operations: [
            { method: 'POST', path: target.endpoint, bulkId, data: sponsor },
            { method: 'POST', path: target.endpoint, bulkId: `member${i + 1}`, data: withAttribute(member, target, { value: `bulkId:${bulkId}` }, declared) },
          ],
        },
      },
      // Judged by the read-backs, not here: whatever this answers, the users it created are recorded and removed.
      expect: {
        status: [200, 400, 409, 413],
        mediaType: false,
        errorSchema: false,
        // Bulk advertised but not served is rfc/bulk-patch-user's subject: this check needs Bulk only as a means.
        decline: { status: [404, 405, 501], what: 'POST /Bulk', verdict: 'skipped', reference: 'RFC 7644 §3.7 (Bulk is optional); rfc/bulk-patch-user reports a Bulk advertised but not served' },
      },
      reference,
    });
    const find = (n: number, body: Step['expect']['body'], capture?: string): Step => ({
      ...getStep({ name: `${target.label} (reference set by bulkId): find user${n}`, harness: true, path: target.endpoint, query: filterQuery(['userName eq "', { placeholder: `user${n}.userName` }, '"']), body: [{ pointer: '/totalResults', equals: 1, because: `the BulkRequest created user${n}`, reference: 'RFC 7644 §3.7' }, ...(body ?? [])], reference }),
      ...(capture ? { capture: { [capture]: '/Resources/0/id' } } : {}),
    });
    steps.push(
      find(2 * i + 1, [], `sponsor${i + 1}Id`),
      { ...find(2 * i + 2, [{ pointer: `/Resources/0${target.pointer}/value`, equals: `{{sponsor${i + 1}Id}}`, because: `"bulkId:${bulkId}" in ${target.label}.value is replaced by the id of the user it names, as in core attributes`, reference }]), harness: false },
    );
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: candidates.length === 0 ? 'no User extension declares an attribute referring to another User (a complex value with a $ref to User)' : `nothing could be exercised: ${notExercised.join('; ')}` } : {}) };
}
