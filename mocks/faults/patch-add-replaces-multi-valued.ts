import type { Fault } from './fault-types.ts';

/** PATCH add of a list to a multi-valued attribute replaces its values instead of adding to them (RFC 7644 §3.5.2.1). */
export const patchAddReplacesMultiValued: Fault = {
  id: 'patch-add-replaces-multi-valued',
  description: 'PATCH add of a list to a multi-valued attribute replaces its values instead of adding to them (RFC 7644 §3.5.2.1).',
  breaks: 'Okta and Entra add emails, phone numbers and group members with add; existing values silently disappear.',
  apply(b) {
    b.patchAddReplaces = true;
  },
};
