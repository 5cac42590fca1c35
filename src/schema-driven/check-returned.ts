import type { BodyCheck, Step } from '../scenario/types.ts';
import { CREATED, baseBody, createStep, getStep, valueChecks, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';
import { nothingReason } from './check-immutable.ts';
import { selectTargets, stepName } from './select-targets.ts';

/**
 * For each attribute declared `mutability: writeOnly` or `returned: never` that a client may write: a create
 * with a value, whose response, read-back, and read-back asking for it by name (`attributes=`) never show it
 * (RFC 7643 §7: returned never, values SHALL NOT be returned; writeOnly: never returned).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function checkWriteOnly(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const wanted = (t: { def: { mutability: string; returned: string } }) => (t.def.mutability === 'writeOnly' || t.def.returned === 'never') && t.def.mutability !== 'readOnly';
  return perAttribute(declared, options, wanted, 'returned never', (target, value, id) => {
    const absent = (because: string): BodyCheck => ({ pointer: target.pointer, exists: false, because, reference: 'RFC 7643 §7 (returned "never": values SHALL NOT be returned; writeOnly)' });
    return [
      { expect: { status: CREATED, mediaType: false, body: [absent(`${target.label} is ${target.def.mutability === 'writeOnly' ? 'writeOnly' : 'returned "never"'}: its value is never returned, also not in the create response`)] }, value },
      { get: '', body: [absent(`${target.label} is never returned`)] },
      { get: `attributes=${encodeURIComponent(target.label)}`, body: [absent(`${target.label} is never returned, even when asked for by name`)] },
    ];
  });
}

/**
 * For each attribute declared `returned: request`: a create with a value whose response leaves it out, a read-back
 * that leaves it out, and a read-back asking for it by name (`attributes=`) that shows it (RFC 7643 §7: returned
 * only when requested; RFC 7644 §3.4.2.5).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function checkReturnedRequest(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const wanted = (t: { def: { mutability: string; returned: string } }) => t.def.returned === 'request' && ['readWrite', 'immutable'].includes(t.def.mutability);
  return perAttribute(declared, options, wanted, 'returned request', (target, value) => {
    const reference = 'RFC 7643 §7 (returned "request"); RFC 7644 §3.4.2.5';
    const absent = (because: string): BodyCheck => ({ pointer: target.pointer, exists: false, because, reference });
    return [
      { expect: { status: CREATED, mediaType: false, body: [absent(`${target.label} is returned "request": only when the attributes parameter names it`)] }, value },
      { get: '', body: [absent(`${target.label} is returned "request": a plain read leaves it out`)] },
      { get: `attributes=${encodeURIComponent(target.label)}`, body: valueChecks(target.pointer, value, target.def, `${target.label} is returned "request": asked for by name it comes back`, reference) },
    ];
  });
}

type Plan = Array<{ expect: Step['expect']; value: unknown } | { get: string; body: BodyCheck[] }>;

/** One create (with the attribute) then reads of the created resource, per selected attribute. */
function perAttribute(
  declared: DeclaredSchemas,
  options: { maxSteps: number },
  wanted: Parameters<typeof selectTargets>[1],
  characteristic: string,
  plan: (target: Parameters<Parameters<typeof selectTargets>[1]>[0], value: unknown, id: string) => Plan,
): Generation {
  const limit = Math.max(1, Math.floor(options.maxSteps / 3));
  const { selected, notExercised } = selectTargets(declared, wanted, { limit });
  const steps: Step[] = [];
  selected.forEach(({ target, values: [value] }, i) => {
    const base = baseBody(target, declared, i + 1);
    if (!base) {
      notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
      return;
    }
    const id = `subject${i + 1}Id`;
    for (const [n, part] of plan(target, value, id).entries()) {
      if ('get' in part) {
        steps.push(getStep({ name: stepName(target, `${characteristic}: read back${part.get ? ' asking for it' : ''}`), path: `${target.endpoint}/{{${id}}}`, ...(part.get ? { query: part.get } : {}), body: part.body, reference: 'RFC 7643 §7' }));
      } else {
        steps.push(createStep({ name: stepName(target, `${characteristic}: create with a value`), endpoint: target.endpoint, body: withAttribute(base, target, part.value, declared), capture: id, expect: part.expect, reference: n === 0 ? 'RFC 7643 §7; RFC 7644 §3.3' : 'RFC 7643 §7' }));
      }
    }
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason(characteristic, notExercised) } : {}) };
}
