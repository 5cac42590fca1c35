import { parseLiteral, parsePath, readValues, valueEquals, type Comparison, type Json } from './attribute-path.ts';
import { ScimError } from './scim-error.ts';

/**
 * Parses a raw query string into lower-cased parameter names and decoded values. `+` becomes a space
 * BEFORE percent-decoding, so Entra's `userName+eq+%22x%22` and Okta's `userName%20eq%20%22x%22` read alike.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export function parseQuery(rawQuery: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue; // OneLogin ends its probe with a bare `&`
    const eq = pair.indexOf('=');
    const [key, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    params.set(decodeFormComponent(key).toLowerCase(), decodeFormComponent(value));
  }
  return params;
}

function decodeFormComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

const TERM = /^((?:[^\s[\]"]|\[[^\]]*\])+)\s+eq\s+("(?:[^"\\]|\\.)*"|[^\s"()]+)\s*/i;

/**
 * Parses `attr eq "value" [and attr eq "value"]…`; any other operator is rejected as invalidFilter.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function parseFilter(text: string): Comparison[] {
  const terms: Comparison[] = [];
  let rest = text.trim();
  for (;;) {
    const m = TERM.exec(rest);
    const path = m ? parsePath(m[1]!) : undefined;
    if (!m || !path) {
      throw new ScimError(400, 'invalidFilter', `filter: expected attr eq "value" (joined by and), got ${JSON.stringify(rest)}. This server implements the eq subset of RFC 7644 §3.4.2.2 that IdPs send. Rewrite the filter.`);
    }
    terms.push({ path, value: parseLiteral(m[2]!) });
    rest = rest.slice(m[0].length);
    if (!rest) return terms;
    const and = /^and\s+/i.exec(rest);
    if (!and) throw new ScimError(400, 'invalidFilter', `filter: expected "and" after a comparison, got ${JSON.stringify(rest)}. Only eq/and are implemented (RFC 7644 §3.4.2.2). Rewrite the filter.`);
    rest = rest.slice(and[0].length);
  }
}

/** True when every comparison matches some value the path reaches in the resource. */
export function matchesFilter(resource: Json, terms: Comparison[]): boolean {
  return terms.every((t) => readValues(resource, t.path).some((v) => valueEquals(v, t.value, t.path.sub ?? t.path.attr)));
}

/**
 * Applies `attributes=` / `excludedAttributes=` (comma-separated) to a rendered resource; `id` and `schemas`
 * always stay. Entra asks for `excludedAttributes=members` on every group read.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export function projectAttributes(resource: Json, params: Map<string, string>): Json {
  const topKey = (name: string) => {
    const path = parsePath(name);
    return (path?.schema ?? (path ? path.attr : name)).toLowerCase();
  };
  const list = (name: string) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(topKey);
  const include = list('attributes');
  const exclude = list('excludedattributes');
  const keep = (key: string) => ['id', 'schemas'].includes(key) || (include.length ? include.includes(key.toLowerCase()) : !exclude.includes(key.toLowerCase()));
  return Object.fromEntries(Object.entries(resource).filter(([key]) => keep(key)));
}
