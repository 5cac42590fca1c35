import type { Fault } from './fault-types.ts';

/** A startIndex below 1 in the query answers 400 invalidValue instead of being read as 1 (RFC 7644 §3.4.2.4). */
export const startindexBelowOneRejected: Fault = {
  id: 'startindex-below-one-rejected',
  description: 'A startIndex below 1 in the query answers 400 invalidValue instead of being read as 1 (RFC 7644 §3.4.2.4).',
  breaks: 'Clients that start paging at 0 (a common zero-based off-by-one) get an error instead of the first page.',
  apply(b) {
    b.rejectStartIndexBelowOne = true;
  },
};
