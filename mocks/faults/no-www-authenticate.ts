import type { Fault } from './fault-types.ts';

/** 401 answers carry no WWW-Authenticate header (RFC 7644 §2; RFC 7235 §4.1). */
export const noWwwAuthenticate: Fault = {
  id: 'no-www-authenticate',
  description: "401 answers carry no WWW-Authenticate header (RFC 7644 §2; RFC 7235 §4.1).",
  breaks: "Clients cannot tell which authentication scheme the server wants.",
  apply(b) {
    b.wwwAuthenticate = false;
  },
};
