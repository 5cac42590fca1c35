import type { Fault } from './fault-types.ts';

/** PATCH replace through a value filter that matches nothing (emails[type eq "home"].value on a user without one) adds a value built from the filter instead of 400 noTarget (RFC 7644 §3.5.2.3). */
export const patchReplaceFilterAdds: Fault = {
  id: 'patch-replace-filter-adds',
  description: "PATCH replace through a value filter that matches nothing (emails[type eq \"home\"].value on a user without one) adds a value built from the filter instead of 400 noTarget (RFC 7644 §3.5.2.3).",
  breaks: "Clients replacing a value they believe exists get a new one added instead of the error that tells them their view is stale.",
  apply(b) {
    b.patchReplaceFilterAdds = true;
  },
};
