import type { Fault } from './fault-types.ts';

/** PUT to an id nobody has (or a deleted one) creates a user instead of answering 404 (RFC 7644 §3.5.1: PUT MUST NOT create). */
export const putCreatesMissing: Fault = {
  id: 'put-creates-missing',
  description: "PUT to an id nobody has (or a deleted one) creates a user instead of answering 404 (RFC 7644 §3.5.1: PUT MUST NOT create).",
  breaks: "A late PUT after a delete resurrects the user a client removed.",
  apply(b) {
    b.putCreatesMissing = true;
  },
};
