/** `{{name}}` or `{{name|filter}}`. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*(?:\|\s*([A-Za-z0-9]+)\s*)?\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z][\w.]*)\s*(?:\|\s*([A-Za-z0-9]+)\s*)?\}\}$/;

/** Looks a placeholder name up; `undefined` means it is not known (yet). */
export type ResolveName = (name: string) => unknown;

/** Thrown when a placeholder has no value: names the placeholder so the step can say what is missing. */
export class MissingValueError extends Error {
  constructor(readonly placeholder: string) {
    super(`placeholder {{${placeholder}}} has no value`);
    this.name = 'MissingValueError';
  }
}

const FILTERS: Record<string, (text: string) => string> = {
  url: (text) => encodeURIComponent(text),
  // application/x-www-form-urlencoded as .NET HttpUtility.UrlEncode writes it (Entra): space as '+'.
  form: (text) => encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16)),
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  // The id at the end of a resource URL (a BulkResponse operation's location, RFC 7644 §3.7.3).
  lastSegment: (text) => text.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '',
  // Printable ASCII as its fullwidth form (U+FF01–U+FF5E): the same string after PRECIS width mapping (RFC 7644 §5).
  fullwidth: (text) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
};

/** The filter names a scenario may use. */
export const PLACEHOLDER_FILTERS = Object.keys(FILTERS);

/**
 * Fills placeholders in a string. Every value is turned into text; filters apply after.
 * @example fillString('filter=userName%20eq%20%22{{user1.userName|url}}%22', resolve)
 */
export function fillString(template: string, resolve: ResolveName): string {
  return template.replace(PLACEHOLDER, (_match, name: string, filter?: string) => {
    const value = resolve(name);
    if (value === undefined) throw new MissingValueError(name);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return filter ? applyFilter(text, filter) : text;
  });
}

/**
 * Fills placeholders throughout a JSON value. A string that is exactly one placeholder (no filter)
 * takes the value's own type, so `"{{flag}}"` can become `false`.
 */
export function fillJson(value: unknown, resolve: ResolveName): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole && !whole[2]) {
      const found = resolve(whole[1]!);
      if (found === undefined) throw new MissingValueError(whole[1]!);
      return found;
    }
    return fillString(value, resolve);
  }
  if (Array.isArray(value)) return value.map((item) => fillJson(item, resolve));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[fillString(key, resolve)] = fillJson(item, resolve);
    return out;
  }
  return value;
}

/** Every placeholder name used in a JSON value, in order of appearance. */
export function listPlaceholders(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    for (const match of value.matchAll(PLACEHOLDER)) into.push(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) listPlaceholders(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      listPlaceholders(key, into);
      listPlaceholders(item, into);
    }
  }
  return into;
}

function applyFilter(text: string, filter: string): string {
  const fn = FILTERS[filter];
  if (!fn) throw new Error(`unknown placeholder filter "|${filter}"; use one of ${PLACEHOLDER_FILTERS.join(', ')}`);
  return fn(text);
}
