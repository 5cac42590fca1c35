import type { Fault } from './fault-types.ts';

/** sortBy and sortOrder in a POST /.search SearchRequest are ignored (GET honours them) (RFC 7644 §3.4.3). */
export const searchSortIgnored: Fault = {
  id: 'search-sort-ignored',
  description: "sortBy and sortOrder in a POST /.search SearchRequest are ignored (GET honours them) (RFC 7644 §3.4.3).",
  breaks: "Clients that query with POST /.search to keep filters out of URLs get unsorted pages.",
  apply(b) {
    b.searchSortIgnored = true;
  },
};
