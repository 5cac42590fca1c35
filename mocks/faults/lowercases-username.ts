import type { Fault } from './fault-types.ts';

/** userName is stored and returned lower-cased. */
export const lowercasesUsername: Fault = {
  id: 'lowercases-username',
  description: "userName is stored and returned lower-cased.",
  breaks: "Okta's CRUD test checks the returned userName keeps its case; clients comparing userName exactly see a change.",
  apply(b) {
    b.lowercaseUserName = true;
  },
};
