import type { Fault } from './fault-types.ts';

/** Users come back with an extra schemas URN that /ResourceTypes does not declare (RFC 7643 §3: MUST only contain the declared schema and schemaExtensions). */
export const undeclaredSchemaUrn: Fault = {
  id: 'undeclared-schema-urn',
  description: "Users come back with an extra schemas URN that /ResourceTypes does not declare (RFC 7643 §3: MUST only contain the declared schema and schemaExtensions).",
  breaks: "Clients that validate schemas against /ResourceTypes reject the resource.",
  apply(b) {
    b.undeclaredSchemaUrn = true;
  },
};
