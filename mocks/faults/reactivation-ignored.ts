import type { Fault } from './fault-types.ts';

/** A deactivated user stays inactive: `active: true` after `active: false` (PUT or PATCH) answers 200 but changes nothing. */
export const reactivationIgnored: Fault = {
  id: 'reactivation-ignored',
  description: "A deactivated user stays inactive: `active: true` after `active: false` (PUT or PATCH) answers 200 but changes nothing.",
  breaks: "Okta (CRUD test: reactivate, then `active == true` on the same id) and Entra ID (soft-deleted user restored with `active \"True\"`) reactivate users; the user stays locked out.",
  apply(b) {
    b.reactivationIgnored = true;
  },
};
