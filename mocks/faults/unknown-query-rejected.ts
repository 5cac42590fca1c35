import type { Fault } from './fault-types.ts';

/** A GET of /Users or /Groups with a query parameter the server does not know answers 400 invalidSyntax instead of ignoring it (RFC 7644 §3.4.2: SHOULD ignore). */
export const unknownQueryRejected: Fault = {
  id: 'unknown-query-rejected',
  description: "A GET of /Users or /Groups with a query parameter the server does not know answers 400 invalidSyntax instead of ignoring it (RFC 7644 §3.4.2: SHOULD ignore).",
  breaks: "Entra ID's aadOptscim062020 flag and any client sending a vendor parameter get 400s; newer SCIM clients adding parameters break.",
  apply(b) {
    b.rejectUnknownQueryParams = true;
  },
};
