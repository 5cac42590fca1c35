/**
 * Reads a value at a JSON pointer (`/Resources/0/id`); undefined when any segment is missing.
 * @see RFC 6901
 */
export function readPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[key];
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * The concrete pointers a pointer with `*` segments stands for: `*` is every index of the array there
 * (`/Resources/*` + `/schemaExtensions/*` + `/required`). A branch whose array is missing yields nothing; the last
 * segment is kept even when absent, so a check can say it is missing. A pointer without `*` is itself.
 * @see RFC 6901 (the `*` segment is this project's extension)
 */
export function expandPointer(document: unknown, pointer: string): string[] {
  if (!pointer.split('/').includes('*')) return [pointer];
  const segments = pointer.slice(1).split('/');
  let prefixes = [''];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    prefixes = prefixes.flatMap((prefix) => {
      if (segment !== '*') return last || readPointer(document, `${prefix}/${segment}`) !== undefined ? [`${prefix}/${segment}`] : [];
      const array = readPointer(document, prefix);
      return Array.isArray(array) ? array.map((_, i) => `${prefix}/${i}`) : [];
    });
  });
  return prefixes;
}

/** The values at a pointer: one value, or, for a pointer with `*` segments, the array of every match's value. */
export function readPointerValues(document: unknown, pointer: string): unknown {
  if (!pointer.split('/').includes('*')) return readPointer(document, pointer);
  return expandPointer(document, pointer).map((concrete) => readPointer(document, concrete)).filter((value) => value !== undefined);
}
