import { ScimError } from '../scim/index.ts';

const BULK_ID = /^bulkId:(.+)$/;

/** The bulkId a string names: the whole string, or a path's last segment, `bulkId:<id>`. */
function bulkIdIn(value: string): string | undefined {
  return BULK_ID.exec(value.split('/').pop() ?? '')?.[1];
}

/** The bulkIds an operation's path and data refer to (`"bulkId:qwerty"` anywhere in them). */
export function bulkIdReferences(op: { path: string; data?: unknown }): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const id = bulkIdIn(value);
      if (id !== undefined) found.add(id);
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
    const bulkId = bulkIdIn(value);
    if (bulkId === undefined) return value;
    const id = created.get(bulkId);
    if (id === undefined) {
      throw new ScimError(409, `"bulkId:${bulkId}" refers to a POST that failed or that this request does not contain (RFC 7644 §3.7.2). Check the bulkId.`, 'invalidValue');
    }
    return value.slice(0, value.length - `bulkId:${bulkId}`.length) + id;
  }
  if (Array.isArray(value)) return value.map((item) => resolveBulkIds(item, created));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveBulkIds(item, created)]));
  }
  return value;
}
