/** Whose data a value is: a generated user or group of the test-data generator (src/engine/test-data.ts). */
export type EntityKind = 'user' | 'group';

/** One generated user or group standing in for a real one: field → the real value it replaces. */
export interface Entity {
  kind: EntityKind;
  index: number;
  fields: Map<string, string>;
}

/** The body (or query) a value was seen in: the entity it is about, and where overflow values go. */
export interface ValueContext {
  /** The user or group the request is about (from the path id or the body's userName / displayName). */
  owner?: Entity;
  /** A second entity for new values of fields the owner already has (an update's new name). */
  overflow?: Entity;
}

/**
 * The mapping from personal values seen in a session to generated placeholders (`user1.email`,
 * `group1.displayName`, `guid1`), consistent across the whole session.
 * @see src/engine/test-data.ts (the generator that fills these names at replay)
 */
export class PersonalData {
  private readonly entities: Entity[] = [];
  private readonly firstName = new Map<string, string>();
  private guids = 0;

  /**
   * Gives `value` (a `field` of a `kind`) a placeholder name and returns it: the same (field, value) always
   * gets the same name; an update's new value goes to a new entity, so `{{user2.givenName}}` replaces it.
   */
  assign(kind: EntityKind, field: string, value: string, context: ValueContext = {}): string {
    const same = this.entities.find((e) => e.kind === kind && e.fields.get(field) === value);
    if (same) {
      context.owner ??= same;
      return this.remember(value, same, field);
    }
    const owner = context.owner?.kind === kind ? context.owner : undefined;
    const candidates = owner ? [owner] : this.entities.filter((e) => e.kind === kind);
    const sibling = candidates.find((e) => !e.fields.has(field) && [...e.fields.values()].includes(value));
    if (sibling) {
      context.owner ??= sibling;
      return this.set(sibling, field, value);
    }
    const known = this.firstName.get(value);
    if (known?.startsWith(kind)) return known;
    if (owner && !owner.fields.has(field)) return this.set(owner, field, value);
    if (owner) {
      const overflow = context.overflow?.kind === kind && !context.overflow.fields.has(field) ? context.overflow : this.create(kind);
      context.overflow = overflow;
      return this.set(overflow, field, value);
    }
    const created = this.create(kind);
    context.owner ??= created;
    return this.set(created, field, value);
  }

  /** A random-looking id the IdP invented (Entra's Test Connection GUID): `guid1`, `guid2`, … */
  assignGuid(value: string): string {
    const known = this.firstName.get(value);
    if (known) return known;
    const name = `guid${++this.guids}`;
    this.firstName.set(value, name);
    return name;
  }

  /** The entity holding `value` as `field`, if any. */
  entityOf(kind: EntityKind, field: string, value: string): Entity | undefined {
    return this.entities.find((e) => e.kind === kind && e.fields.get(field) === value);
  }

  /** The placeholder name for a value, preferring the slot of `field` when it holds exactly this value. */
  nameFor(value: string, field?: string): string | undefined {
    if (field) {
      const exact = this.entities.find((e) => e.fields.get(field) === value);
      if (exact) return `${exact.kind}${exact.index}.${field}`;
    }
    return this.firstName.get(value);
  }

  /** Every value with a placeholder (its first name): the table for substitution. */
  values(): string[] {
    return [...this.firstName.keys()];
  }

  private create(kind: EntityKind): Entity {
    const entity: Entity = { kind, index: this.entities.filter((e) => e.kind === kind).length + 1, fields: new Map() };
    this.entities.push(entity);
    return entity;
  }

  private set(entity: Entity, field: string, value: string): string {
    entity.fields.set(field, value);
    return this.remember(value, entity, field);
  }

  private remember(value: string, entity: Entity, field: string): string {
    const name = `${entity.kind}${entity.index}.${field}`;
    if (!this.firstName.has(value)) this.firstName.set(value, name);
    return name;
  }
}
