import type { Fault } from './fault-types.ts';

/** Request bodies are decoded as ISO-8859-1 instead of UTF-8: non-ASCII names come back garbled (RFC 7644 §3.8). */
export const decodeLatin1: Fault = {
  id: 'decode-latin1',
  description: "Request bodies are decoded as ISO-8859-1 instead of UTF-8: non-ASCII names come back garbled (RFC 7644 §3.8).",
  breaks: "Users with accented or non-Latin names are stored with mojibake.",
  apply(b) {
    b.decodeLatin1 = true;
  },
};
