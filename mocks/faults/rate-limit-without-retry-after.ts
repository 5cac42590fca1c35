import type { Fault } from './fault-types.ts';

/** Every 5th request answers 429 with no Retry-After header. */
export const rateLimitWithoutRetryAfter: Fault = {
  id: 'rate-limit-without-retry-after',
  description: "Every 5th request answers 429 with no Retry-After header.",
  breaks: "Okta waits 5 minutes when Retry-After is missing; naive clients retry at once or give up.",
  apply(b) {
    b.rateLimitEveryNth = 5;
  },
};
