import type { BulkDeviations } from '../faults/index.ts';

/**
 * The Bulk fault switches that change what a BulkResponse operation says (the ones that change how
 * operations run are in bulk.ts): no method, no bulkId, no location, a failed operation without its
 * response, with a response that is not a SCIM Error, or with a SCIM Error without detail.
 * @see RFC 7644 §3.7, §3.7.3; mocks/faults/fault-types.ts (BulkDeviations)
 */
export function applyBulkResultFaults(deviations: BulkDeviations, result: Record<string, unknown>): Record<string, unknown> {
  const out = { ...result };
  if (deviations.omitMethod) delete out['method'];
  if (deviations.omitBulkId) delete out['bulkId'];
  if (deviations.omitLocation) delete out['location'];
  const response = out['response'];
  if (Number(out['status']) >= 400 && response !== null && typeof response === 'object') {
    const error = response as Record<string, unknown>;
    if (deviations.errorWithoutResponse) delete out['response'];
    else if (deviations.errorResponsePlain) out['response'] = { detail: error['detail'] };
    else if (deviations.errorWithoutDetail) out['response'] = Object.fromEntries(Object.entries(error).filter(([key]) => key !== 'detail'));
  }
  return out;
}

/** True when operations run in request order (or reversed) without waiting for the POSTs their bulkIds name. */
export function runsWithoutWaiting(deviations: BulkDeviations): boolean {
  return deviations.reverseOrder === true || deviations.rejectForwardReferences === true || deviations.keepBulkIdReferences === true;
}
