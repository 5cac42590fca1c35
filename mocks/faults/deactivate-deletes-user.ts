import type { Fault } from './fault-types.ts';

/** PATCH `active: false` deletes the user: GET answers 404 afterwards. */
export const deactivateDeletesUser: Fault = {
  id: 'deactivate-deletes-user',
  description: "PATCH `active: false` deletes the user: GET answers 404 afterwards.",
  breaks: "Okta never DELETEs and expects deactivated users to stay readable; reactivation then fails.",
  apply(b) {
    b.deactivateDeletes = true;
  },
};
