import type { Fault } from './fault-types.ts';

/** POST /Users checks uniqueness, waits 150 ms, then inserts without checking again. */
export const createRace: Fault = {
  id: 'create-race',
  description: 'POST /Users checks that the userName is free, waits 150 ms, then inserts without checking again: concurrent creates of one userName all answer 201 and leave duplicate users (RFC 7643 §4.1.1: userName MUST be unique).',
  breaks: 'An IdP retrying a slow create, or two provisioning jobs at once, makes two accounts for one person; Entra then stops matching the user (DuplicateTargetEntries, docs/idp/entra.md §6).',
  apply(b) {
    b.createCheckGapMs = 150;
  },
};
