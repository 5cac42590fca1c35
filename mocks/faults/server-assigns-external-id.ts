import type { Fault } from './fault-types.ts';

/** A user created without `externalId` gets one from the server (a copy of its id) (RFC 7643 §3.1: externalId MUST NOT be specified by the service provider). */
export const serverAssignsExternalId: Fault = {
  id: 'server-assigns-external-id',
  description: "A user created without `externalId` gets one from the server (a copy of its id) (RFC 7643 §3.1: externalId MUST NOT be specified by the service provider).",
  breaks: "IdPs that match users by externalId (Entra, Okta) see a value they never set and mismatch or overwrite it.",
  apply(b) {
    b.serverAssignsExternalId = true;
  },
};
