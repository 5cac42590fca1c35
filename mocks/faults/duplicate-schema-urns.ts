import type { Fault } from './fault-types.ts';

/** Users and error bodies list their schema URN twice in `schemas` (RFC 7643 §3: duplicate values MUST NOT be included). */
export const duplicateSchemaUrns: Fault = {
  id: 'duplicate-schema-urns',
  description: "Users and error bodies list their schema URN twice in `schemas` (RFC 7643 §3: duplicate values MUST NOT be included).",
  breaks: "Clients that build the schemas set from the array see duplicates.",
  apply(b) {
    b.duplicateSchemaUrns = true;
  },
};
