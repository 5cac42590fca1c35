import type { Fault } from './fault-types.ts';

/** DELETE answers 200 instead of 204 No Content (RFC 7644 §3.6). */
export const deleteReturns200: Fault = {
  id: 'delete-returns-200',
  description: "DELETE answers 200 instead of 204 No Content (RFC 7644 §3.6).",
  breaks: "Clients that expect exactly 204 report the delete as failed.",
  apply(b) {
    b.deleteStatus = 200;
  },
};
