import { compareResources, compileFilter, parseFilter, ScimError, type FilterPredicate, type ResourceTypeDef } from '../scim/index.ts';
import { LIST_RESPONSE_URN, scimJson, type MockResponse } from '../http/index.ts';
import type { StoredResource } from '../store/index.ts';
import { checkFilterLimits } from './filter-limits.ts';
import { foldFilterCase, foldValueCase } from './fold-case.ts';
import { comparesComplexWhole } from './complex-filter-fault.ts';
import { isSingleEq, requireLowerCaseOperators, requireSingleEq } from './only-eq-filter.ts';
import { indexedCandidates } from './indexed-candidates.ts';
import type { ListParams } from './list-params.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { renderResource, withDerivedGroups } from './render-resource.ts';

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
  const filterText = params.filter !== undefined && behaviour.valuePathAcrossValues ? splitValuePaths(params.filter) : params.filter;
  const written = filterText === undefined ? undefined : parseFilter(filterText);
  if (written && behaviour.filterOperatorsCaseSensitive) requireLowerCaseOperators(params.filter!);
  if (written && behaviour.filterOnlyEq) requireSingleEq(written, params.filter!);
  const ignored = written !== undefined && behaviour.filterIgnoredUnlessEq && !isSingleEq(written);
  const parsed = ignored ? undefined : written;
  if (ignored) params = { ...params, filter: undefined };
  const foldCase = behaviour.filterIgnoresCaseExact;
  const filter = parsed && foldCase ? foldFilterCase(parsed) : parsed;
  // Compile before looking at data: an operator that does not fit its attribute's type is a 400
  // invalidFilter even when no resource would have been compared (RFC 7644 §3.4.2.2).
  let matchNothing = false;
  const predicates = new Map<ResourceTypeDef, FilterPredicate>();
  if (filter !== undefined) {
    for (const rt of rts) {
      try {
        predicates.set(rt, compileFilter(filter, rt));
      } catch (error) {
        if (!(behaviour.booleanOrderingAccepted && error instanceof ScimError && /cannot compare a boolean/.test(error.message))) throw error;
        matchNothing = true;
      }
    }
  }
  if (filter !== undefined && behaviour.complexFilterNeedsSubAttribute && comparesComplexWhole(filter, rts)) matchNothing = true;
  const hits: Hit[] = [];
  for (const rt of matchNothing ? [] : rts) {
    const kind = rt.name === 'Group' ? 'Group' : 'User';
    const candidates = params.filter === undefined ? undefined : indexedCandidates(context, rt, params.filter);
    const needsGroups = rt.name === 'User' && params.filter !== undefined && /groups/i.test(params.filter);
    const matches = predicates.get(rt);
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
    hits.sort((a, b) =>
      a.rt === b.rt ? compareResources(a.resource, b.resource, params.sortBy!, a.rt, params.sortOrder) : order(a) - order(b),
    );
  }
  if (behaviour.emptyFilterNotFound && filter !== undefined && hits.length === 0) {
    throw new ScimError(404, `No resource matches the filter ${params.filter}.`);
  }
  const startIndex = behaviour.ignoreStartIndex ? 1 : params.startIndex;
  const count = behaviour.ignoreCount ? hits.length : params.count;
  const page = hits.slice(startIndex - 1, startIndex - 1 + count);
  const body: Record<string, unknown> = { schemas: [LIST_RESPONSE_URN] };
  if (!behaviour.omitTotalResults) body['totalResults'] = hits.length;
  body['itemsPerPage'] = page.length;
  body['startIndex'] = startIndex;
  body['Resources'] = page.map((hit) => renderResource(context, exchange, hit.rt, hit.resource, params));
  return scimJson(behaviour, 200, body);
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
 * The value-path-across-values fault: `emails[type eq "work" and value eq "x"]` becomes
 * `emails.type eq "work" and emails.value eq "x"`, whose comparisons may each match a different email.
 */
function splitValuePaths(filter: string): string {
  return filter.replace(/([A-Za-z][\w$-]*)\[([^\[\]]*)\]/g, (_all, attribute: string, inner: string) =>
    `(${inner.split(/\s+and\s+/i).map((part) => `${attribute}.${part.trim()}`).join(' and ')})`);
}
