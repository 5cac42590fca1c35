import type { Fault } from './fault-types.ts';

/** Every write is answered 500 ms late. */
export const slowWrites: Fault = {
  id: 'slow-writes',
  description: 'Every POST, PUT, PATCH and DELETE is answered 500 ms late (a write path that does not scale).',
  breaks: 'An initial sync: at 8 connections writes top out near 16 per second, below the 25 requests/second Entra requires of gallery apps (docs/idp/entra.md §1.5); with a short --timeout-ms the load verdicts show the timeouts Okta and Entra count as failures.',
  apply(b) {
    b.writeDelayMs = 500;
  },
};
