import type { BulkDeviations, Fault } from './fault-types.ts';

/** A fault that switches one Bulk deviation on. */
function bulkFault(id: string, deviation: keyof BulkDeviations, description: string, breaks: string): Fault {
  return {
    id,
    description,
    breaks,
    apply(behaviour) {
      behaviour.bulkDeviations[deviation] = true;
    },
  };
}

/**
 * The Bulk faults (RFC 7644 §3.7): each breaks one thing a BulkResponse must say or do. Bulk is optional and
 * no IdP this project models sends it, so what breaks is a client that batches: an import or migration
 * script, a provisioning engine that uses Bulk where the server offers it.
 * @see mocks/endpoints/bulk.ts, bulk-faults.ts
 */
export const BULK_FAULTS: readonly Fault[] = [
  bulkFault('bulk-response-without-method', 'omitMethod',
    'BulkResponse operations carry no "method" (RFC 7644 §3.7: REQUIRED).',
    'A client that matches each result to its operation by method and location cannot tell a PATCH result from a DELETE result.'),
  bulkFault('bulk-response-without-bulk-id', 'omitBulkId',
    'BulkResponse operations carry no "bulkId", not even for a created resource (RFC 7644 §3.7: the same bulkId MUST come back).',
    'A client that created several resources in one request cannot tell which new id belongs to which of its records, so it cannot link or update them later.'),
  bulkFault('bulk-response-without-location', 'omitLocation',
    'BulkResponse operations carry no "location" (RFC 7644 §3.7.3: MUST for every operation but a failed POST).',
    'A client learns no id for what its Bulk POSTs created: it cannot update or delete them and creates duplicates on the next run.'),
  bulkFault('bulk-error-without-response', 'errorWithoutResponse',
    'A failed Bulk operation carries its status but no "response" body (RFC 7644 §3.7: the body MUST be included).',
    'A client sees that an operation failed but not why (no scimType, no detail), so it cannot fix and retry it.'),
  bulkFault('bulk-error-response-not-scim', 'errorResponsePlain',
    'A failed Bulk operation\'s "response" is {"detail": ...} only, not a SCIM Error with schemas and status (RFC 7644 §3.7, §3.12).',
    'A client that reads the error the way it reads any SCIM error (schemas, status, scimType) finds none, and reports an unknown failure.'),
  bulkFault('bulk-error-without-detail', 'errorWithoutDetail',
    'A failed Bulk operation\'s SCIM Error has no "detail" (RFC 7644 §3.7.3: a human-readable description MUST be there).',
    'An administrator reading a failed batch sees only status codes, with nothing saying which value was wrong.'),
  bulkFault('bulk-stops-at-first-error', 'stopAtFirstError',
    'A BulkRequest stops at its first failed operation, as if failOnErrors were 1 (RFC 7644 §3.7: MUST continue and disregard partial failures).',
    'One bad record in a batch silently drops every later change of the batch; the client must find and re-send them.'),
  bulkFault('bulk-reverses-operations', 'reverseOrder',
    'A BulkRequest\'s operations run last to first without waiting for the POST a bulkId names (RFC 7644 §3.7: reordering MUST keep the client\'s intent).',
    'A batch that creates a user and then a group with that user as member fails the group: the client\'s batch depends on the order it wrote.'),
  bulkFault('bulk-forward-reference-rejected', 'rejectForwardReferences',
    'A bulkId naming a POST later in the request answers 400 invalidValue, so circular references are never tried (RFC 7644 §3.7.1: MUST try, or answer 409).',
    'A client linking resources that name each other (groups nesting each other) gets a 400 it reads as bad data, not the 409 that says to link them in a second request.'),
  bulkFault('bulk-id-kept-literally', 'keepBulkIdReferences',
    'A "bulkId:<id>" reference is stored as written, never replaced by the new resource\'s id (RFC 7644 §3.7.2).',
    'A group created with a member named by bulkId ends up with a member that is no user: the membership the client asked for is lost.'),
  bulkFault('bulk-cycle-duplicates-resource', 'duplicateCycleStart',
    'Two POSTs naming each other by bulkId: the first is created bare for the second to name, then created again in full, as SCIMMY 1.3.5 does (RFC 7644 §3.7.1, §3.7).',
    'The client gets three groups for two: the second group\'s member is a stray bare copy of the first, not the group the BulkResponse reports.'),
  bulkFault('bulk-ignores-max-operations', 'ignoreMaxOperations',
    'A BulkRequest with more operations than bulk.maxOperations is run in full (RFC 7644 §3.7.4: MUST answer 413).',
    'A client that relies on the declared limit to size its batches cannot trust it; the server takes on any load it is sent.'),
  bulkFault('bulk-413-without-limit', 'tooLargeWithoutLimit',
    'A BulkRequest over bulk.maxOperations answers 413 without saying which limit it exceeded (RFC 7644 §3.7.4: MUST specify the limit).',
    'A client told only "too large" cannot tell whether to send fewer operations or smaller ones, nor how many fewer.'),
];
