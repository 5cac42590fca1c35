import type { Fault } from './fault-types.ts';

/** PUT stores the meta.created the client sent instead of ignoring readOnly values (RFC 7644 §3.5.1). */
export const putStoresReadOnly: Fault = {
  id: 'put-stores-read-only',
  description: "PUT stores the meta.created the client sent instead of ignoring readOnly values (RFC 7644 §3.5.1).",
  breaks: "Clients that PUT back a resource they read (with its meta) overwrite the server's creation time.",
  apply(b) {
    b.putKeepsClientMeta = true;
  },
};
