import type { Step } from '../scenario/types.ts';
import { CREATED, baseBody, createStep, getStep, putStep, valueChecks, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';
import { selectTargets, stepName } from './select-targets.ts';

const STEPS_PER_ATTRIBUTE = 4;

/**
 * For each attribute declared `mutability: immutable`: a resource created without it; a PUT that sets it
 * (RFC 7644 §3.5.1: with no existing value the new one SHALL be applied); a PUT that changes it (400 with
 * scimType mutability SHOULD be returned; a 200 must still leave the value unchanged); a read-back showing the
 * first value (RFC 7643 §7: the attribute SHALL NOT be updated).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function checkImmutable(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const limit = Math.max(1, Math.floor(options.maxSteps / STEPS_PER_ATTRIBUTE));
  const { selected, notExercised } = selectTargets(declared, (t) => t.def.mutability === 'immutable', { limit, needsChange: true });
  const steps: Step[] = [];
  selected.forEach(({ target, values: [first, second] }, i) => {
    const base = baseBody(target, declared, i + 1);
    if (!base) {
      notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
      return;
    }
    const id = `subject${i + 1}Id`;
    const set = withAttribute(base, target, first, declared);
    steps.push(
      createStep({ name: `${stepName(target, 'immutable')}: create a ${target.resourceType} without it`, harness: true, endpoint: target.endpoint, body: base, capture: id, expect: { status: CREATED, mediaType: false }, reference: 'RFC 7644 §3.3' }),
      putStep({
        name: stepName(target, 'immutable: set by PUT when it has no value'),
        endpoint: target.endpoint,
        idName: id,
        body: set,
        expect: { status: 200, mediaType: false, body: valueChecks(target.pointer, first, target.def, `${target.label} is immutable and had no value: the new value SHALL be applied`, 'RFC 7644 §3.5.1 (immutable, no existing values)') },
        reference: 'RFC 7644 §3.5.1',
      }),
      putStep({
        name: stepName(target, 'immutable: changed by PUT'),
        endpoint: target.endpoint,
        idName: id,
        body: withAttribute(base, target, second, declared),
        expect: {
          status: [400, 200],
          mediaType: false,
          // The error body's format is rfc/error-invalid-value's subject; scimType is judged below.
          errorSchema: false,
          body: [
            { pointer: '/scimType', equals: 'mutability', whenStatus: [400], severity: 'warning', because: `a refused change of the immutable ${target.label} SHOULD carry scimType "mutability"`, reference: 'RFC 7644 §3.5.1; RFC 7644 §3.12' },
            { pointer: '/status', equals: '400', whenStatus: [200], severity: 'warning', because: `the server answered 200 to a change of the immutable ${target.label}: HTTP 400 with scimType "mutability" SHOULD be returned`, reference: 'RFC 7644 §3.5.1' },
            ...valueChecks(target.pointer, first, target.def, `${target.label} is immutable: once set it SHALL NOT be updated, and the PUT's different value MUST NOT be taken`, 'RFC 7643 §7 (immutable); RFC 7644 §3.5.1').map((c) => ({ ...c, whenStatus: [200] })),
          ],
        },
        reference: 'RFC 7644 §3.5.1',
      }),
      getStep({
        name: stepName(target, 'immutable: read back'),
        path: `${target.endpoint}/{{${id}}}`,
        body: valueChecks(target.pointer, first, target.def, `${target.label} is immutable: the value set first SHALL NOT be updated`, 'RFC 7643 §7 (immutable)'),
        reference: 'RFC 7643 §7',
      }),
    );
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason('immutable', notExercised) } : {}) };
}

/** Why a check generated nothing: no attribute declared with the characteristic, or none it could exercise. */
export function nothingReason(characteristic: string, notExercised: string[]): string {
  return notExercised.length === 0
    ? `the server declares no ${characteristic} attribute on its User or Group resource types`
    : `no ${characteristic} attribute could be exercised safely: ${notExercised.join('; ')}`;
}
