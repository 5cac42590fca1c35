import { ScimError } from '../scim/index.ts';

const BULK_ID = /^bulkId:(.+)$/;

/** The bulkIds an operation's path and data refer to (`"bulkId:qwerty"` anywhere in them). */
export function bulkIdReferences(op: { path: string; data?: unknown }): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = BULK_ID.exec(value) ?? BULK_ID.exec(value.split('/').pop() ?? '');
      if (match) found.add(match[1]!);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(op.path);
  walk(op.data);
  return [...found];
}

/**
 * Replaces each `bulkId:<id>` (a whole string, or the last segment of a path) by the id the POST with
 * that bulkId created.
 * @throws ScimError 409 when the POST it names failed or never ran
 * @see RFC 7644 §3.7.2
 */
export function resolveBulkIds(value: unknown, created: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const segments = value.split('/');
    const last = segments.pop() ?? '';
    const match = BULK_ID.exec(last);
    if (!match) return value;
    const id = created.get(match[1]!);
    if (id === undefined) {
      throw new ScimError(409, `"${last}" refers to a POST that failed or that this request does not contain (RFC 7644 §3.7.2). Check the bulkId.`, 'invalidValue');
    }
    return [...segments, id].join('/');
  }
  if (Array.isArray(value)) return value.map((item) => resolveBulkIds(item, created));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveBulkIds(item, created)]));
  }
  return value;
}
