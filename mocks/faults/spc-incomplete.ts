import type { Fault } from './fault-types.ts';

/** ServiceProviderConfig leaves out the REQUIRED etag, sort and authenticationSchemes members (RFC 7643 §5). */
export const spcIncomplete: Fault = {
  id: 'spc-incomplete',
  description: 'ServiceProviderConfig leaves out the REQUIRED etag, sort and authenticationSchemes members (RFC 7643 §5).',
  breaks: 'Clients that read ServiceProviderConfig to choose features and authentication find nothing to go on; strict SCIM clients reject the resource.',
  apply(b) {
    b.spcIncomplete = true;
  },
};
