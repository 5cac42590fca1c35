import type { Fault } from './fault-types.ts';

/** A deleted user's userName stays taken: GET answers 404, but a later POST with the same userName answers 409 uniqueness. */
export const softDeleteKeepsUsername: Fault = {
  id: 'soft-delete-keeps-username',
  description: "A deleted user's userName stays taken: GET answers 404, but a later POST with the same userName answers 409 uniqueness.",
  breaks: "JumpCloud's Test Connection creates and deletes a test user with the same Test User Email each time an active configuration is edited; the second test fails with 409.",
  apply(b) {
    b.softDeleteKeepsUserName = true;
  },
};
