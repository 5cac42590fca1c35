import type { Fault } from './fault-types.ts';

/** Filter operators are matched case-sensitively: `Eq`, `Co`, `AND` answer 400 invalidFilter (RFC 7644 §3.4.2.2: operators are case-insensitive). */
export const filterOperatorsCaseSensitive: Fault = {
  id: 'filter-operators-case-sensitive',
  description: "Filter operators are matched case-sensitively: `Eq`, `Co`, `AND` answer 400 invalidFilter (RFC 7644 §3.4.2.2: operators are case-insensitive).",
  breaks: "PingOne sends the admin-written filter template as typed; its documented example `username Eq \"%s\"` then fails, and so does every user match.",
  apply(b) {
    b.filterOperatorsCaseSensitive = true;
  },
};
