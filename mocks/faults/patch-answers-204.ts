import type { Fault } from './fault-types.ts';

/** PATCH answers 204 No Content even when the request names `attributes` (RFC 7644 §3.5.2: 200 with the resource is required then). */
export const patchAnswers204: Fault = {
  id: 'patch-answers-204',
  description: "PATCH answers 204 No Content even when the request names `attributes` (RFC 7644 §3.5.2: 200 with the resource is required then).",
  breaks: "Clients that PATCH with `attributes` to read the result back in one call get nothing.",
  apply(b) {
    b.patchAnswers204 = true;
  },
};
