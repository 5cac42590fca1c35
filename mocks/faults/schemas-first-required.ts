import type { Fault } from './fault-types.ts';

/** POST and PUT answer 400 invalidSyntax unless `schemas` is the body's first member (RFC 7643 §2.3.8: MUST NOT expect any order). */
export const schemasFirstRequired: Fault = {
  id: 'schemas-first-required',
  description: "POST and PUT answer 400 invalidSyntax unless `schemas` is the body's first member (RFC 7643 §2.3.8: MUST NOT expect any order).",
  breaks: "Clients whose JSON serialiser orders members differently (alphabetically, or schemas last) cannot create users.",
  apply(b) {
    b.schemasFirstRequired = true;
  },
};
