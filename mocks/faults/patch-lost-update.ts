import type { Fault } from './fault-types.ts';

/** PATCH reads, waits 150 ms, then writes onto what it read: the classic unlocked read-modify-write. */
export const patchLostUpdate: Fault = {
  id: 'patch-lost-update',
  description: 'PATCH reads the resource, waits 150 ms, then writes its change onto what it read: of concurrent PATCHes to one resource the last writer wins and the others\' changes are lost, though each answered 200.',
  breaks: 'Entra and Okta send membership PATCHes to one group in parallel; members vanish with no error on either side (scimmy#79, Infisical PR #6471, fleet#50724, scim-for-keycloak#107).',
  apply(b) {
    b.patchWriteGapMs = 150;
  },
};
