import type { Fault } from './fault-types.ts';

/** Filters support a single attribute eq value only; any other operator, and/or/not, grouping or a value path answers 400 invalidFilter. */
export const filterOnlyEq: Fault = {
  id: 'filter-only-eq',
  description: 'Filters support a single attribute eq value only; any other operator, and/or/not, grouping or a value path answers 400 invalidFilter.',
  breaks: 'Clients that page through a subset (sw, gt on meta.lastModified) or combine conditions fail; Okta and Entra lookups (single eq) still work.',
  apply(b) {
    b.filterOnlyEq = true;
  },
};
