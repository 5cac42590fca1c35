import type { AttributeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';
import type { CompareOperator, FilterLiteral } from './filter-ast.ts';

/** Tests one attribute value against the operator and literal it was built for. */
export type ValueTest = (value: unknown) => boolean;

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function invalid(pathText: string, detail: string): ScimError {
  return new ScimError(400, `Filter on "${pathText}": ${detail}. RFC 7644 §3.4.2.2 defines which operators apply to which attribute types; change the operator or the value.`, 'invalidFilter');
}

function ordered(op: CompareOperator, cmp: number): boolean {
  switch (op) {
    case 'eq':
      return cmp === 0;
    case 'gt':
      return cmp > 0;
    case 'ge':
      return cmp >= 0;
    case 'lt':
      return cmp < 0;
    default:
      return cmp <= 0;
  }
}

/**
 * `value.toLowerCase() === lowerWanted` without allocating for ASCII input (the hot path of
 * `userName eq "…"` over many resources); falls back to toLowerCase on non-ASCII characters.
 */
export function equalsIgnoreCase(value: string, lowerWanted: string): boolean {
  if (value.length !== lowerWanted.length) return /[^\x00-\x7f]/.test(value) && value.toLowerCase() === lowerWanted;
  for (let i = 0; i < value.length; i++) {
    const a = value.charCodeAt(i);
    const b = lowerWanted.charCodeAt(i);
    if (a === b) continue;
    if (a >= 65 && a <= 90 && a + 32 === b) continue;
    if (a >= 128 || b >= 128) return value.toLowerCase() === lowerWanted;
    return false;
  }
  return true;
}

function stringTest(def: AttributeDef, op: CompareOperator, literal: string): ValueTest {
  const exact = def.caseExact;
  const wanted = exact ? literal : literal.toLowerCase();
  const fold = (value: unknown): string | undefined => (typeof value === 'string' ? (exact ? value : value.toLowerCase()) : undefined);
  switch (op) {
    case 'co':
      return (value) => fold(value)?.includes(wanted) ?? false;
    case 'sw':
      return (value) => fold(value)?.startsWith(wanted) ?? false;
    case 'ew':
      return (value) => fold(value)?.endsWith(wanted) ?? false;
    case 'eq':
      return exact ? (value) => value === wanted : (value) => typeof value === 'string' && equalsIgnoreCase(value, wanted);
    default:
      return (value) => {
        const have = fold(value);
        return have !== undefined && ordered(op, have < wanted ? -1 : have > wanted ? 1 : 0);
      };
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/**
 * Builds the test for `<attribute> <op> <literal>` from the attribute's type: strings honour `caseExact`
 * (RFC 7643 §2.2), numbers compare numerically, dateTimes as instants, booleans accept `true`/`"True"`.
 * `eq`/`ne` share the `eq` test (the caller negates `ne`). `gt`/`ge`/`lt`/`le` on booleans or binary and
 * `co`/`sw`/`ew` on booleans or numbers throw invalidFilter, as does a literal of the wrong type.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function buildComparator(def: AttributeDef, op: CompareOperator, literal: Exclude<FilterLiteral, null>, pathText: string): ValueTest {
  const test = op === 'ne' ? 'eq' : op;
  const substring = test === 'co' || test === 'sw' || test === 'ew';
  const ordering = test === 'gt' || test === 'ge' || test === 'lt' || test === 'le';
  switch (def.type) {
    case 'boolean': {
      if (ordering || substring) throw invalid(pathText, `"${op}" cannot compare a boolean attribute (only eq, ne and pr can)`);
      const wanted = typeof literal === 'boolean' ? literal : typeof literal === 'string' && /^(true|false)$/i.test(literal) ? literal.toLowerCase() === 'true' : undefined;
      if (wanted === undefined) throw invalid(pathText, `a boolean attribute compares with true or false, not ${JSON.stringify(literal)}`);
      return (value) => value === wanted || (typeof value === 'string' && value.toLowerCase() === String(wanted));
    }
    case 'integer':
    case 'decimal': {
      if (substring) throw invalid(pathText, `"${op}" works on strings, not on the ${def.type} attribute`);
      const wanted = toNumber(literal);
      if (wanted === undefined) throw invalid(pathText, `a ${def.type} attribute compares with a number, not ${JSON.stringify(literal)}`);
      return (value) => {
        const have = toNumber(value);
        return have !== undefined && ordered(test, have - wanted);
      };
    }
    case 'dateTime': {
      if (substring) return stringTest({ ...def, caseExact: true }, test, String(literal));
      const wanted = typeof literal === 'string' ? Date.parse(literal) : Number.NaN;
      if (Number.isNaN(wanted)) throw invalid(pathText, `a dateTime attribute compares with an xsd:dateTime string such as "2011-05-13T04:42:34Z", not ${JSON.stringify(literal)}`);
      return (value) => {
        const have = typeof value === 'string' ? Date.parse(value) : Number.NaN;
        return !Number.isNaN(have) && ordered(test, have - wanted);
      };
    }
    case 'binary':
      if (ordering) throw invalid(pathText, `"${op}" cannot compare a binary attribute (RFC 7644 §3.4.2.2 forbids gt/ge/lt/le on binary)`);
      return stringTest(def, test, String(literal));
    case 'complex':
      throw invalid(pathText, `"${op}" needs a simple attribute; name a sub-attribute`);
    default:
      return stringTest(def, test, String(literal));
  }
}

/**
 * True when a value counts as present for `pr` (RFC 7644 §3.4.2.2): not null, not an empty string,
 * not an empty array, and for objects at least one present member.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function isPresentValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (isPresentValue(item)) return true;
    return false;
  }
  if (typeof value === 'object') {
    for (const key in value) if (isPresentValue((value as Record<string, unknown>)[key])) return true;
    return false;
  }
  return true;
}
