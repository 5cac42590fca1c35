import type { Fault } from './fault-types.ts';

/** POST and PUT answer 400 invalidValue unless `schemas` lists the core schema first (RFC 7643 §3: the order MUST NOT impact behavior). */
export const coreSchemaFirstRequired: Fault = {
  id: 'core-schema-first-required',
  description: "POST and PUT answer 400 invalidValue unless `schemas` lists the core schema first (RFC 7643 §3: the order MUST NOT impact behavior).",
  breaks: "Clients that list the enterprise extension URN first cannot create users.",
  apply(b) {
    b.coreSchemaFirstRequired = true;
  },
};
