import type { Fault } from './fault-types.ts';

/** PATCH operations whose path names a sub-attribute (`name.givenName`) answer 200 and change nothing (RFC 7644 §3.5.2). */
export const patchSubAttributePathIgnored: Fault = {
  id: 'patch-sub-attribute-path-ignored',
  description: 'PATCH operations whose path names a sub-attribute (`name.givenName`) answer 200 and change nothing (RFC 7644 §3.5.2).',
  breaks: 'JumpCloud updates names with one replace per attribute on `name.givenName` and `name.familyName`; the rename is silently lost.',
  apply(b) {
    b.patchSubAttributePathIgnored = true;
  },
};
