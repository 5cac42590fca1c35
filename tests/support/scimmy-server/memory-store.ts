import { randomUUID } from 'node:crypto';
import SCIMMY from 'scimmy';

type Json = Record<string, unknown>;

/** What a SCIMMY egress handler sees of the resource being read (SCIMMY.Types.Resource). */
interface ReadTarget {
  id?: string;
  filter?: { match(values: Json[]): Json[] };
}

/**
 * The storage half of a SCIMMY service provider, kept in memory: SCIMMY parses, validates, filters (through
 * `resource.filter.match`), sorts, pages and patches; this store only keeps the resources, gives them an `id` and
 * `meta` dates, refuses a second user with the same `userName`, and drops a deleted user from its groups, as a
 * database behind a real SCIMMY deployment would. It adds no SCIM logic of its own, so what the harness reports
 * against it is SCIMMY's behaviour.
 * @see https://github.com/scimmyjs/scimmy (README "Basic usage": ingress, egress, degress handlers)
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3 (409 uniqueness on a duplicate userName)
 */
export class MemoryStore {
  readonly #items = new Map<string, Json>();

  constructor(readonly resourceType: 'User' | 'Group', readonly onDelete: (id: string) => void = () => {}) {}

  /** Every stored resource, as plain JSON. */
  all(): Json[] {
    return [...this.#items.values()];
  }

  /** SCIMMY egress: one resource by id (404 when unknown), or every resource the request's filter matches. */
  read(target: ReadTarget): Json | Json[] {
    if (target.id !== undefined) {
      const found = this.#items.get(target.id);
      if (!found) throw new SCIMMY.Types.Error(404, null as unknown as string, `Resource ${target.id} not found`);
      return found;
    }
    return target.filter ? target.filter.match(this.all()) : this.all();
  }

  /** SCIMMY ingress: creates (no id) or replaces (id) a resource from SCIMMY's parsed, validated instance. */
  write(target: ReadTarget, instance: object): Json {
    const data = JSON.parse(JSON.stringify(instance)) as Json;
    const previous = target.id !== undefined ? this.#items.get(target.id) : undefined;
    if (target.id !== undefined && !previous) throw new SCIMMY.Types.Error(404, null as unknown as string, `Resource ${target.id} not found`);
    this.#refuseDuplicateUserName(data, target.id);
    const now = new Date().toISOString();
    const id = target.id ?? randomUUID();
    const created = (previous?.meta as Json | undefined)?.created ?? now;
    const stored = { ...data, id, meta: { resourceType: this.resourceType, created, lastModified: now } };
    this.#items.set(id, stored);
    return stored;
  }

  /** SCIMMY degress: deletes a resource (404 when unknown). */
  remove(target: ReadTarget): void {
    if (target.id === undefined || !this.#items.delete(target.id)) {
      throw new SCIMMY.Types.Error(404, null as unknown as string, `Resource ${target.id} not found`);
    }
    this.onDelete(target.id);
  }

  /** Removes one member from every stored group (a user was deleted). */
  dropMember(memberId: string): void {
    for (const group of this.#items.values()) {
      if (Array.isArray(group.members)) group.members = group.members.filter((m: Json) => m.value !== memberId);
    }
  }

  #refuseDuplicateUserName(data: Json, ownId: string | undefined): void {
    if (this.resourceType !== 'User' || typeof data.userName !== 'string') return;
    const wanted = data.userName.toLowerCase();
    const clash = this.all().find((u) => u.id !== ownId && String(u.userName).toLowerCase() === wanted);
    if (clash) throw new SCIMMY.Types.Error(409, 'uniqueness', `userName ${data.userName} is already taken`);
  }
}
