import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig says sort.supported false and sortBy is ignored. */
export const sortUnsupported: Fault = {
  id: 'sort-unsupported',
  description: "ServiceProviderConfig says sort.supported false and sortBy is ignored.",
  breaks: "Clients that sort without checking ServiceProviderConfig get unsorted pages.",
  apply(b) {
    b.sortSupported = false;
  },
};
