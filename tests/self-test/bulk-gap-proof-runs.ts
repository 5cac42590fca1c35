import type { ProofRun } from './proof-runs.ts';

/**
 * Proofs of the Bulk checks added for the requirement catalogue (issue 17, RFC 7644 §3.7): each Bulk fault of
 * the embedded mock (mocks/faults/bulk-deviations.ts) and the checks it must fail, with a pattern naming the
 * cause. The runs select only the Bulk checks (a run costs about a second); the one check every Bulk fault
 * below fails (bulk-partial-failure) needs a run per fault, so each shows its own cause.
 */
const BULK_CHECKS = ['bulk-create-bulk-id', 'bulk-partial-failure', 'bulk-bulk-id-reference', 'bulk-circular-references', 'bulk-max-operations', 'bulk-patch-user'].map((id) => `rfc/${id}`);
const bulkRun = (title: string, faults: string[], expected: Record<string, RegExp>): ProofRun => ({ title, idps: ['rfc'], faults, args: ['--scenario', BULK_CHECKS.join(',')], expected });

export const BULK_GAP_PROOF_RUNS: ProofRun[] = [
  bulkRun('Bulk: results without method, bulkId references stored as written, more operations than bulk.maxOperations run', ['bulk-response-without-method', 'bulk-id-kept-literally', 'bulk-ignores-max-operations'], {
    'rfc/bulk-create-bulk-id': /expected \/Operations\/0\/method to equal "POST", got nothing.*method REQUIRED/s,
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/method to equal "POST", got nothing/,
    'rfc/bulk-bulk-id-reference': /expected \/Resources\/0\/members to contain \{"value":"[^"]+"\}, got \[\{"value":"bulkId:qwerty".*RFC 7644 §3\.7\.2/s,
    'rfc/bulk-circular-references': /expected \/Resources\/0\/members not to contain \{"value":"bulkId:ytrewq"\}/,
    'rfc/bulk-max-operations': /expected status 413, got 200 OK/,
  }),
  bulkRun('Bulk: results without location, operations run last to first, a 413 that does not name the limit', ['bulk-response-without-location', 'bulk-reverses-operations', 'bulk-413-without-limit'], {
    'rfc/bulk-create-bulk-id': /expected \/Operations\/0\/location to be present, got nothing/,
    'rfc/bulk-partial-failure': /expected \/Operations\/1\/location to be present, got nothing/,
    'rfc/bulk-bulk-id-reference': /expected \/Operations to contain \{"bulkId":"ytrewq","status":"201"\}.*MUST keep the client's intent/s,
    'rfc/bulk-max-operations': /expected \/detail to contain 1000, got "POST \/Bulk: the request is too large\."/,
  }),
  bulkRun('Bulk: results without bulkId, a failure without its response, a forward bulkId reference refused with 400', ['bulk-response-without-bulk-id', 'bulk-error-without-response', 'bulk-forward-reference-rejected'], {
    'rfc/bulk-create-bulk-id': /expected \/Operations\/0\/bulkId to equal "qwerty", got nothing/,
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/response to be present, got nothing/,
    'rfc/bulk-bulk-id-reference': /expected \/Operations to contain \{"bulkId":"qwerty","status":"201"\}/,
    'rfc/bulk-circular-references': /expected \/Operations\/0\/status to be one of "201", "409", got "400"/,
  }),
  bulkRun('Bulk: a failure whose response is not a SCIM Error', ['bulk-error-response-not-scim'], {
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/response\/schemas to contain "urn:ietf:params:scim:api:messages:2\.0:Error", got nothing/,
  }),
  bulkRun('Bulk: a failure without a human-readable detail; a cycle resolved by creating its first group twice (as SCIMMY 1.3.5 does)', ['bulk-error-without-detail', 'bulk-cycle-duplicates-resource'], {
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/response\/detail to be present, got nothing/,
    'rfc/bulk-circular-references': /expected \/Resources to hold at most 1 item\(s\), got 2.*creates each group once/s,
  }),
  bulkRun('Bulk: processing stops at the first failed operation', ['bulk-stops-at-first-error'], {
    'rfc/bulk-partial-failure': /expected \/Operations\/1\/status to be present, got nothing.*MUST continue performing as many changes as possible/s,
  }),
];

const NOT_IMPLEMENTED = /expected status (200|200 or 409|413), got 501 Not Implemented.*although ServiceProviderConfig says bulk\.supported true/s;

/**
 * What the Bulk checks also catch in the existing proof runs of PROOF_RUNS, keyed by the run's faults (joined
 * with commas).
 */
export const BULK_GAP_COLLATERAL: Readonly<Record<string, Record<string, RegExp>>> = {
  'auth-accepts-anything,create-returns-200,delete-returns-200,json-content-type,ignore-active-on-put,bulk-advertised-not-implemented': Object.fromEntries(
    ['bulk-create-bulk-id', 'bulk-partial-failure', 'bulk-bulk-id-reference', 'bulk-circular-references', 'bulk-max-operations'].map((id) => [`rfc/${id}`, NOT_IMPLEMENTED]),
  ),
  'error-status-as-number,case-sensitive-username-filter,patch-ignores-pathless-replace,patch-rejects-filter-path,ignore-excluded-attributes,password-returned': {
    'rfc/bulk-max-operations': /expected a valid SCIM Error body, got one where \/status must be string \(got 413\)/,
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/response\/status to equal "400", got 400/,
  },
  'error-without-scim-schema,patch-noop-rejected,no-etag,ignore-count,deactivate-deletes-user,no-location-header': {
    'rfc/bulk-max-operations': /expected a valid SCIM Error body, got one where \(root\) must have required property 'schemas'/,
    'rfc/bulk-partial-failure': /expected \/Operations\/0\/response\/schemas to contain "urn:ietf:params:scim:api:messages:2\.0:Error", got nothing/,
  },
  'username-case-sensitive,unique-emails,patch-add-replaces-multi-valued,patch-noop-rejected,startindex-below-one-rejected,count-above-max-rejected,filter-404-when-empty,spc-incomplete': {
    'rfc/bulk-circular-references': /expected status 200, got 404 Not Found with body .*No resource matches the fil/,
  },
};

/** Adds the Bulk proofs to PROOF_RUNS: their own runs, and what they also catch in the runs before them. */
export function foldBulkGapProofs(runs: ProofRun[]): void {
  for (const run of runs) Object.assign(run.expected, BULK_GAP_COLLATERAL[run.faults.join(',')] ?? {});
  runs.push(...BULK_GAP_PROOF_RUNS);
}
