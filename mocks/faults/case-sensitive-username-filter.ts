import type { Fault } from './fault-types.ts';

/** `userName eq "x"` matches only the exact case, although userName is caseExact false (RFC 7643 §4.1.1). */
export const caseSensitiveUsernameFilter: Fault = {
  id: 'case-sensitive-username-filter',
  description: "`userName eq \"x\"` matches only the exact case, although userName is caseExact false (RFC 7643 §4.1.1).",
  breaks: "Okta and Entra ID look users up by userName before creating them; a case mismatch finds nothing, so they POST a duplicate and get 409.",
  apply(b) {
    b.userNameFilterCaseSensitive = true;
  },
};
