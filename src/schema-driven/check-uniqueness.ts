import type { Step } from '../scenario/types.ts';
import { CREATED, baseBody, createStep, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';
import { nothingReason } from './check-immutable.ts';
import { selectTargets, stepName } from './select-targets.ts';

/**
 * For each attribute declared `uniqueness: server` or `global` (userName excepted: rfc/conflict-uniqueness checks
 * it): a create with a value, then a second resource with the same value. RFC 7643 §7 says no two resources SHOULD
 * hold it (a server that takes the duplicate: a warning); a server that refuses it MUST answer 409 with scimType
 * "uniqueness" (RFC 7644 §3.3: a failure otherwise).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function checkUniqueness(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const wanted = (t: { def: { uniqueness: string; mutability: string; name: string }; extension: boolean }) =>
    ['server', 'global'].includes(t.def.uniqueness) && ['readWrite', 'immutable', 'writeOnly'].includes(t.def.mutability) && !(t.def.name === 'userName' && !t.extension);
  const { selected, notExercised } = selectTargets(declared, wanted, { limit: Math.max(1, Math.floor(options.maxSteps / 2)) });
  const steps: Step[] = [];
  selected.forEach(({ target, values: [value] }, i) => {
    const first = baseBody(target, declared, 2 * i + 1);
    const second = baseBody(target, declared, 2 * i + 2);
    if (!first || !second) return void notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
    steps.push(
      createStep({ name: stepName(target, `uniqueness ${target.def.uniqueness}: create with a value`), harness: true, endpoint: target.endpoint, body: withAttribute(first, target, value, declared), expect: { status: CREATED, mediaType: false }, reference: 'RFC 7644 §3.3' }),
      createStep({
        name: stepName(target, `uniqueness ${target.def.uniqueness}: another resource with the same value`),
        endpoint: target.endpoint,
        body: withAttribute(second, target, value, declared),
        expect: {
          status: [409, ...CREATED],
          mediaType: false,
          errorSchema: false,
          body: [
            { pointer: '/scimType', equals: 'uniqueness', whenStatus: [409], because: `a create refused for its duplicate ${target.label} MUST answer 409 with scimType "uniqueness"`, reference: 'RFC 7644 §3.3 (Table 9)' },
            { pointer: '/status', equals: '409', whenStatus: [...CREATED], severity: 'warning', because: `the server created a second resource holding the same ${target.label}, declared uniqueness "${target.def.uniqueness}": no two resources SHOULD possess the same value`, reference: 'RFC 7643 §7 (uniqueness)' },
          ],
        },
        reference: 'RFC 7643 §7; RFC 7644 §3.3',
      }),
    );
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason('server-unique', notExercised) } : {}) };
}
