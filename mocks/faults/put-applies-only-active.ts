import type { Fault } from './fault-types.ts';

/** PUT applies only `active`: every other attribute in the body is ignored and the stored values come back with 200 (RFC 7644 §3.5.1). */
export const putAppliesOnlyActive: Fault = {
  id: 'put-applies-only-active',
  description: "PUT applies only `active`: every other attribute in the body is ignored and the stored values come back with 200 (RFC 7644 §3.5.1).",
  breaks: "Okta AIW apps and OneLogin push profile changes with PUT; names and emails never change on the server.",
  apply(b) {
    b.putAppliesOnlyActive = true;
  },
};
