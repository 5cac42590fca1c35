import type { Fault } from './fault-types.ts';

/** A PATCH remove through a value filter that would leave a multi-valued attribute (members, phoneNumbers) with no values answers 400 invalidValue (RFC 7644 §3.5.2.2: the attribute becomes unassigned). */
export const patchRemoveLastValueRejected: Fault = {
  id: 'patch-remove-last-value-rejected',
  description: "A PATCH remove through a value filter that would leave a multi-valued attribute (members, phoneNumbers) with no values answers 400 invalidValue (RFC 7644 §3.5.2.2: the attribute becomes unassigned).",
  breaks: "IdPs cannot empty a group or remove a user's last phone number; their sync retries forever.",
  apply(b) {
    b.rejectRemovingLastValue = true;
  },
};
