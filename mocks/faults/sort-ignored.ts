import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig says sort.supported true, but sortBy and sortOrder are ignored (RFC 7644 §3.4.2.3). */
export const sortIgnored: Fault = {
  id: 'sort-ignored',
  description: 'ServiceProviderConfig says sort.supported true, but sortBy and sortOrder are ignored (RFC 7644 §3.4.2.3).',
  breaks: 'Clients that trust the advertised sort get pages in storage order, and paging by sort key skips or repeats resources.',
  apply(b) {
    b.sortIgnored = true;
  },
};
