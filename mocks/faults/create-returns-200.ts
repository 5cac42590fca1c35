import type { Fault } from './fault-types.ts';

/** POST answers 200 instead of 201 Created (RFC 7644 §3.3). */
export const createReturns200: Fault = {
  id: 'create-returns-200',
  description: "POST answers 200 instead of 201 Created (RFC 7644 §3.3).",
  breaks: "Clients that check for 201 treat the create as failed and retry, then hit 409.",
  apply(b) {
    b.createStatus = 200;
  },
};
