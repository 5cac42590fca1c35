import type { Fault } from './fault-types.ts';

/** Responses are `application/json` instead of `application/scim+json` (RFC 7644 §8.1). */
export const jsonContentType: Fault = {
  id: 'json-content-type',
  description: "Responses are `application/json` instead of `application/scim+json` (RFC 7644 §8.1).",
  breaks: "Strict clients reject the media type; Okta and Entra ID tolerate it.",
  apply(b) {
    b.responseContentType = 'application/json';
  },
};
