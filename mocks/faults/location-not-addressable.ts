import type { Fault } from './fault-types.ts';

/** meta.location and Location name a path the server does not serve ({base}/api/Users/{id}) (RFC 7643 §2.3.7: a reference URI MUST be HTTP-addressable). */
export const locationNotAddressable: Fault = {
  id: 'location-not-addressable',
  description: "meta.location and Location name a path the server does not serve ({base}/api/Users/{id}) (RFC 7643 §2.3.7: a reference URI MUST be HTTP-addressable).",
  breaks: "Clients that follow meta.location or Location to read the resource get 404.",
  apply(b) {
    b.locationNotAddressable = true;
  },
};
