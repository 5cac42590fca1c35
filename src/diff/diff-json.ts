import type { Rename } from './normalise-placeholders.ts';
import { showValue } from './show-value.ts';

/** One place where two JSON bodies differ. */
export interface JsonDifference {
  /** `body /emails/0/type`, or `body key order at /name`. */
  what: string;
  before: string;
  after: string;
}

/**
 * Compares two JSON values after placeholder normalisation: members added or removed, values or types
 * changed, and the order of members (the engine sends keys in written order, so order is on the wire).
 * Shows the original (un-normalised) values.
 */
export function diffJson(a: unknown, b: unknown, renameA: Rename, renameB: Rename, pointer = ''): JsonDifference[] {
  const at = pointer || '/';
  if (isObject(a) && isObject(b)) {
    const out: JsonDifference[] = [];
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    for (const key of keysA) {
      const child = `${pointer}/${escape(key)}`;
      if (!(key in b)) out.push({ what: `body ${child}`, before: showValue(a[key]), after: 'absent' });
      else out.push(...diffJson(a[key], b[key], renameA, renameB, child));
    }
    for (const key of keysB) if (!(key in a)) out.push({ what: `body ${pointer}/${escape(key)}`, before: 'absent', after: showValue(b[key]) });
    const commonA = keysA.filter((k) => k in b);
    const commonB = keysB.filter((k) => k in a);
    if (commonA.join('\u0000') !== commonB.join('\u0000')) out.push({ what: `body key order at ${at}`, before: commonA.join(', '), after: commonB.join(', ') });
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: JsonDifference[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const child = `${pointer}/${i}`;
      if (i >= b.length) out.push({ what: `body ${child}`, before: showValue(a[i]), after: 'absent' });
      else if (i >= a.length) out.push({ what: `body ${child}`, before: 'absent', after: showValue(b[i]) });
      else out.push(...diffJson(a[i], b[i], renameA, renameB, child));
    }
    return out;
  }
  const same = typeof a === 'string' && typeof b === 'string' ? renameA(a) === renameB(b) : JSON.stringify(a) === JSON.stringify(b);
  return same ? [] : [{ what: `body ${at}`, before: showValue(a), after: showValue(b) }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
