import type { Fault } from './fault-types.ts';

/** Error `status` is a JSON number (404) instead of a string ("404") (RFC 7644 §3.12). */
export const errorStatusAsNumber: Fault = {
  id: 'error-status-as-number',
  description: "Error `status` is a JSON number (404) instead of a string (\"404\") (RFC 7644 §3.12).",
  breaks: "Strictly typed clients (generated SDKs, Entra ID's reference library) fail to parse the error.",
  apply(b) {
    b.errorStatusAsNumber = true;
  },
};
