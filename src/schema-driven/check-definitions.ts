import type { BodyCheck } from '../scenario/types.ts';
import { getStep } from './build-steps.ts';
import { isObject, type DeclaredSchemas } from './declared-schemas.ts';
import type { Generation } from './generation.ts';

/** RFC 7643 §2.1 ATTRNAME = ALPHA *(nameChar); nameChar = "-" / "_" / DIGIT / ALPHA. */
export const ATTRNAME = '^[A-Za-z][-_0-9A-Za-z]*$';
/** A sub-attribute may also be `$ref` (RFC 7643 §2.4, §7). */
const SUB_ATTRNAME = '^(\\$ref|[A-Za-z][-_0-9A-Za-z]*)$';
/** The data types of RFC 7643 §2.3. */
export const TYPES = ['string', 'boolean', 'decimal', 'integer', 'dateTime', 'binary', 'reference', 'complex'];
const MUTABILITY = ['readOnly', 'readWrite', 'immutable', 'writeOnly'];
const RETURNED = ['always', 'never', 'default', 'request'];
const UNIQUENESS = ['none', 'server', 'global'];
/** The Schema resource's own definition may nest complex sub-attributes (RFC 7643 §7). */
const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/**
 * One `GET /Schemas` step per declared schema, judging each attribute definition in it (and each
 * sub-attribute's): the name follows ATTRNAME (RFC 7643 §2.1, MUST); `type`, `mutability`, `returned` and
 * `uniqueness` are present and bare keywords of RFC 7643 §7, without quotes (§1.1 MUST NOT; §7 REQUIRED; a new
 * type is §2.3's SHOULD NOT, a warning); `multiValued`, `required`, and `caseExact` for strings are booleans
 * (§7 REQUIRED); a simple attribute has no subAttributes (§1.2 MUST NOT); a complex one lists them (§7 SHOULD,
 * a warning); no sub-attribute is complex (§2.3.8 MUST NOT).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function checkDefinitions(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  if (declared.schemas.length === 0) return { steps: [], notExercised: [], nothing: `the server declares no schema: ${declared.problem ?? '/Schemas lists none'}` };
  const schemas = declared.schemas.filter((s) => s.id !== SCHEMA_SCHEMA);
  const steps = schemas.slice(0, options.maxSteps).map((schema) => {
    const base = `/Resources/${schema.index}`;
    const body: BodyCheck[] = [{ pointer: `${base}/id`, equals: schema.id, because: `the schema's definitions are judged at this position of the list, read when the run started`, reference: 'RFC 7644 §4' }];
    schema.attributes.forEach((raw, i) => body.push(...definitionChecks(raw, `${base}/attributes/${i}`, `${schema.id}:${String(raw['name'] ?? `#${i}`)}`, false)));
    return getStep({ name: `${schema.id} (attribute definitions)`, path: '/Schemas', body, reference: 'RFC 7643 §7; RFC 7643 §2.1; RFC 7643 §2.3' });
  });
  const capped = schemas.slice(options.maxSteps).map((s) => `${s.id}: beyond the cap of ${options.maxSteps} steps`);
  return { steps, notExercised: capped };
}

function definitionChecks(raw: Record<string, unknown>, at: string, label: string, isSub: boolean): BodyCheck[] {
  const keyword = (key: string, values: string[], reference: string, severity: 'failure' | 'warning' = 'failure'): BodyCheck => ({
    pointer: `${at}/${key}`,
    oneOf: values,
    severity,
    because: `${label}: "${key}" is one of the bare keywords of RFC 7643 §7, without quotes`,
    reference,
  });
  // RFC 7643 §7 makes each member REQUIRED, but §2.2 gives every characteristic a default a client can fall back
  // on: a missing member is a warning, a wrong one (checked by `keyword` when present) a failure.
  const present = (key: string): BodyCheck => ({
    pointer: `${at}/${key}`,
    exists: true,
    severity: 'warning',
    because: `${label}: "${key}" is REQUIRED in an attribute definition (a client falls back on the RFC 7643 §2.2 default without it)`,
    reference: 'RFC 7643 §7 (all attributes are REQUIRED unless otherwise specified)',
  });
  const checks: BodyCheck[] = [
    { pointer: `${at}/name`, matches: isSub ? SUB_ATTRNAME : ATTRNAME, because: `${label}: attribute names follow ATTRNAME = ALPHA *("-" / "_" / DIGIT / ALPHA)`, reference: 'RFC 7643 §2.1' },
    keyword('type', TYPES, 'RFC 7643 §2.3 (SHOULD NOT introduce new data types); RFC 7643 §1.1', 'warning'),
    keyword('mutability', MUTABILITY, 'RFC 7643 §1.1 (quotes MUST NOT be part of the value); RFC 7643 §7 (REQUIRED)'),
    keyword('returned', RETURNED, 'RFC 7643 §1.1 (quotes MUST NOT be part of the value); RFC 7643 §7 (REQUIRED)'),
    keyword('uniqueness', UNIQUENESS, 'RFC 7643 §1.1 (quotes MUST NOT be part of the value); RFC 7643 §7 (REQUIRED)'),
    { pointer: `${at}/multiValued`, oneOf: [true, false], because: `${label}: "multiValued" is a boolean`, reference: 'RFC 7643 §7' },
    { pointer: `${at}/required`, oneOf: [true, false], because: `${label}: "required" is a boolean`, reference: 'RFC 7643 §7' },
    ...['type', 'mutability', 'returned', 'uniqueness', 'multiValued', 'required'].map(present),
  ];
  if (raw['type'] === 'string' || raw['type'] === 'reference') {
    checks.push(present('caseExact'), { pointer: `${at}/caseExact`, oneOf: [true, false], because: `${label}: "caseExact" is a boolean`, reference: 'RFC 7643 §7' });
  }
  if (isSub) checks.push({ pointer: `${at}/type`, notEquals: 'complex', because: `${label}: a sub-attribute of a complex attribute must not itself be complex`, reference: 'RFC 7643 §2.3.8' });
  if (raw['type'] === 'complex' && !isSub) {
    checks.push({ pointer: `${at}/subAttributes`, minItems: 1, severity: 'warning', because: `${label}: a complex attribute lists its sub-attributes`, reference: 'RFC 7643 §7 (SHOULD)' });
    const subs = Array.isArray(raw['subAttributes']) ? raw['subAttributes'] : [];
    subs.forEach((sub, j) => {
      if (isObject(sub)) checks.push(...definitionChecks(sub, `${at}/subAttributes/${j}`, `${label}.${String(sub['name'] ?? `#${j}`)}`, true));
    });
  } else if (raw['type'] !== 'complex') {
    checks.push({ pointer: `${at}/subAttributes`, maxItems: 0, because: `${label}: a simple (${String(raw['type'])}) attribute has no sub-attributes`, reference: 'RFC 7643 §1.2 (MUST NOT)' });
  }
  return checks;
}
