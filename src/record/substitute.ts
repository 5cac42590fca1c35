import { attributeBefore, stripUrn } from './attribute-fields.ts';

/** What the recorder replaces: personal values and server ids, each with its placeholder name. */
export interface Substitutions {
  values: readonly string[];
  /** The placeholder name (without braces) for a value found at an attribute path (when known). */
  name(value: string, attribute?: string): string;
  /** Opaque values (server ids, IdP-invented GUIDs) need no encoding filter unless the IdP encoded them. */
  isOpaque(value: string): boolean;
}

type Form = 'url' | 'form' | 'raw';

/** Keys whose string values are protocol words, never personal data (`"type": "User"` must stay). */
const PROTOCOL_KEYS = new Set(['schemas', 'op', 'type', 'primary', 'active', 'locale', 'preferredlanguage', 'timezone']);
/** Keys whose values may hold ids but no personal data. */
const ID_ONLY_KEYS = new Set(['path', '$ref']);
const MIN_SUBSTRING = 3;

/** The placeholder syntax for a name and optional filter. */
export function placeholder(name: string, filter?: string): string {
  return filter ? `{{${name}|${filter}}}` : `{{${name}}}`;
}

/** How a query string encodes spaces: `%20` (url), `+` (form), or not at all (raw). */
export function queryStyle(query: string): Form {
  if (query.includes('%20')) return 'url';
  if (query.includes('+')) return 'form';
  return /%[0-9A-Fa-f]{2}/.test(query) ? 'url' : 'raw';
}

/** Form encoding as the `|form` placeholder filter writes it (src/engine/placeholders.ts). */
export function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16));
}

/**
 * Replaces each value inside quotes or after `=` in a raw query string with its placeholder, choosing the
 * `|url` or `|form` filter that reproduces the encoding the IdP used, so the replay sends the same bytes
 * for the generated value.
 * @see RFC 7644 §3.4.2.2; src/engine/placeholders.ts (filters)
 */
export function substituteQuery(query: string, subs: Substitutions): string {
  const style = queryStyle(query);
  const forms = new Map<string, { value: string; kinds: Set<Form> }>();
  for (const value of subs.values) {
    for (const [kind, text] of [['url', encodeURIComponent(value)], ['form', formEncode(value)], ['raw', value]] as const) {
      const entry = forms.get(text) ?? { value, kinds: new Set<Form>() };
      if (entry.value === value) entry.kinds.add(kind);
      forms.set(text, entry);
    }
  }
  if (forms.size === 0) return query;
  const pattern = new RegExp(`(?<=[="'(]|%2[27]|%28)(?:${alternation([...forms.keys()])})(?=[&"')]|%2[27]|%29|$)`, 'g');
  return query.replace(pattern, (text, offset: number) => {
    const { value, kinds } = forms.get(text)!;
    const attribute = queryAttribute(query.slice(0, offset), style);
    return placeholder(subs.name(value, attribute), chooseFilter(kinds, style, subs.isOpaque(value)));
  });
}

/** Replaces path segments after the endpoint (`/Users/<id>`) that are exactly a known value. */
export function substitutePath(path: string, subs: Substitutions): string {
  const known = new Set(subs.values);
  return path.split('/').map((segment, index) => {
    if (index < 2 || segment === '') return segment;
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch { /* keep as is */ }
    if (!known.has(decoded)) return segment;
    return placeholder(subs.name(decoded), segment === decoded ? undefined : 'url');
  }).join('/');
}

/**
 * Replaces known values in a JSON body: whole strings by their placeholder (typed by the attribute they
 * sit at), and values inside longer strings (`"formatted": "Ada Lovelace"`). Keys and protocol words
 * (`schemas`, `op`, `type`, URNs) are left alone; `path` and `$ref` only lose ids.
 */
export function substituteJson(value: unknown, subs: Substitutions, attribute = '', key = ''): unknown {
  if (typeof value === 'string') {
    const lower = key.toLowerCase();
    if (PROTOCOL_KEYS.has(lower) || value.toLowerCase().startsWith('urn:')) return value;
    const allowed = ID_ONLY_KEYS.has(lower) ? subs.values.filter((v) => subs.isOpaque(v)) : subs.values;
    if (allowed.includes(value)) return placeholder(subs.name(value, attribute));
    return substituteText(value, { ...subs, values: allowed });
  }
  if (Array.isArray(value)) return value.map((item) => substituteJson(item, subs, attribute, key));
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const isOperation = typeof object.op === 'string';
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(object)) {
      const child = isOperation && name === 'value'
        ? (typeof object.path === 'string' ? object.path : '')
        : [attribute, stripUrn(name)].filter(Boolean).join('.');
      out[name] = substituteJson(item, subs, child, name);
    }
    return out;
  }
  return value;
}

/**
 * Replaces known values inside free text: values of 3 characters or more where they stand as whole
 * words, shorter ones (an id like `7`) only between double quotes (`members[value eq "7"]`).
 */
export function substituteText(text: string, subs: Substitutions): string {
  const long = subs.values.filter((v) => v.length >= MIN_SUBSTRING);
  const short = subs.values.filter((v) => v.length > 0 && v.length < MIN_SUBSTRING);
  const parts = [
    ...(long.length ? [`(?<![A-Za-z0-9])(?:${alternation(long)})(?![A-Za-z0-9])`] : []),
    ...(short.length ? [`(?<=")(?:${alternation(short)})(?=")`] : []),
  ];
  if (parts.length === 0) return text;
  return text.replace(new RegExp(parts.join('|'), 'g'), (found) => placeholder(subs.name(found)));
}

/** Replaces known values that are whole JSON strings (`"value"`) in an exact-bytes body. */
export function substituteRawJson(text: string, subs: Substitutions): string {
  const escaped = new Map(subs.values.map((v) => [JSON.stringify(v).slice(1, -1), v]));
  if (escaped.size === 0) return text;
  const pattern = new RegExp(`"(${alternation([...escaped.keys()])})"`, 'g');
  return text.replace(pattern, (_match, inner: string) => `"${placeholder(subs.name(escaped.get(inner)!))}"`);
}

function chooseFilter(kinds: Set<Form>, style: Form, opaque: boolean): string | undefined {
  if (opaque) return kinds.has('raw') ? undefined : kinds.has('url') ? 'url' : 'form';
  if (kinds.has(style)) return style === 'raw' ? undefined : style;
  if (kinds.has('raw')) return undefined;
  return kinds.has('url') ? 'url' : 'form';
}

function queryAttribute(before: string, style: Form): string | undefined {
  const param = before.slice(before.lastIndexOf('&') + 1);
  const equals = param.indexOf('=');
  if (equals < 0) return undefined;
  const decoded = decodeQueryText(param.slice(equals + 1), style);
  return attributeBefore(decoded) ?? (decoded === '' ? decodeQueryText(param.slice(0, equals), style) : undefined);
}

/** Decodes a piece of a query string the way it was encoded (`+` is a space only in form encoding). */
export function decodeQueryText(text: string, style: Form): string {
  const spaced = style === 'form' ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function alternation(texts: string[]): string {
  return [...texts].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
