import type { Fault } from './fault-types.ts';

/** /Me answers 400 invalidSyntax (the server reads "Me" as an unknown resource type) instead of 501 Not Implemented (RFC 7644 §3.11). */
export const meBadRequest: Fault = {
  id: 'me-bad-request',
  description: "/Me answers 400 invalidSyntax (the server reads \"Me\" as an unknown resource type) instead of 501 Not Implemented (RFC 7644 §3.11: SHOULD answer 501).",
  breaks: "Clients cannot tell an unsupported /Me from a mistake in their own request.",
  apply(b) {
    b.meBadRequest = true;
  },
};
