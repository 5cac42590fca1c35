import type { Fault } from './fault-types.ts';

/** POST keeps the `id` and `meta.created` the client sent instead of ignoring them (RFC 7644 §3.3: readOnly values SHALL be ignored). */
export const keepsClientIdAndMeta: Fault = {
  id: 'keeps-client-id-and-meta',
  description: "POST keeps the `id` and `meta.created` the client sent instead of ignoring them (RFC 7644 §3.3: readOnly values SHALL be ignored).",
  breaks: "Clients that echo a read resource (OneLogin templates, Entra) can collide ids or forge timestamps.",
  apply(b) {
    b.keepClientIdAndMeta = true;
  },
};
