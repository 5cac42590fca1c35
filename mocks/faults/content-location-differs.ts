import type { Fault } from './fault-types.ts';

/** GET by id answers a Content-Location naming a back-end host, not the resource's meta.location (RFC 7643 §3.1: MUST be the same). */
export const contentLocationDiffers: Fault = {
  id: 'content-location-differs',
  description: "GET by id answers a Content-Location naming a back-end host, not the resource's meta.location (RFC 7643 §3.1: MUST be the same).",
  breaks: "Clients that cache or follow Content-Location address a host they cannot reach.",
  apply(b) {
    b.contentLocationDiffers = true;
  },
};
