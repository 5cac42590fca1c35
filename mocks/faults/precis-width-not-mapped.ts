import type { Fault } from './fault-types.ts';

/** userName uniqueness compares without PRECIS width mapping: a fullwidth copy of a taken userName (ＡＤＡ for ADA) creates a second user (RFC 7644 §5, RFC 7613 §3). */
export const precisWidthNotMapped: Fault = {
  id: 'precis-width-not-mapped',
  description: "userName uniqueness compares without PRECIS width mapping: a fullwidth copy of a taken userName (ＡＤＡ for ADA) creates a second user (RFC 7644 §5, RFC 7613 §3).",
  breaks: "Two accounts whose names look alike and mean the same user name after preparation (impersonation risk).",
  apply(b) {
    b.userNameWidthNotMapped = true;
  },
};
