import type { Fault } from './fault-types.ts';

/** A filter comparing a multi-valued complex attribute without a sub-attribute (`emails eq "…"`) matches nothing. */
export const complexFilterNeedsSubAttribute: Fault = {
  id: 'complex-filter-needs-sub-attribute',
  description: 'A filter comparing a multi-valued complex attribute without a sub-attribute (`emails eq "…"`) matches nothing.',
  breaks: 'PingOne matches users by the workEmail identifier with `emails eq "%s"`; the user is never found and PingOne tries to create a duplicate.',
  apply(b) {
    b.complexFilterNeedsSubAttribute = true;
  },
};
