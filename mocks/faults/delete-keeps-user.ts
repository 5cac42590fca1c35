import type { Fault } from './fault-types.ts';

/** DELETE of a user answers 204 but only deactivates it: `GET /Users/{id}` still answers 200 with `active: false` (RFC 7644 §3.6). */
export const deleteKeepsUser: Fault = {
  id: 'delete-keeps-user',
  description: "DELETE of a user answers 204 but only deactivates it: `GET /Users/{id}` still answers 200 with `active: false` (RFC 7644 §3.6).",
  breaks: "OneLogin and Entra ID delete users they deprovision; the account is still found afterwards, and a re-create with the same userName answers 409.",
  apply(b) {
    b.deleteKeepsUser = true;
  },
};
