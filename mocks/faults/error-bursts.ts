import type { Fault } from './fault-types.ts';

/** 5 of every 50 requests answer 503, in a row. */
export const errorBursts: Fault = {
  id: 'error-bursts',
  description: 'Of every 50 requests the last 5 answer 503 Service Unavailable, in a burst (a server that fails under load instead of answering 429).',
  breaks: 'Entra retries a 5xx only 40 minutes later and counts it toward quarantine (docs/idp/entra.md §6); Okta documents no retry at all, so the task fails (docs/idp/okta.md §4).',
  apply(b) {
    b.errorBurstPerFifty = 5;
  },
};
