import type { Fault } from './fault-types.ts';

/** A PATCH that changes nothing (add of a value the resource already has) still advances meta.lastModified (RFC 7644 §3.5.2.1: SHALL NOT). */
export const patchNoopTouchesLastModified: Fault = {
  id: 'patch-noop-touches-last-modified',
  description: "A PATCH that changes nothing (add of a value the resource already has) still advances meta.lastModified (RFC 7644 §3.5.2.1: SHALL NOT).",
  breaks: "Clients syncing by lastModified re-read and re-process resources nobody changed.",
  apply(b) {
    b.patchNoopTouchesLastModified = true;
  },
};
