import type { Fault } from './fault-types.ts';

/** /Schemas also lists the ListResponse and Error message schemas (RFC 7644 §3.1: message schemas SHALL NOT be discoverable). */
export const schemasListsMessages: Fault = {
  id: 'schemas-lists-messages',
  description: "/Schemas also lists the ListResponse and Error message schemas (RFC 7644 §3.1: message schemas SHALL NOT be discoverable).",
  breaks: "Clients that build mappings from /Schemas offer protocol messages as resources.",
  apply(b) {
    b.schemasListMessages = true;
  },
};
