import type { EntityKind } from './personal-data.ts';

/** Which generated field stands in for a personal attribute value. */
export interface FieldRef {
  kind: EntityKind;
  field: string;
}

/** The endpoint a request went to: decides whether `displayName` is a user's or a group's. */
export type ResourceKind = 'user' | 'group' | 'other';

const USER_FIELDS: Record<string, string> = {
  username: 'userName',
  'name.givenname': 'givenName',
  'name.familyname': 'familyName',
  'name.middlename': 'middleName',
  displayname: 'displayName',
  emails: 'email',
  'emails.value': 'email',
  phonenumbers: 'phone',
  'phonenumbers.value': 'phone',
  externalid: 'externalId',
  password: 'password',
  title: 'title',
  department: 'department',
  employeenumber: 'employeeNumber',
};
const GROUP_FIELDS: Record<string, string> = { displayname: 'displayName', externalid: 'externalId' };
const OKTA_ID = /^00[a-z][0-9A-Za-z]{17}$/;

/**
 * The generated field for an attribute path (`name.givenName`, `emails[type eq "work"].value`,
 * `urn:…:enterprise:2.0:User:department`) on an endpoint; undefined for attributes that hold no personal data.
 * @see RFC 7643 §4.1 (User attributes), §4.2 (Group attributes)
 */
export function fieldOf(resource: ResourceKind, attribute: string, value: string): FieldRef | undefined {
  const path = normaliseAttribute(attribute);
  if (resource === 'group') {
    if (path === 'members.display') return { kind: 'user', field: 'displayName' };
    const field = GROUP_FIELDS[path];
    return field ? { kind: 'group', field } : undefined;
  }
  const field = USER_FIELDS[path];
  if (!field) return undefined;
  if (field === 'externalId' && OKTA_ID.test(value)) return { kind: 'user', field: 'oktaId' };
  return { kind: 'user', field };
}

/** `emails[type eq "work"].value` → `emails.value`; `urn:…:User:department` → `department`; lower case. */
export function normaliseAttribute(attribute: string): string {
  return stripUrn(attribute.replace(/\[[^\]]*\]/g, ''))
    .split('.')
    .filter(Boolean)
    .join('.')
    .toLowerCase();
}

/**
 * Every string in a request body with its SCIM attribute path. A PatchOp body yields each operation's
 * `path` joined with the attribute paths inside its `value` (path-less values name their attributes).
 * @see RFC 7644 §3.5.2 (PATCH operations)
 */
export function bodyLeaves(body: unknown): Array<{ attribute: string; value: string }> {
  const out: Array<{ attribute: string; value: string }> = [];
  const operations = isObject(body) && Array.isArray(body.Operations) ? body.Operations : undefined;
  if (operations) {
    for (const op of operations) if (isObject(op)) walk(op.value, typeof op.path === 'string' ? op.path : '', out);
  } else {
    walk(body, '', out);
  }
  return out;
}

/**
 * The `attribute op "value"` comparisons in a decoded filter, with the attribute of an enclosing
 * value filter prefixed (`emails[value eq "x"]` → `emails.value`).
 * @see RFC 7644 §3.4.2.2 (filtering)
 */
export function filterComparisons(filter: string): Array<{ attribute: string; value: string }> {
  const out: Array<{ attribute: string; value: string }> = [];
  const comparison = /([A-Za-z][\w.:$-]*)\s+(?:eq|ne|co|sw|ew|gt|ge|lt|le)\s+"((?:[^"\\]|\\.)*)"/gi;
  for (const match of filter.matchAll(comparison)) {
    const outer = enclosingAttribute(filter.slice(0, match.index));
    const value = match[2]!.replace(/\\(.)/g, '$1');
    out.push({ attribute: outer ? `${outer}.${match[1]}` : match[1]!, value });
  }
  return out;
}

/** The attribute compared just before a value starts (`…userName eq "` → `userName`), for the query's context. */
export function attributeBefore(decodedPrefix: string): string | undefined {
  const match = /([A-Za-z][\w.:$-]*)\s+(?:eq|ne|co|sw|ew|gt|ge|lt|le)\s+["']$/i.exec(decodedPrefix);
  if (!match) return undefined;
  const outer = enclosingAttribute(decodedPrefix.slice(0, match.index));
  return outer ? `${outer}.${match[1]}` : match[1];
}

function enclosingAttribute(before: string): string | undefined {
  const open = before.lastIndexOf('[');
  if (open < 0 || before.lastIndexOf(']') > open) return undefined;
  return /([A-Za-z][\w.:$-]*)$/.exec(before.slice(0, open))?.[1];
}

function walk(value: unknown, prefix: string, out: Array<{ attribute: string; value: string }>): void {
  if (typeof value === 'string') {
    if (value !== '') out.push({ attribute: prefix, value });
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, prefix, out);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const segment = stripUrn(key);
      walk(item, segment ? (prefix ? `${prefix}.${segment}` : segment) : prefix, out);
    }
  }
}

/** A schema URN names no attribute (`urn:…:User` → ''); a URN-qualified attribute keeps its name. */
export function stripUrn(segment: string): string {
  if (!segment.toLowerCase().startsWith('urn:')) return segment;
  const last = segment.slice(segment.lastIndexOf(':') + 1);
  return /^[A-Z]/.test(last) ? '' : last;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
