import type { Rename } from './normalise-placeholders.ts';
import { showValue } from './show-value.ts';

/** One header difference: `header User-Agent`, `header name`, `header order`. */
export interface HeaderDifference {
  what: string;
  before: string;
  after: string;
}

/**
 * Compares two header lists as sent: headers removed or added, values changed (after placeholder
 * normalisation), the spelling of a name, and the order of the headers both send.
 * @see docs/idp/okta.md §1.2 (Okta's header order)
 */
export function diffHeaders(a: Record<string, string>, b: Record<string, string>, renameA: Rename, renameB: Rename): HeaderDifference[] {
  const out: HeaderDifference[] = [];
  const byLower = (headers: Record<string, string>) => new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), { name, value }]));
  const mapA = byLower(a);
  const mapB = byLower(b);
  for (const [lower, { name, value }] of mapA) {
    const other = mapB.get(lower);
    if (!other) {
      out.push({ what: `header ${name}`, before: showValue(value), after: 'absent' });
      continue;
    }
    if (other.name !== name) out.push({ what: `header name`, before: showValue(name), after: showValue(other.name) });
    if (renameA(value) !== renameB(other.value)) out.push({ what: `header ${name}`, before: showValue(value), after: showValue(other.value) });
  }
  for (const [lower, { name, value }] of mapB) if (!mapA.has(lower)) out.push({ what: `header ${name}`, before: 'absent', after: showValue(value) });
  const orderA = [...mapA.keys()].filter((k) => mapB.has(k));
  const orderB = [...mapB.keys()].filter((k) => mapA.has(k));
  if (orderA.join('\n') !== orderB.join('\n')) {
    out.push({ what: 'header order', before: orderA.map((k) => mapA.get(k)!.name).join(', '), after: orderB.map((k) => mapB.get(k)!.name).join(', ') });
  }
  return out;
}
