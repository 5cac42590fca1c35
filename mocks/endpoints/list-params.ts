import { ScimError } from '../scim/index.ts';
import type { Projection } from './render-resource.ts';

/** The query of a list or `.search` request, normalised (RFC 7644 §3.4.2). */
export interface ListParams extends Projection {
  filter?: string;
  /** 1-based; values below 1 are read as 1 (RFC 7644 §3.4.2.4). */
  startIndex: number;
  /** Capped at maxResults; negative read as 0 (RFC 7644 §3.4.2.4). */
  count: number;
  sortBy?: string;
  sortOrder: 'ascending' | 'descending';
}

/**
 * The parameters by lower-cased name, so they are read whatever their case (Okta's legacy clients send
 * `startindex`); where two names differ only in case, the first one wins.
 */
function byLowerCaseName(entries: Iterable<[string, unknown]>): Map<string, unknown> {
  const params = new Map<string, unknown>();
  for (const [key, value] of entries) {
    const lower = key.toLowerCase();
    if (!params.has(lower)) params.set(lower, value);
  }
  return params;
}

/**
 * List parameters from a GET query string.
 * @throws ScimError 400 invalidValue for non-integer startIndex/count or an unknown sortOrder.
 * @see RFC 7644 §3.4.2
 */
export function listParamsFromQuery(query: URLSearchParams, maxResults: number): ListParams {
  if (query.size === 0) return noListParams(maxResults);
  return listParams(byLowerCaseName(query), maxResults, 'query');
}

/**
 * {@link listParamsFromQuery} for a request URL, without building its URLSearchParams: none when it has no
 * query (a GET by id, a POST); otherwise the query is split as URLSearchParams splits it (`&`, the first `=`,
 * `+` as a space) and percent-decoded with decodeURIComponent, which gives URLSearchParams' result whenever
 * it succeeds. A query it refuses (a stray `%`, bytes that are not UTF-8) goes through URLSearchParams.
 * @throws ScimError as {@link listParamsFromQuery}
 */
export function listParamsFromUrl(url: URL, maxResults: number): ListParams {
  const search = url.search;
  if (search === '') return noListParams(maxResults);
  let pairs: [string, string][];
  try {
    pairs = queryPairs(search.slice(1));
  } catch {
    return listParamsFromQuery(url.searchParams, maxResults);
  }
  if (pairs.length === 0) return noListParams(maxResults);
  return listParams(byLowerCaseName(pairs), maxResults, 'query');
}

/** application/x-www-form-urlencoded pairs, decoded. @throws URIError for percent-encoding decodeURIComponent refuses. */
function queryPairs(query: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const name = at === -1 ? part : part.slice(0, at);
    const value = at === -1 ? '' : part.slice(at + 1);
    pairs.push([decodeFormComponent(name), decodeFormComponent(value)]);
  }
  return pairs;
}

function decodeFormComponent(text: string): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
  return spaced.includes('%') ? decodeURIComponent(spaced) : spaced;
}

/**
 * List parameters from a SearchRequest body (RFC 7644 §3.4.3): attributes arrays, integers.
 * @throws ScimError 400 invalidValue for wrongly typed members.
 */
export function listParamsFromBody(body: Record<string, unknown>, maxResults: number): ListParams {
  return listParams(byLowerCaseName(Object.entries(body)), maxResults, 'body');
}

/** The list parameters of a request that sends none: the first page of up to `maxResults`, ascending. */
function noListParams(maxResults: number): ListParams {
  return { startIndex: 1, count: maxResults, sortOrder: 'ascending' };
}

function listParams(source: Map<string, unknown>, maxResults: number, where: 'query' | 'body'): ListParams {
  const startIndex = integerParam(source.get('startindex'), 'startIndex', where) ?? 1;
  const count = integerParam(source.get('count'), 'count', where) ?? maxResults;
  const params: ListParams = {
    startIndex: Math.max(1, startIndex),
    count: Math.min(Math.max(0, count), maxResults),
    sortOrder: sortOrderParam(source.get('sortorder')),
  };
  const filter = source.get('filter');
  if (filter !== undefined && filter !== '') params.filter = stringParam(filter, 'filter');
  const sortBy = source.get('sortby');
  if (sortBy !== undefined && sortBy !== '') params.sortBy = stringParam(sortBy, 'sortBy');
  const attributes = listParam(source.get('attributes'), 'attributes');
  if (attributes !== undefined) params.attributes = attributes;
  const excluded = listParam(source.get('excludedattributes'), 'excludedAttributes');
  if (excluded !== undefined) params.excludedAttributes = excluded;
  return params;
}

function integerParam(value: unknown, name: string, where: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  throw new ScimError(400, `${name} (${where}): expected an integer, got ${JSON.stringify(value)} (RFC 7644 §3.4.2.4). Send a whole number.`, 'invalidValue');
}

function stringParam(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  throw new ScimError(400, `${name}: expected a string, got ${JSON.stringify(value)} (RFC 7644 §3.4.3).`, 'invalidValue');
}

function sortOrderParam(value: unknown): 'ascending' | 'descending' {
  if (value === undefined || value === '') return 'ascending';
  if (typeof value === 'string' && ['ascending', 'descending'].includes(value.toLowerCase())) {
    return value.toLowerCase() as 'ascending' | 'descending';
  }
  throw new ScimError(400, `sortOrder: expected "ascending" or "descending", got ${JSON.stringify(value)} (RFC 7644 §3.4.2.3).`, 'invalidValue');
}

/** `a,b` (query) or `["a","b"]` (body) -> ['a', 'b']. */
function listParam(value: unknown, name: string): string[] | undefined {
  if (value === undefined || value === '') return undefined;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items || items.some((item) => typeof item !== 'string')) {
    throw new ScimError(400, `${name}: expected a comma-separated list or an array of attribute names, got ${JSON.stringify(value)} (RFC 7644 §3.4.2.5).`, 'invalidValue');
  }
  const names = (items as string[]).map((item) => item.trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}
