/** The value of `name` in `object`, matching the key case-insensitively (RFC 7643 §2.1). */
export function readAttribute(object: unknown, name: string): unknown {
  if (object === null || typeof object !== 'object') return undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(object)) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Sets `name` in `object`, reusing an existing key of any case. */
export function writeAttribute(object: Record<string, unknown>, name: string, value: unknown): void {
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower) ?? name;
  object[key] = value;
}

/** True when a string attribute is present and not blank. */
export function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
