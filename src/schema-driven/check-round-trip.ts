import type { Step } from '../scenario/types.ts';
import { CREATED, baseBody, createStep, valueChecks, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';
import { nothingReason } from './check-immutable.ts';
import { selectTargets, stepName } from './select-targets.ts';

/** The harness sets these itself in every create (userName, a Group's displayName), or other checks exercise them. */
const SET_BY_BASE = new Set(['userName', 'displayName', 'password', 'members', 'groups']);

/**
 * For each client-writable attribute returned by default (core, enterprise and any other extension): a create
 * carrying a value generated from its declared type, whose 201 response holds that value, of that JSON type,
 * under the extension's URN for an extension attribute (RFC 7643 §2.3 types, §3.3 extension container; RFC 7644
 * §3.3 the created representation). One create per attribute, so a refusal names the attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function checkRoundTrip(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const wanted = (t: { def: { mutability: string; returned: string; name: string }; extension: boolean }) =>
    ['readWrite', 'immutable'].includes(t.def.mutability) && ['default', 'always'].includes(t.def.returned) && !(SET_BY_BASE.has(t.def.name) && !t.extension);
  const { selected, notExercised } = selectTargets(declared, wanted, { limit: options.maxSteps });
  const steps: Step[] = [];
  selected.forEach(({ target, values: [value] }, i) => {
    const base = baseBody(target, declared, i + 1);
    if (!base) return void notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
    const type = `${target.def.multiValued ? 'multi-valued ' : ''}${target.def.type}`;
    steps.push(createStep({
      name: stepName(target, type),
      endpoint: target.endpoint,
      body: withAttribute(base, target, value, declared),
      expect: { status: CREATED, mediaType: false, body: valueChecks(target.pointer, value, target.def, `${target.label} is a ${type} the server declares writable: the created resource holds the value sent, as that JSON type${target.extension ? ', under the extension URN' : ''}`, `RFC 7643 §2.3${target.extension ? '; RFC 7643 §3.3' : ''}; RFC 7644 §3.3`) },
      reference: 'RFC 7644 §3.3; RFC 7643 §2.3',
    }));
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason('client-writable', notExercised) } : {}) };
}

/**
 * For each attribute declared `mutability: readOnly` that has a value the harness can generate: a create that
 * sends one, whose 201 response does not hold it (RFC 7644 §3.3: readOnly values in a request SHALL be ignored).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export function checkReadOnly(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const { selected, notExercised } = selectTargets(declared, (t) => t.def.mutability === 'readOnly', { limit: options.maxSteps });
  const steps: Step[] = [];
  selected.forEach(({ target, values: [value] }, i) => {
    const base = baseBody(target, declared, i + 1);
    if (!base) return void notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
    const because = `${target.label} is readOnly: a value in the request SHALL be ignored, so the server's own value (or none) comes back, not the one sent`;
    const reference = 'RFC 7644 §3.3 (readOnly values SHALL be ignored); RFC 7643 §7';
    const checks = Array.isArray(value)
      ? value.map((item) => ({ pointer: target.pointer, notContains: item, because, reference }))
      : [{ pointer: target.pointer, notEquals: value, because, reference }];
    steps.push(createStep({ name: stepName(target, 'readOnly'), endpoint: target.endpoint, body: withAttribute(base, target, value, declared), expect: { status: CREATED, mediaType: false, body: checks }, reference: 'RFC 7644 §3.3' }));
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason('readOnly', notExercised) } : {}) };
}
