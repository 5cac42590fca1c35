import type { Fault } from './fault-types.ts';

/** Any filter but a single `attribute eq value` is ignored: 200 with every resource instead of the matches or 400 invalidFilter. */
export const filterIgnoredUnlessEq: Fault = {
  id: 'filter-ignored-unless-eq',
  description: 'Any filter but a single `attribute eq value` is ignored: 200 with every resource, instead of the matches or a 400 invalidFilter (RFC 7644 §3.4.2.2).',
  breaks: 'A client that filters with co, sw, gt or and/or acts on resources that do not match (an import by filter takes in everyone); a decline would have told it.',
  apply(b) {
    b.filterIgnoredUnlessEq = true;
  },
};
