/**
 * A key -> ids index that stores a bare string for the usual single holder and an array only when a
 * key is shared, so a million unique keys cost one Map entry each.
 */
export class MultiIndex {
  readonly #entries = new Map<string, string | string[]>();

  /** Records that `id` holds `key`. */
  add(key: string, id: string): void {
    const current = this.#entries.get(key);
    if (current === undefined) this.#entries.set(key, id);
    else if (typeof current === 'string') {
      if (current !== id) this.#entries.set(key, [current, id]);
    } else if (!current.includes(id)) current.push(id);
  }

  /** Forgets that `id` holds `key`. */
  delete(key: string, id: string): void {
    const current = this.#entries.get(key);
    if (current === undefined) return;
    if (typeof current === 'string') {
      if (current === id) this.#entries.delete(key);
      return;
    }
    const rest = current.filter((held) => held !== id);
    if (rest.length === 0) this.#entries.delete(key);
    else this.#entries.set(key, rest.length === 1 ? rest[0]! : rest);
  }

  /** The ids holding `key`, in insertion order. */
  get(key: string): readonly string[] {
    const current = this.#entries.get(key);
    if (current === undefined) return [];
    return typeof current === 'string' ? [current] : current;
  }

  clear(): void {
    this.#entries.clear();
  }
}
