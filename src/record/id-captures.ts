import type { Entity } from './personal-data.ts';

/** Where a server-assigned id can be read from a recorded response. */
export interface IdSource {
  /** The index of the step whose response holds it. */
  step: number;
  /** JSON pointer to it in that response: `/id`, `/Resources/2/id`. */
  pointer: string;
  /** `user`, `group` or `resource`: the first part of the capture name. */
  kind: string;
  /** The generated user or group it belongs to: its number goes into the capture name (`user1Id`). */
  entity?: Entity;
  /** A create's id is captured even when no later request uses it (the step checks it exists). */
  always?: boolean;
}

/**
 * The ids the server returned in a session and the captures that carry them to later steps: the first
 * later use of an id adds `"capture": { "user1Id": "/id" }` to the step that returned it.
 * @see src/scenario/types.ts (Step.capture)
 */
export class IdCaptures {
  private readonly sources = new Map<string, IdSource & { name?: string }>();
  private readonly taken = new Set<string>();
  private readonly byStep = new Map<number, Record<string, string>>();

  /** Notes an id the server returned; an id already known keeps its first source. */
  register(id: string, source: IdSource): void {
    if (id === '' || this.sources.has(id)) return;
    this.sources.set(id, { ...source });
    if (source.always) this.use(id);
  }

  /** Every id known so far. */
  ids(): string[] {
    return [...this.sources.keys()];
  }

  has(id: string): boolean {
    return this.sources.has(id);
  }

  /** The entity an id belongs to, for requests addressed to it. */
  entityOf(id: string): Entity | undefined {
    return this.sources.get(id)?.entity;
  }

  /** The capture name for an id, capturing it at its source step the first time it is used. */
  use(id: string): string {
    const source = this.sources.get(id);
    if (!source) throw new Error(`id ${id} was never registered`);
    if (source.name) return source.name;
    let base = `${source.kind}${source.entity?.index ?? 1}Id`;
    for (let n = source.entity?.index ?? 1; !source.entity && this.taken.has(base); n += 1) base = `${source.kind}${n}Id`;
    let name = base;
    for (let n = 2; this.taken.has(name); n += 1) name = `${base}_${n}`;
    this.taken.add(name);
    source.name = name;
    const captures = this.byStep.get(source.step) ?? {};
    captures[name] = source.pointer;
    this.byStep.set(source.step, captures);
    return name;
  }

  /** The captures to write into a step, if any. */
  capturesOf(step: number): Record<string, string> | undefined {
    return this.byStep.get(step);
  }
}
