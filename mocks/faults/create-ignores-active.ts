import type { Fault } from './fault-types.ts';

/** POST /Users stores `active: true` whatever the body says (RFC 7643 §4.1.1: active is the client's to set). */
export const createIgnoresActive: Fault = {
  id: 'create-ignores-active',
  description: 'POST /Users stores `active: true` whatever the body says (RFC 7643 §4.1.1: active is the client\'s to set).',
  breaks: 'JumpCloud creates users with an expired password or suspended as "active": false, and PingOne\'s "Provision disabled users" creates them disabled: they can sign in at once.',
  apply(b) {
    b.createIgnoresActive = true;
  },
};
