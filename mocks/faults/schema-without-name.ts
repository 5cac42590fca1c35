import type { Fault } from './fault-types.ts';

/** /Schemas entries have no `name` (RFC 7643 §7: service providers MUST specify it, e.g. "User"). */
export const schemaWithoutName: Fault = {
  id: 'schema-without-name',
  description: "/Schemas entries have no `name` (RFC 7643 §7: service providers MUST specify it, e.g. \"User\").",
  breaks: "Clients that show or match schemas by name (\"User\", \"Group\") find none.",
  apply(b) {
    b.schemaWithoutName = true;
  },
};
