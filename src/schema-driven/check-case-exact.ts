import type { Step } from '../scenario/types.ts';
import { baseBody, createStep, CREATED, filterQuery, getStep, withAttribute } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';
import { nothingReason } from './check-immutable.ts';
import { selectTargets, stepName } from './select-targets.ts';

/**
 * For each string attribute declared `caseExact: true` that a filter can reach: a resource created with a
 * mixed-case value, then `filter=<attribute> eq "<value>"` finds it and the same value in another case does not
 * (RFC 7643 §7: the server SHALL use case sensitivity when evaluating filters; RFC 7644 §3.4.2.2). A server that
 * declines the filter with 400 invalidFilter skips the check (filtering on that attribute is optional).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function checkCaseExact(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const wanted = (t: { def: { caseExact: boolean; type: string; multiValued: boolean; mutability: string; returned: string; canonicalValues?: unknown[] } }) =>
    t.def.caseExact && t.def.type === 'string' && !t.def.multiValued && ['readWrite', 'immutable'].includes(t.def.mutability) && t.def.returned !== 'never' && t.def.canonicalValues === undefined;
  const { selected, notExercised } = selectTargets(declared, wanted, { limit: Math.max(1, Math.floor(options.maxSteps / 3)) });
  const steps: Step[] = [];
  selected.forEach(({ target }, i) => {
    const base = baseBody(target, declared, i + 1);
    if (!base) return void notExercised.push(`${target.label}: a required attribute of ${target.resourceType} has no value the harness can generate`);
    const tag = `${target.def.name.replace(/[^A-Za-z0-9]/g, '')}-MiXed`;
    const reference = 'RFC 7643 §7 (caseExact: the server SHALL use case sensitivity when evaluating filters); RFC 7644 §3.4.2.2';
    const decline = { status: [400], scimType: 'invalidFilter', what: `a filter on ${target.label}`, verdict: 'skipped' as const, reference: 'RFC 7644 §3.4.2.2 (400 invalidFilter for a filter the server does not support)' };
    steps.push(
      createStep({ name: stepName(target, 'caseExact: create with a mixed-case value'), harness: true, endpoint: target.endpoint, body: withAttribute(base, target, `{{data.prefix}}${tag}`, declared), expect: { status: CREATED, mediaType: false }, reference: 'RFC 7644 §3.3' }),
      { ...getStep({ name: stepName(target, 'caseExact: filter eq with the same case'), path: target.endpoint, query: filterQuery([`${target.label} eq "`, { placeholder: 'data.prefix' }, `${tag}"`]), body: [{ pointer: '/totalResults', equals: 1, because: `the resource holding ${target.label} "{{data.prefix}}${tag}" is found by that exact value`, reference }], reference }), expect: { status: 200, mediaType: false, decline, body: [{ pointer: '/totalResults', equals: 1, because: `the resource holding ${target.label} "{{data.prefix}}${tag}" is found by that exact value`, reference }] } },
      getStep({ name: stepName(target, 'caseExact: filter eq in another case'), path: target.endpoint, query: filterQuery([`${target.label} eq "`, { placeholder: 'data.prefix' }, `${tag.toLowerCase()}"`]), body: [{ pointer: '/totalResults', equals: 0, because: `${target.label} is caseExact: "${tag.toLowerCase()}" is another value than "${tag}"`, reference }], reference }),
    );
  });
  return { steps, notExercised, ...(steps.length === 0 ? { nothing: nothingReason('case-exact string', notExercised) } : {}) };
}
