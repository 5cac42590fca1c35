import type { Fault } from './fault-types.ts';

/** A created resource's meta.lastModified is one second after meta.created (RFC 7643 §3.1: never modified means lastModified equals created). */
export const lastModifiedDiffersOnCreate: Fault = {
  id: 'last-modified-differs-on-create',
  description: "A created resource's meta.lastModified is one second after meta.created (RFC 7643 §3.1: never modified means lastModified equals created).",
  breaks: "Clients that detect changes by comparing lastModified with created see every new resource as modified.",
  apply(b) {
    b.lastModifiedDiffersOnCreate = true;
  },
};
