import type { Fault } from './fault-types.ts';

/** No Group resource type: /Groups answers 404 and /ResourceTypes and /Schemas leave it out. */
export const groupsUnsupported: Fault = {
  id: 'groups-unsupported',
  description: "No Group resource type: /Groups answers 404 and /ResourceTypes and /Schemas leave it out.",
  breaks: "Okta group push and Entra ID group provisioning fail; clients must read /ResourceTypes first.",
  apply(b) {
    b.groupsSupported = false;
  },
};
