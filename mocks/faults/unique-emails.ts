import type { Fault } from './fault-types.ts';

/** Email values are unique across users: a second user with a taken email answers 409 uniqueness, whatever its userName. */
export const uniqueEmails: Fault = {
  id: 'unique-emails',
  description: 'Email values are unique across users: a second user with an email another user has answers 409 uniqueness, whatever its userName.',
  breaks: 'A legitimate choice (many apps key accounts on email), but an IdP that moves an address from one user to another gets 409 until the first user is updated.',
  apply(b) {
    b.uniqueEmails = true;
  },
};
