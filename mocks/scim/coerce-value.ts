import { findSubAttribute } from './attribute-lookup.ts';
import { describeValue, isPlainObject } from './json-value.ts';
import type { AttributeDef } from './schema/schema-types.ts';
import { ScimError } from './scim-error.ts';

/** How {@link coerceValue} treats what the schema does not allow. */
export interface CoerceOptions {
  /** Called with the path of a sub-attribute the schema does not define; the sub-attribute is dropped. */
  onUnknown: (path: string) => void;
  /** Drop readOnly sub-attributes (`manager.displayName`, `groups.*`) instead of keeping them. */
  dropReadOnly: boolean;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i;

const EXPECTED: Record<AttributeDef['type'], string> = {
  string: 'a string',
  boolean: 'a boolean (true/false, or the strings "True"/"False" Entra sends)',
  decimal: 'a number',
  integer: 'an integer',
  dateTime: 'an xsd:dateTime string such as "2024-05-01T12:00:00Z"',
  reference: 'a URI string',
  complex: 'an object of sub-attributes',
  binary: 'a base64 string',
};

/**
 * The 400 invalidValue error for a value of the wrong type, in the project's message shape.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function invalidValueError(path: string, def: AttributeDef, value: unknown): ScimError {
  return new ScimError(
    400,
    `Attribute "${path}" expects ${EXPECTED[def.type]} but got ${describeValue(value)}. ` +
      `RFC 7643 §2.3 types every attribute and the service provider stores only values of that type. ` +
      `Send the value as ${def.multiValued ? 'an array of ' : ''}${EXPECTED[def.type]}.`,
    'invalidValue',
  );
}

function coerceSimple(def: AttributeDef, value: unknown, path: string): unknown {
  switch (def.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') {
        const lower = value.toLowerCase();
        if (lower === 'true') return true;
        if (lower === 'false') return false;
      }
      break;
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && INTEGER.test(value)) return Number(value);
      break;
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
      break;
    case 'dateTime':
      if (typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
      break;
    default:
      if (typeof value === 'string') return value;
  }
  throw invalidValueError(path, def, value);
}

function coerceComplex(def: AttributeDef, value: unknown, path: string, options: CoerceOptions): unknown {
  // An empty string for a complex attribute means "no value" (Entra clears a manager with "").
  if (value === '') return undefined;
  if (!isPlainObject(value)) {
    const valueSub = findSubAttribute(def, 'value');
    // Entra writes a manager as a bare id ("271") and older jobs as a one-element array.
    if (valueSub && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      return { [valueSub.name]: coerceSimple(valueSub, value, `${path}.value`) };
    }
    if (!def.multiValued && Array.isArray(value) && value.length === 1) return coerceComplex(def, value[0], path, options);
    throw invalidValueError(path, def, value);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const sub = findSubAttribute(def, key);
    if (!sub) {
      options.onUnknown(`${path}.${key}`);
      continue;
    }
    if (options.dropReadOnly && sub.mutability === 'readOnly') continue;
    const coerced = coerceValue(sub, value[key], `${path}.${sub.name}`, options);
    if (coerced !== undefined) out[sub.name] = coerced;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function coerceOne(def: AttributeDef, value: unknown, path: string, options: CoerceOptions): unknown {
  if (value === null || value === undefined) return undefined;
  return def.type === 'complex' ? coerceComplex(def, value, path, options) : coerceSimple(def, value, path);
}

/**
 * Coerces a client value to the attribute's schema type: `"True"`/`"False"` (any case) become booleans,
 * numeric strings become numbers, a bare value for a complex attribute becomes `{ value }`, a single value
 * for a multi-valued attribute becomes a one-element array, sub-attribute names take their schema case.
 * `null`, empty arrays and empty objects come back `undefined` (unassigned, RFC 7643 §2.5).
 * @throws ScimError 400 invalidValue naming the attribute when the value cannot be coerced.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function coerceValue(def: AttributeDef, value: unknown, path: string, options: CoerceOptions): unknown {
  if (value === null || value === undefined) return undefined;
  if (!def.multiValued) {
    if (Array.isArray(value) && def.type !== 'complex') {
      if (value.length === 1) return coerceOne(def, value[0], path, options);
      throw invalidValueError(path, def, value);
    }
    return coerceOne(def, value, path, options);
  }
  const items = Array.isArray(value) ? value : [value];
  const out: unknown[] = [];
  for (const item of items) {
    const coerced = coerceOne(def, item, path, options);
    if (coerced !== undefined) out.push(coerced);
  }
  return out.length === 0 ? undefined : out;
}
