import type { Fault } from './fault-types.ts';

/** PATCH paths with a value filter (`emails[type eq "work"].value`) answer 400 invalidPath. */
export const patchRejectsFilterPath: Fault = {
  id: 'patch-rejects-filter-path',
  description: "PATCH paths with a value filter (`emails[type eq \"work\"].value`) answer 400 invalidPath.",
  breaks: "Entra ID updates emails, phone numbers and addresses through filter paths; those updates fail.",
  apply(b) {
    b.patchRejectsFilterPath = true;
  },
};
