import type { Fault } from './fault-types.ts';

/** A PATCH that changes nothing (replace with the current value, remove of an absent attribute) answers 400 noTarget. */
export const patchNoopRejected: Fault = {
  id: 'patch-noop-rejected',
  description: 'A PATCH that changes nothing (replace with the current value, remove of an absent attribute) answers 400 noTarget.',
  breaks: "Entra's periodic PATCHes repeat current values and remove unmapped attributes; each answers 400 and shows as a provisioning error (better-auth#8549).",
  apply(b) {
    b.patchNoopRejected = true;
  },
};
