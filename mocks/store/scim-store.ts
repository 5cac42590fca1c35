import { ScimError } from '../scim/index.ts';
import { MultiIndex } from './multi-index.ts';

/** The resource types the store keeps. */
export type ResourceKind = 'User' | 'Group';

/** A stored resource: a plain JSON object with an `id`. */
export type StoredResource = { id: string; [attribute: string]: unknown };

/** In-memory, indexed storage for Users and Groups. All methods are synchronous. */
export interface ScimStore {
  /**
   * The resource with this id, or undefined. The object is the stored one: read it, do not change it
   * (write with insert or replace: the mock caches rendered resources until the next write).
   */
  get(kind: ResourceKind, id: string): StoredResource | undefined;
  /** The user whose userName equals this one ignoring case (RFC 7643 §4.1.1 caseExact false). */
  findUserByUserName(userName: string): StoredResource | undefined;
  /** Resources whose externalId equals this one exactly (caseExact true). */
  findByExternalId(kind: ResourceKind, externalId: string): StoredResource[];
  /** Groups whose displayName equals this one ignoring case. */
  findGroupsByDisplayName(displayName: string): StoredResource[];
  /**
   * Adds a new resource. `checkUniqueness: false` skips the userName check (only the create-race fault
   * does, to store the duplicate a racy server stores). @throws ScimError 409 uniqueness when the userName is taken.
   */
  insert(kind: ResourceKind, resource: StoredResource, options?: { checkUniqueness?: boolean }): void;
  /** Replaces the resource with the same id. @throws ScimError 409 uniqueness, 404 if absent. */
  replace(kind: ResourceKind, resource: StoredResource): void;
  /** Removes and returns the resource, or undefined when absent. */
  remove(kind: ResourceKind, id: string): StoredResource | undefined;
  /** All resources of a kind, in insertion order. */
  values(kind: ResourceKind): IterableIterator<StoredResource>;
  /** How many resources of a kind are stored. */
  count(kind: ResourceKind): number;
  /** Ids of the groups that list this id in `members`. */
  groupIdsOf(memberId: string): readonly string[];
  /** How many users have `active` other than false. */
  activeUserCount(): number;
  /** Empties the store. */
  clear(): void;
  /**
   * A number that changes on every write (insert, replace, remove, clear): anything derived from stored
   * resources (a rendered resource, a user's groups) stays valid while it is the same.
   */
  generation(): number;
}

/** How the store indexes; the defaults follow RFC 7643. */
export interface ScimStoreOptions {
  /** userName uniqueness and lookup by userName match case (the username-case-sensitive fault); RFC 7643 §4.1.1 says they do not. */
  caseSensitiveUserNames?: boolean;
  /** userName uniqueness skips the PRECIS width mapping (the precis-width-not-mapped fault); RFC 7644 §5 and RFC 7613 §3 map fullwidth to ASCII first. */
  skipWidthMapping?: boolean;
}

/**
 * The PRECIS width-mapping rule (RFC 7613 §3.2.2 rule 1, kept by RFC 8265): fullwidth and halfwidth code
 * points become their decomposition mappings (`ＡＤＡ` is `ADA`); every other code point is kept.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-5
 */
export function mapWidth(text: string): string {
  return text.replace(/[\u3000\uFF01-\uFFEE]/g, (c) => c.normalize('NFKC'));
}

/**
 * Creates an empty store. Lookups by id, userName (case-insensitive, width-mapped), externalId and group
 * displayName are Map reads, never scans, so they stay flat at 10^6 users.
 * @see RFC 7643 §4.1.1 (userName unique, caseExact false), §3.1 (id, externalId); RFC 7644 §5 (PRECIS)
 */
