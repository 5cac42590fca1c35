import type { Fault } from './fault-types.ts';

/** PUT stores the `meta.created` the client sent (RFC 7643 §7: readOnly attributes SHALL NOT be modified). */
export const putKeepsClientCreated: Fault = {
  id: 'put-keeps-client-created',
  description: "PUT stores the `meta.created` the client sent (RFC 7643 §7: readOnly attributes SHALL NOT be modified).",
  breaks: "Clients that echo a read resource with edits (or forge it) rewrite the resource's creation time.",
  apply(b) {
    b.putKeepsClientCreated = true;
  },
};
