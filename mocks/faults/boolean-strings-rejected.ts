import type { Fault } from './fault-types.ts';

/** `active` or `primary` sent as a string (`"True"`, `"False"`) answers 400 invalidValue: only JSON booleans are accepted (RFC 7643 §2.3.2). */
export const booleanStringsRejected: Fault = {
  id: 'boolean-strings-rejected',
  description: "`active` or `primary` sent as a string (`\"True\"`, `\"False\"`) answers 400 invalidValue: only JSON booleans are accepted (RFC 7643 §2.3.2).",
  breaks: "Entra ID sends `\"True\"`/`\"False\"` strings in its PATCHes (and Microsoft's reference tests POST them); disabling and re-enabling users fails.",
  apply(b) {
    b.booleanStringsRejected = true;
  },
};
