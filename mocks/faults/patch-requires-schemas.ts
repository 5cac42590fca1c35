import type { Fault } from './fault-types.ts';

/** A PATCH body without the PatchOp URN in `schemas` answers 400 invalidSyntax (by default the mock accepts it and records the client violation). */
export const patchRequiresSchemas: Fault = {
  id: 'patch-requires-schemas',
  description: "A PATCH body without the PatchOp URN in `schemas` answers 400 invalidSyntax (by default the mock accepts it and records the client violation).",
  breaks: "authentik's group-attribute PATCH has no top-level `schemas` (its own tests assert it); such servers refuse every authentik group rename (Infisical#6552).",
  apply(b) {
    b.patchRequiresSchemas = true;
  },
};
