import type { Fault } from './fault-types.ts';

/** A group's externalId is not stored, so it never comes back (RFC 7643 §3.1: externalId is OPTIONAL). */
export const dropGroupExternalId: Fault = {
  id: 'drop-group-external-id',
  description: "A group's externalId is not stored, so it never comes back (RFC 7643 §3.1 makes externalId OPTIONAL).",
  breaks: 'Clients that match groups by externalId find nothing; Entra ID matches groups by displayName and Okta by id, so they work.',
  apply(b) {
    b.dropGroupExternalId = true;
  },
};
