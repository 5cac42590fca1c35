import type { Fault } from './fault-types.ts';

/** The attributes parameter (query or SearchRequest) is ignored: every default attribute comes back (RFC 7644 §3.4.2.5, §3.9). */
export const ignoreAttributes: Fault = {
  id: 'ignore-attributes',
  description: 'The attributes parameter (query or SearchRequest) is ignored: every default attribute comes back (RFC 7644 §3.4.2.5, §3.9).',
  breaks: "Clients that ask for a few attributes of many resources (Entra's group reads, imports) get whole resources and much larger pages.",
  apply(b) {
    b.ignoreAttributes = true;
  },
};
