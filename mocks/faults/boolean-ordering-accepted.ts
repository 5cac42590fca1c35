import type { Fault } from './fault-types.ts';

/** `gt`, `ge`, `lt` and `le` on a boolean attribute (`active gt true`) answer 200 with no match instead of 400 invalidFilter (RFC 7644 §3.4.2.2). */
export const booleanOrderingAccepted: Fault = {
  id: 'boolean-ordering-accepted',
  description: "`gt`, `ge`, `lt` and `le` on a boolean attribute (`active gt true`) answer 200 with no match instead of 400 invalidFilter (RFC 7644 §3.4.2.2).",
  breaks: "Clients cannot tell a filter the server does not understand from one that matches nothing.",
  apply(b) {
    b.booleanOrderingAccepted = true;
  },
};
