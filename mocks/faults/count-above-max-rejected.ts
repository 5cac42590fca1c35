import type { Fault } from './fault-types.ts';

/** A count above filter.maxResults answers 400 tooMany instead of a page capped at maxResults (RFC 7644 §3.4.2.4). */
export const countAboveMaxRejected: Fault = {
  id: 'count-above-max-rejected',
  description: 'A count above filter.maxResults answers 400 tooMany instead of a page capped at maxResults (RFC 7644 §3.4.2.4).',
  breaks: 'Clients that ask for large pages (Okta imports with count=100 against a smaller maximum) get an error instead of data.',
  apply(b) {
    b.rejectCountAboveMax = true;
  },
};
