import type { ScimStore, StoredResource } from '../mocks/index.ts';

const USER_SCHEMAS = Object.freeze(['urn:ietf:params:scim:schemas:core:2.0:User']);
const STAMP = '2026-01-01T00:00:00.000Z';

/** The userName of the i-th seeded user (mixed case, so case-insensitive lookups are real). */
export const seededUserName = (i: number) => `Bench.User${i}@Example.com`;
/** The externalId of the i-th seeded user. */
export const seededExternalId = (i: number) => `ext-${i.toString(36)}`;
/** The id of the i-th seeded user (UUID-shaped, unique). */
export const seededId = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** A user shaped like what the mock stores after a POST (schemas, id, attributes, meta). */
export function seededUser(i: number): StoredResource {
  const userName = seededUserName(i);
  return {
    schemas: USER_SCHEMAS,
    id: seededId(i),
    userName,
    externalId: seededExternalId(i),
    name: { givenName: 'Bench', familyName: `User${i}` },
    emails: [{ value: userName, type: 'work', primary: true }],
    displayName: `Bench User${i}`,
    active: true,
    meta: { resourceType: 'User', created: STAMP, lastModified: STAMP, version: `W/"${i + 1}"` },
  };
}

/** Inserts users number `from` to `to - 1` straight into the store (no HTTP). */
export function seedStore(store: ScimStore, from: number, to: number): void {
  for (let i = from; i < to; i += 1) store.insert('User', seededUser(i));
}
