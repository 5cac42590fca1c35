import { ScimError } from './scim-error.ts';

export type Json = Record<string, unknown>;
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** One `eq` comparison, used both in `filter=` and inside a value path's brackets. */
export interface Comparison {
  path: AttrPath;
  value: unknown;
}

/** A parsed attribute path: `[urn:]attr[valueFilter][.sub]` (RFC 7644 §3.10, ABNF in §3.5.2). */
export interface AttrPath {
  /** Extension schema URN holding the attribute; undefined for core attributes. */
  schema?: string;
  attr: string;
  filter?: Comparison;
  sub?: string;
}

const PATH = /^(?:(urn:[^[\]\s]*):)?([A-Za-z$][\w$-]*)(?:\[\s*([A-Za-z$][\w$-]*)\s+eq\s+("(?:[^"\\]|\\.)*"|[^\s\]]+)\s*\])?(?:\.([A-Za-z$][\w$-]*))?$/i;

/**
 * Parses an attribute path such as `name.givenName`, `emails[type eq "work"].value`, `members[value eq "x"]`
 * or `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager`; undefined when it is not one.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function parsePath(text: string): AttrPath | undefined {
  const m = PATH.exec(text.trim());
  if (!m) return undefined;
  // Core-schema-qualified names (`urn:…:core:2.0:User:userName`) are top-level attributes.
  const schema = m[1] && !/^urn:ietf:params:scim:schemas:core:2\.0:(user|group)$/i.test(m[1]) ? m[1] : undefined;
  const filter = m[3] ? { path: { attr: m[3] }, value: parseLiteral(m[4]!) } : undefined;
  return { ...(schema ? { schema } : {}), attr: m[2]!, ...(filter ? { filter } : {}), ...(m[5] ? { sub: m[5] } : {}) };
}

/** Reads a filter literal: a JSON string, true/false/null, a number, or (Entra's old manager probe) a bare word. */
export function parseLiteral(text: string): unknown {
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new ScimError(400, 'invalidFilter', `filter: expected a JSON string literal, got ${text}. RFC 7644 §3.4.2.2 quotes values as JSON strings. Escape quotes and backslashes.`);
    }
  }
  if (/^(true|false|null)$/i.test(text)) return JSON.parse(text.toLowerCase());
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Finds the key of `obj` matching `name` case-insensitively (RFC 7643 §2.1), or `name` itself. */
export function findKey(obj: Json, name: string): string {
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower) ?? name;
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function toArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

const CASE_EXACT = new Set(['id', 'externalid', '$ref']);

/** Compares per RFC 7643 §2.3.1: strings case-insensitively unless the attribute is caseExact (id, externalId). */
export function valueEquals(actual: unknown, expected: unknown, attrName: string): boolean {
  const a = isObject(actual) && 'value' in actual ? actual.value : actual;
  if (typeof a === 'string' && typeof expected === 'string') {
    return CASE_EXACT.has(attrName.toLowerCase()) ? a === expected : a.toLowerCase() === expected.toLowerCase();
  }
  return a === expected;
}

/** True when the element of a multi-valued attribute satisfies the bracket filter. */
export function elementMatches(element: unknown, filter: Comparison): boolean {
  return isObject(element) && valueEquals(element[findKey(element, filter.path.attr)], filter.value, filter.path.attr);
}

/**
 * Every value a path reaches inside a resource (multi-valued attributes are flattened), for filtering.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function readValues(resource: Json, path: AttrPath): unknown[] {
  const container = path.schema ? resource[findKey(resource, path.schema)] : resource;
  if (!isObject(container)) return [];
  let values = toArray(container[findKey(container, path.attr)]);
  if (path.filter) values = values.filter((v) => elementMatches(v, path.filter!));
  if (path.sub) values = values.flatMap((v) => (isObject(v) ? toArray(v[findKey(v, path.sub!)]) : []));
  return values;
}
