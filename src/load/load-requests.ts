import type { WireRequest } from '../engine/http-client.ts';
import type { LoadIdp } from './load-types.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** A generated user, as the harness names it (`scimtest-<run>-…`). */
export interface LoadUser {
  userName: string;
  givenName: string;
  familyName: string;
  externalId: string;
}

/** The requests of one IdP's sync, in that IdP's wire form (the same headers and bodies as its scenarios). */
export interface SyncRequests {
  probe(guid: string): WireRequest;
  userLookup(user: LoadUser): WireRequest;
  userCreate(user: LoadUser): WireRequest;
  groupLookup(displayName: string): WireRequest;
  groupCreate(displayName: string, externalId: string): WireRequest;
  groupRename(groupId: string, displayName: string): WireRequest;
  addMembers(groupId: string, members: Array<{ id: string; userName: string }>): WireRequest;
  importPage(startIndex: number): WireRequest;
  remove(collection: '/Users' | '/Groups', id: string): WireRequest;
  deactivate(id: string): WireRequest;
}

/**
 * Builds the requests Entra's provisioning cycle or Okta's push and import send.
 * @see docs/idp/entra.md §4.1, §4.2, §4.8, §4.9, §4.12 (Entra); docs/idp/okta.md §1.2, §3.2, §3.4, §3.12 (Okta)
 */
export function syncRequests(idp: LoadIdp, baseUrl: string, auth: string | undefined): SyncRequests {
  const base = baseUrl.replace(/\/+$/, '');
  const authorization: Array<[string, string]> = auth ? [['Authorization', auth]] : [];
  // Entra: Authorization, ADSCIMVersion, Content-Type with a body; no Accept, no User-Agent (docs/idp/entra.md §2.1).
  // Okta: the 2018–2019 capture's headers (docs/idp/okta.md §1.2).
  const read: Array<[string, string]> = idp === 'entra'
    ? [...authorization, ['ADSCIMVersion', '5.0']]
    : [['Accept', 'application/scim+json'], ['Accept-Charset', 'utf-8'], ['User-Agent', 'Okta SCIM Client 1.0.0'], ...authorization, ['Accept-Encoding', 'gzip,deflate']];
  const write: Array<[string, string]> = [...read, ['Content-Type', 'application/scim+json; charset=utf-8']];
  const get = (path: string): WireRequest => ({ method: 'GET', url: `${base}${path}`, headers: read });
  const send = (method: string, path: string, body: unknown): WireRequest => ({ method, url: `${base}${path}`, headers: write, body: JSON.stringify(body) });
  const form = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');
  return {
    probe: (guid) => get(`/Users?filter=userName+eq+%22${guid}%22`),
    userLookup: (user) => idp === 'entra'
      ? get(`/Users?filter=userName+eq+%22${form(user.userName)}%22`)
      : get(`/Users?filter=userName%20eq%20%22${encodeURIComponent(user.userName)}%22&startIndex=1&count=100`),
    userCreate: (user) => send('POST', '/Users', idp === 'entra'
      ? {
          schemas: [USER, ENTERPRISE],
          externalId: user.externalId,
          userName: user.userName,
          active: true,
          emails: [{ primary: true, type: 'work', value: user.userName }],
          meta: { resourceType: 'User' },
          name: { formatted: `${user.givenName} ${user.familyName}`, familyName: user.familyName, givenName: user.givenName },
          roles: [],
        }
      : {
          schemas: [USER],
          userName: user.userName,
          name: { givenName: user.givenName, familyName: user.familyName },
          emails: [{ primary: true, value: user.userName, type: 'work' }],
          displayName: `${user.givenName} ${user.familyName}`,
          locale: 'en-US',
          externalId: user.externalId,
          groups: [],
          active: true,
        }),
    groupLookup: (name) => get(`/Groups?excludedAttributes=members&filter=displayName+eq+%22${form(name)}%22`),
    groupCreate: (name, externalId) => send('POST', '/Groups', idp === 'entra'
      ? { schemas: [GROUP], externalId, displayName: name, meta: { resourceType: 'Group' } }
      : { schemas: [GROUP], displayName: name, members: [] }),
    groupRename: (id, name) => send('PATCH', `/Groups/${encodeURIComponent(id)}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { id, displayName: name } }] }),
    addMembers: (id, members) => send('PATCH', `/Groups/${encodeURIComponent(id)}`, {
      schemas: [PATCH_OP],
      Operations: [idp === 'entra'
        ? { op: 'Add', path: 'members', value: members.map((m) => ({ $ref: null, value: m.id })) }
        : { op: 'add', path: 'members', value: members.map((m) => ({ value: m.id, display: m.userName })) }],
    }),
    importPage: (startIndex) => get(`/Users?startIndex=${startIndex}&count=100`),
    remove: (collection, id) => ({ method: 'DELETE', url: `${base}${collection}/${encodeURIComponent(id)}`, headers: read }),
    deactivate: (id) => send('PATCH', `/Users/${encodeURIComponent(id)}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] }),
  };
}
