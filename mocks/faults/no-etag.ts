import type { Fault } from './fault-types.ts';

/** No ETag header and no meta.version, although ServiceProviderConfig still advertises etag.supported (RFC 7644 §3.14). */
export const noEtag: Fault = {
  id: 'no-etag',
  description: "No ETag header and no meta.version, although ServiceProviderConfig still advertises etag.supported (RFC 7644 §3.14).",
  breaks: "Clients that send If-Match with the advertised version cannot; the harness's ETag check must flag it.",
  apply(b) {
    b.etags = false;
  },
};
