import type { Fault } from './fault-types.ts';

/** Filters compare every string case-insensitively, also caseExact attributes such as externalId and id (RFC 7644 §3.4.2.2). */
export const filterIgnoresCaseExact: Fault = {
  id: 'filter-ignores-case-exact',
  description: 'Filters compare every string case-insensitively, also caseExact attributes such as externalId and id (RFC 7644 §3.4.2.2).',
  breaks: "Clients that match on externalId (Entra's matching attribute) find the wrong resource when two ids differ only in case.",
  apply(b) {
    b.filterIgnoresCaseExact = true;
  },
};
