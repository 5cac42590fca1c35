import type { Fault } from './fault-types.ts';

/** The expressions inside a value path (`emails[type eq "work" and value eq "x"]`) may each match a different value of the attribute (RFC 7644 §3.4.2.2). */
export const valuePathAcrossValues: Fault = {
  id: 'value-path-across-values',
  description: "The expressions inside a value path (`emails[type eq \"work\" and value eq \"x\"]`) may each match a different value of the attribute (RFC 7644 §3.4.2.2).",
  breaks: "IdPs that look users up by their work email find a user whose home email matches.",
  apply(b) {
    b.valuePathAcrossValues = true;
  },
};
