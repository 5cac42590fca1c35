import type { Fault } from './fault-types.ts';

/** PATCH removing a required attribute (userName) answers 400 invalidValue instead of scimType mutability (RFC 7644 §3.5.2.2). */
export const requiredRemoveInvalidValue: Fault = {
  id: 'required-remove-invalid-value',
  description: "PATCH removing a required attribute (userName) answers 400 invalidValue instead of scimType mutability (RFC 7644 §3.5.2.2).",
  breaks: "Clients that branch on scimType cannot tell a schema violation from a bad value.",
  apply(b) {
    b.requiredRemoveInvalidValue = true;
  },
};
