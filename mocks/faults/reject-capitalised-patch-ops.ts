import type { Fault } from './fault-types.ts';

/** PATCH ops spelled `Add`, `Replace` or `Remove` answer 400 invalidSyntax. */
export const rejectCapitalisedPatchOps: Fault = {
  id: 'reject-capitalised-patch-ops',
  description: "PATCH ops spelled `Add`, `Replace` or `Remove` answer 400 invalidSyntax.",
  breaks: "Entra ID sends capitalised ops (`\"op\": \"Replace\"`) on every update; all its PATCHes fail.",
  apply(b) {
    b.rejectCapitalisedPatchOps = true;
  },
};
