import type { Fault } from './fault-types.ts';

/** POST answers have no Location header (RFC 7644 §3.3). */
export const noLocationHeader: Fault = {
  id: 'no-location-header',
  description: "POST answers have no Location header (RFC 7644 §3.3).",
  breaks: "Clients that follow Location to read the created resource fail.",
  apply(b) {
    b.locationHeader = false;
  },
};
