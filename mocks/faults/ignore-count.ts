import type { Fault } from './fault-types.ts';

/** `count` is ignored: every page holds all results (RFC 7644 §3.4.2.4). */
export const ignoreCount: Fault = {
  id: 'ignore-count',
  description: "`count` is ignored: every page holds all results (RFC 7644 §3.4.2.4).",
  breaks: "Okta's credential test asks for count=2; clients that size buffers by count overrun.",
  apply(b) {
    b.ignoreCount = true;
  },
};