export function createScimStore({ caseSensitiveUserNames = false, skipWidthMapping = false }: ScimStoreOptions = {}): ScimStore {
  const byId = { User: new Map<string, StoredResource>(), Group: new Map<string, StoredResource>() };
  const byExternalId = { User: new MultiIndex(), Group: new MultiIndex() };
  const userNames = new Map<string, string>();
  const displayNames = new MultiIndex();
  const memberOf = new MultiIndex();
  let active = 0;
  let generation = 0;

  const widthMapped = (userName: string) => (skipWidthMapping ? userName : mapWidth(userName));
  const fold = (userName: string) => (caseSensitiveUserNames ? widthMapped(userName) : widthMapped(userName).toLowerCase());
  const userNameKey = (resource: StoredResource) =>
    typeof resource['userName'] === 'string' ? fold(resource['userName']) : undefined;

  function assertUniqueUserName(resource: StoredResource): void {
    const key = userNameKey(resource);
    if (key === undefined) return;
    const holder = userNames.get(key);
    if (holder !== undefined && holder !== resource.id) {
      throw new ScimError(
        409,
        `userName "${String(resource['userName'])}" is already taken by user ${holder}: userName is unique ` +
          'ignoring case (RFC 7643 §4.1.1) and after PRECIS width mapping (RFC 7644 §5). Look the user up with a userName filter and update it instead.',
        'uniqueness',
      );
    }
  }

  function index(kind: ResourceKind, resource: StoredResource): void {
    if (typeof resource['externalId'] === 'string') byExternalId[kind].add(resource['externalId'], resource.id);
    if (kind === 'User') {
      const key = userNameKey(resource);
      if (key !== undefined) userNames.set(key, resource.id);
      if (resource['active'] !== false) active += 1;
      return;
    }
    if (typeof resource['displayName'] === 'string') displayNames.add(resource['displayName'].toLowerCase(), resource.id);
    for (const value of memberValues(resource)) memberOf.add(value, resource.id);
  }

  function unindex(kind: ResourceKind, resource: StoredResource): void {
    if (typeof resource['externalId'] === 'string') byExternalId[kind].delete(resource['externalId'], resource.id);
    if (kind === 'User') {
      const key = userNameKey(resource);
      if (key !== undefined && userNames.get(key) === resource.id) userNames.delete(key);
      if (resource['active'] !== false) active -= 1;
      return;
    }
    if (typeof resource['displayName'] === 'string') displayNames.delete(resource['displayName'].toLowerCase(), resource.id);
    for (const value of memberValues(resource)) memberOf.delete(value, resource.id);
  }

  const resolve = (kind: ResourceKind, ids: readonly string[]) =>
    ids.map((id) => byId[kind].get(id)).filter((r): r is StoredResource => r !== undefined);

  return {
    get: (kind, id) => byId[kind].get(id),
    findUserByUserName(userName) {
      const id = userNames.get(fold(userName));
      return id === undefined ? undefined : byId.User.get(id);
    },
    findByExternalId: (kind, externalId) => resolve(kind, byExternalId[kind].get(externalId)),
    findGroupsByDisplayName: (displayName) => resolve('Group', displayNames.get(displayName.toLowerCase())),
    insert(kind, resource, { checkUniqueness = true } = {}) {
      if (byId[kind].has(resource.id)) throw new ScimError(409, `${kind} id ${resource.id} already exists.`, 'uniqueness');
      if (kind === 'User' && checkUniqueness) assertUniqueUserName(resource);
      byId[kind].set(resource.id, resource);
      index(kind, resource);
      generation += 1;
    },
    replace(kind, resource) {
      const previous = byId[kind].get(resource.id);
      if (!previous) throw new ScimError(404, `${kind} ${resource.id} not found.`);
      if (kind === 'User') assertUniqueUserName(resource);
      unindex(kind, previous);
      byId[kind].set(resource.id, resource);
      index(kind, resource);
      generation += 1;
    },
    remove(kind, id) {
      const previous = byId[kind].get(id);
      if (!previous) return undefined;
      unindex(kind, previous);
      byId[kind].delete(id);
      generation += 1;
      return previous;
    },
    values: (kind) => byId[kind].values(),
    count: (kind) => byId[kind].size,
    groupIdsOf: (memberId) => memberOf.get(memberId),
    activeUserCount: () => active,
    clear() {
      for (const kind of ['User', 'Group'] as const) {
        byId[kind].clear();
        byExternalId[kind].clear();
      }
      userNames.clear();
      displayNames.clear();
      memberOf.clear();
      active = 0;
      generation += 1;
    },
    generation: () => generation,
  };
}

function memberValues(group: StoredResource): string[] {
  const members = group['members'];
  if (!Array.isArray(members)) return [];
  return members
    .map((member: unknown) => (member && typeof member === 'object' ? (member as { value?: unknown }).value : undefined))
    .filter((value): value is string => typeof value === 'string');
}
