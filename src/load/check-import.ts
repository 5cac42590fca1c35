import type { WireResponse } from '../engine/http-client.ts';

/** What paging through every user showed. */
export interface ImportCheck {
  pages: number;
  /** totalResults of the first page. */
  totalResults?: number;
  /** Distinct ids seen over all pages. */
  distinctIds: number;
  /** Users the sync created that no page listed. */
  missingCreated: number;
  /** What breaks Okta's import, first few. */
  problems: string[];
}

/**
 * Pages through `/Users` as Okta's import does, `startIndex=1&count=100`, then `+100`, until every page is
 * viewed, and checks what Okta relies on: integer `totalResults`, `startIndex` and `itemsPerPage`, at most
 * 100 per page, a stable order (each user on exactly one page), and every user the sync created listed.
 * @see docs/idp/okta.md §3.2
 */
export async function checkImportPages(
  fetchPage: (startIndex: number) => Promise<WireResponse | undefined>,
  createdIds: readonly string[],
  goOn: () => boolean,
): Promise<ImportCheck> {
  const check: ImportCheck = { pages: 0, distinctIds: 0, missingCreated: 0, problems: [] };
  const seen = new Set<string>();
  let duplicates = 0;
  for (let startIndex = 1; goOn(); startIndex += 100) {
    const response = await fetchPage(startIndex);
    check.pages += 1;
    const page = parse(response);
    if (!response || response.status !== 200 || !page) {
      check.problems.push(`GET /Users?startIndex=${startIndex}&count=100 answered ${response ? response.status : 'nothing'}; Okta's import stops there`);
      break;
    }
    for (const field of ['totalResults', 'startIndex', 'itemsPerPage']) {
      if (!Number.isInteger(page[field])) check.problems.push(`page ${check.pages}: ${field} is ${JSON.stringify(page[field])}, not an integer (Okta needs integers)`);
    }
    const resources = Array.isArray(page['Resources']) ? (page['Resources'] as Array<{ id?: unknown }>) : [];
    if (resources.length > 100) check.problems.push(`page ${check.pages} holds ${resources.length} users; count=100 asks for at most 100 (RFC 7644 §3.4.2.4)`);
    for (const resource of resources) {
      if (typeof resource.id !== 'string') continue;
      if (seen.has(resource.id)) duplicates += 1;
      seen.add(resource.id);
    }
    if (check.totalResults === undefined && typeof page['totalResults'] === 'number') check.totalResults = page['totalResults'];
    if (resources.length === 0 || check.totalResults === undefined || startIndex + 100 > check.totalResults) break;
  }
  check.distinctIds = seen.size;
  if (duplicates > 0) check.problems.push(`${duplicates} user(s) came back on more than one page: the order is not stable across pages, so Okta skips others (docs/idp/okta.md §3.2)`);
  check.missingCreated = createdIds.filter((id) => !seen.has(id)).length;
  if (check.missingCreated > 0 && goOn()) check.problems.push(`${check.missingCreated} of the ${createdIds.length} users the sync created were on no page: Okta's import would not see them`);
  return check;
}

function parse(response: WireResponse | undefined): Record<string, unknown> | undefined {
  if (!response) return undefined;
  try {
    const value = JSON.parse(response.body) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
