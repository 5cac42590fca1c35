import type { Fault } from './fault-types.ts';

/** userName is stored and compared case-sensitively: another case is another user, for uniqueness and for userName eq (RFC 7643 §4.1.1 says caseExact false). */
export const usernameCaseSensitive: Fault = {
  id: 'username-case-sensitive',
  description: 'userName is stored and compared case-sensitively: another case is another user, for uniqueness and for userName eq (RFC 7643 §4.1.1 says caseExact false).',
  breaks: 'An IdP that sends Ada@Example.com after ada@example.com creates a duplicate account instead of getting 409, and its userName eq lookups miss.',
  apply(b) {
    b.userNameCaseSensitive = true;
  },
};
