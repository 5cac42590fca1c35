import type { Fault } from './fault-types.ts';

/** /Me is served (the token's service-account User) with Location …/Me, the alias, instead of the resource's permanent URI (RFC 7644 §3.11: MUST be the permanent location). */
export const meLocationIsAlias: Fault = {
  id: 'me-location-is-alias',
  description: "/Me is served (the token's service-account User) with Location …/Me, the alias, instead of the resource's permanent URI (RFC 7644 §3.11: MUST be the permanent location).",
  breaks: "Clients that keep the Location as the resource's address keep an alias that means someone else under another token.",
  apply(b) {
    b.meLocationIsAlias = true;
  },
};
