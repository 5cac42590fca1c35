import type { Fault } from './fault-types.ts';

/** A successful PUT or PATCH answers 200 with an empty body instead of the resource (RFC 7644 §3.5.1, §3.5.2: 200 carries the resource, 204 carries nothing). */
export const empty200OnWrite: Fault = {
  id: 'empty-200-on-write',
  description: "A successful PUT or PATCH answers 200 with an empty body instead of the resource (RFC 7644 §3.5.1, §3.5.2: 200 carries the resource, 204 carries nothing).",
  breaks: "authentik reads every 2xx other than 204 as JSON: an empty 200 raises JSONDecodeError, the task fails and is retried, and a full-sync page is re-sent.",
  apply(b) {
    b.emptyBodyOnWrite = true;
  },
};
