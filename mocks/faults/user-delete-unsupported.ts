import type { Fault } from './fault-types.ts';

/** DELETE /Users/{id} answers 405: users cannot be deleted, only deactivated. */
export const userDeleteUnsupported: Fault = {
  id: 'user-delete-unsupported',
  description: "DELETE /Users/{id} answers 405: users cannot be deleted, only deactivated.",
  breaks: "JumpCloud's Test Connection then deactivates its test user and leaves it behind; clients that only DELETE leave active accounts.",
  apply(b) {
    b.userDeleteUnsupported = true;
  },
};
