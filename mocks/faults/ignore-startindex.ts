import type { Fault } from './fault-types.ts';

/** `startIndex` is ignored: every page starts at the first result (RFC 7644 §3.4.2.4). */
export const ignoreStartindex: Fault = {
  id: 'ignore-startindex',
  description: "`startIndex` is ignored: every page starts at the first result (RFC 7644 §3.4.2.4).",
  breaks: "Okta pages with startIndex=1, 101, 201…; it sees the first page again and again.",
  apply(b) {
    b.ignoreStartIndex = true;
  },
};
