import type { Fault } from './fault-types.ts';

/** `userName` cannot change: a PATCH or PUT with a new userName answers 400 mutability. */
export const userNameImmutable: Fault = {
  id: 'username-immutable',
  description: "`userName` cannot change: a PATCH or PUT with a new userName answers 400 mutability.",
  breaks: "Entra ID updates userName with PATCH replace when the UPN changes (userName is mutable for it); the update fails on every cycle.",
  apply(b) {
    b.userNameImmutable = true;
  },
};
