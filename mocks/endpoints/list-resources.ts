import { compareResources, ScimError, type ResourceTypeDef } from '../scim/index.ts';
import { scimJsonText, type MockResponse } from '../http/index.ts';
import type { StoredResource } from '../store/index.ts';
import { checkFilterLimits } from './filter-limits.ts';
import { foldValueCase } from './fold-case.ts';
import { indexedCandidates } from './indexed-candidates.ts';
import type { ListParams } from './list-params.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { withDerivedGroups } from './render-resource.ts';
import { listResponseJson, renderedResource, type ListCounts } from './rendered-json.ts';

interface Hit {
  rt: ResourceTypeDef;
  resource: StoredResource;
}

/**
 * Answers a list or `.search` request over one or more resource types: filter (indexed for `eq` on
 * id/userName/externalId/displayName, otherwise a scan), sortBy/sortOrder, 1-based pagination, then
 * attributes/excludedAttributes on each resource.
 * @throws ScimError 400 invalidFilter
 * @see RFC 7644 §3.4.2, §3.4.3
 */
export function listResources(context: MockContext, exchange: Exchange, rts: readonly ResourceTypeDef[], params: ListParams): MockResponse {
  const { behaviour } = context;
  if (params.filter !== undefined) checkFilterLimits(params.filter);
  checkPagingFaults(context, exchange);
  const prepared = params.filter === undefined ? undefined : context.preparedFilters.prepare(context, params.filter, rts);
  if (prepared?.ignored) params = { ...params, filter: undefined };
  const filter = prepared?.filter;
  const foldCase = behaviour.filterIgnoresCaseExact;
  const hits: Hit[] = [];
  for (const rt of prepared?.matchNothing ? [] : rts) {
    const kind = rt.name === 'Group' ? 'Group' : 'User';
    const candidates = params.filter === undefined ? undefined : indexedCandidates(context, rt, prepared!.lookup);
    const needsGroups = rt.name === 'User' && prepared?.needsGroups === true;
    const matches = prepared?.predicates.get(rt);
    for (const resource of candidates ?? context.store.values(kind)) {
      if (matches !== undefined) {
        const subject = needsGroups ? withDerivedGroups(context, exchange, rt, resource) : resource;
        if (!matches(foldCase ? (foldValueCase(subject) as typeof subject) : subject)) continue;
      }
      hits.push({ rt, resource });
    }
  }
  if (params.sortBy !== undefined && behaviour.sortSupported && !behaviour.sortIgnored) {
    const order = (hit: Hit) => rts.indexOf(hit.rt);
    const compare = behaviour.sortCaseSensitive ? compareCaseSensitive : compareResources;
    hits.sort((a, b) =>
      a.rt === b.rt ? compare(a.resource, b.resource, params.sortBy!, a.rt, params.sortOrder) : order(a) - order(b),
    );
  }
  if (behaviour.emptyFilterNotFound && filter !== undefined && hits.length === 0) {
    throw new ScimError(404, `No resource matches the filter ${params.filter}.`);
  }
  const startIndex = behaviour.ignoreStartIndex ? 1 : params.startIndex;
  const count = behaviour.ignoreCount ? hits.length : params.count;
  const page = hits.slice(startIndex - 1, startIndex - 1 + count);
  const counts: ListCounts = { itemsPerPage: page.length, startIndex };
  if (!behaviour.omitTotalResults) counts.totalResults = hits.length;
  // Each resource rendered (or kept from an earlier answer) as JSON text.
  return scimJsonText(behaviour, 200, listResponseJson(counts, page.map((hit) => renderedResource(context, exchange, hit.rt, hit.resource, params).json)));
}

/**
 * The paging fault switches, on the query as sent: startIndex below 1 and count above maxResults
 * refused instead of read as 1 and capped (RFC 7644 §3.4.2.4).
 * @throws ScimError 400 invalidValue / tooMany
 */
function checkPagingFaults(context: MockContext, exchange: Exchange): void {
  const { behaviour, maxResults } = context;
  if (!behaviour.rejectStartIndexBelowOne && !behaviour.rejectCountAboveMax) return;
  const raw = (name: string) => [...exchange.url.searchParams].find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const startIndex = Number(raw('startIndex'));
  if (behaviour.rejectStartIndexBelowOne && raw('startIndex') !== undefined && startIndex < 1) {
    throw new ScimError(400, `startIndex must be 1 or more, got ${raw('startIndex')}.`, 'invalidValue');
  }
  const count = Number(raw('count'));
  if (behaviour.rejectCountAboveMax && raw('count') !== undefined && count > maxResults) {
    throw new ScimError(400, `count ${raw('count')} is above the maximum of ${maxResults} results per page.`, 'tooMany');
  }
}

/**
 * The sort-case-sensitive fault: a top-level string attribute compared by code unit ("Bravo" before "alpha"),
 * whatever its caseExact; other sort keys as the RFC sorts them.
 */
function compareCaseSensitive(a: Record<string, unknown>, b: Record<string, unknown>, sortBy: string, rt: ResourceTypeDef, order: 'ascending' | 'descending'): number {
  const x = a[sortBy];
  const y = b[sortBy];
  if (typeof x !== 'string' || typeof y !== 'string') return compareResources(a, b, sortBy, rt, order);
  const sign = x < y ? -1 : x > y ? 1 : 0;
  return order === 'descending' ? -sign : sign;
}
