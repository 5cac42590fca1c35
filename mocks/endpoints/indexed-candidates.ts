import type { ResourceTypeDef } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { MockContext } from './mock-context.ts';

/** `attr eq "value"` on an indexed attribute, the form IdPs use to look a resource up. */
const INDEXED_EQ = /^\s*(userName|externalId|id|displayName)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i;

/** The indexed attribute (lower-cased) and value of an `attr eq "value"` filter. */
export interface IndexedLookup {
  attribute: 'id' | 'externalid' | 'username' | 'displayname';
  value: string;
}

/** The index lookup a filter's text asks for, or undefined when it is not a single indexed `eq`. */
export function indexedLookup(filter: string): IndexedLookup | undefined {
  const match = INDEXED_EQ.exec(filter);
  if (!match) return undefined;
  let value: string;
  try {
    value = JSON.parse(match[2]!) as string;
  } catch {
    return undefined;
  }
  return { attribute: match[1]!.toLowerCase() as IndexedLookup['attribute'], value };
}

/**
 * The resources an index can answer a filter with, or undefined when the filter needs a scan.
 * Recognises `id eq`, `externalId eq`, `userName eq` (Users) and `displayName eq` (Groups); the caller
 * still checks each candidate with the full filter, so caseExact rules stay the filter engine's.
 * With the case-sensitive-username-filter fault, `userName eq` keeps only exact-case matches.
 */
export function indexedCandidates(context: MockContext, rt: ResourceTypeDef, filter: string | IndexedLookup | undefined): StoredResource[] | undefined {
  const lookup = typeof filter === 'string' ? indexedLookup(filter) : filter;
  if (lookup === undefined) return undefined;
  const { value } = lookup;
  const kind = rt.name === 'Group' ? 'Group' : 'User';
  const { store } = context;
  // filter-ignores-case-exact: the exact-case indexes would still tell the case apart; scan instead.
  if (context.behaviour.filterIgnoresCaseExact && (lookup.attribute === 'id' || lookup.attribute === 'externalid')) return undefined;
  switch (lookup.attribute) {
    case 'id': {
      const found = store.get(kind, value);
      return found ? [found] : [];
    }
    case 'externalid':
      return store.findByExternalId(kind, value);
    case 'username': {
      if (kind !== 'User') return undefined;
      const found = store.findUserByUserName(value);
      if (!found) return [];
      if (context.behaviour.userNameFilterCaseSensitive && found['userName'] !== value) return [];
      return [found];
    }
    default:
      return kind === 'Group' ? store.findGroupsByDisplayName(value) : undefined;
  }
}
