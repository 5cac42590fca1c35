/** FNV-1a 32-bit: a small, stable hash for seeds and short tags (not for security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short lowercase base-36 tag of `length` characters derived from text. */
export function shortTag(text: string, length = 4): string {
  return hashString(text).toString(36).padStart(7, '0').slice(-length);
}
