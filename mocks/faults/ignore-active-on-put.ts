import type { Fault } from './fault-types.ts';

/** PUT keeps the stored `active` value whatever the body says. */
export const ignoreActiveOnPut: Fault = {
  id: 'ignore-active-on-put',
  description: "PUT keeps the stored `active` value whatever the body says.",
  breaks: "Okta AIW apps deactivate and reactivate with PUT; users are never deactivated.",
  apply(b) {
    b.ignoreActiveOnPut = true;
  },
};
