import type { ProofRun } from './proof-runs.ts';

/**
 * Proofs of the rfc checks of RFC 7644 requirements closed for issue 17 (queries and sorting, PUT and PATCH
 * semantics, DELETE, media types, /Me, discovery filters, PRECIS): each fault of the embedded mock and the
 * checks it must fail, with a pattern naming the cause. The SHOULD checks (warn-only scenarios) are proven
 * through their warnings, with --strict.
 */
export const RFC_7644_GAP_PROOF_RUNS: ProofRun[] = [
  {
    title: 'RFC 7644 MUSTs: case-insensitive and SearchRequest sorting, readOnly on PUT and PATCH, schemas then extension in one PATCH, the whole resource in a 200 PATCH answer, lastModified on a no-op add, removes that leave attributes unassigned, scimType mutability and noTarget, /Me Location, PRECIS width mapping',
    idps: ['rfc'],
    faults: [
      'sort-case-sensitive', 'search-sort-ignored', 'put-stores-read-only', 'patch-read-only-ignored',
      'patch-extension-needs-prior-schemas', 'patch-returns-changed-only', 'patch-noop-touches-last-modified',
      'patch-remove-last-value-rejected', 'patch-remove-sub-attribute-ignored', 'required-remove-invalid-value',
      'patch-replace-filter-adds', 'me-location-is-alias', 'precis-width-not-mapped',
    ],
    expected: {
      'rfc/sort-case-insensitive': /expected \/Resources\/0\/id to equal "[^"]+", got "[^"]+"\. Why: userName is caseExact false, so ascending order ignores case/,
      'rfc/search-sort': /expected \/Resources\/0\/id to equal "[^"]+", got "[^"]+"\. Why: sortBy userName in the SearchRequest orders the results/,
      'rfc/replace-user-read-only-ignored': /expected \/meta\/created not to contain "1999", got "1999-01-01T00:00:00Z"\. Why: meta is readOnly/,
      'rfc/patch-read-only-rejected': /expected status 400, got 200 OK/,
      'rfc/patch-schemas-then-extension': /expected status 200 or 204, got 400 Bad Request .*"scimType":"invalidPath".*employeeNumber/s,
      'rfc/patch-replace': /must have required property 'userName'.*expected \/userName to equal .* ignoring case, got nothing\. Why: a 200 answer to PATCH carries the entire resource/s,
      'rfc/patch-add-existing-keeps-last-modified': /expected \/meta\/lastModified to equal "[^"]+", got "[^"]+"\. Why: the add changed nothing/,
      'rfc/group-membership-patch': /expected status 200 or 204, got 400 Bad Request .*\\"members\\" must keep at least one value/s,
      'rfc/patch-remove-last-value': /expected status 200 or 204, got 400 Bad Request .*\\"phoneNumbers\\" must keep at least one value/s,
      'rfc/patch-remove-attribute': /expected \/name\/middleName to be absent, got "Mae"\. Why: a sub-attribute whose value has been removed/,
      'rfc/patch-remove-required': /expected \/scimType to equal "mutability", got "invalidValue"/,
      'rfc/patch-replace-no-target': /expected status 400, got 200 OK/,
      'rfc/me-alias': /expected the Location header to equal \/meta\/location of the body \("[^"]+\/Users\/service-account"\), got "[^"]+\/Me"/,
      'rfc/conflict-uniqueness-precis-width': /expected status 409 or 400, got 201 Created/,
    },
  },
  {
    title: '--strict: RFC 7644 SHOULDs: an unknown query parameter refused, a deleted userName kept taken, Accept: application/json refused, /Me answered 400, a discovery filter accepted',
    idps: ['rfc'],
    faults: ['unknown-query-rejected', 'soft-delete-keeps-username', 'accept-json-rejected', 'me-bad-request', 'discovery-filter-accepted'],
    args: ['--strict'],
    expected: {
      'rfc/unknown-query-parameter': /expected status 200, got 400 Bad Request .*Unknown query parameter .*RFC 7644 §3\.4\.2 says SHOULD.*failed by --strict/s,
      'rfc/delete-user-frees-username': /expected status 200 or 201, got 409 Conflict .*"scimType":"uniqueness".*RFC 7644 §3\.6 says SHOULD NOT.*failed by --strict/s,
      'rfc/accept-application-json': /expected status 200, got 406 Not Acceptable.*RFC 7644 §3\.8 says SHOULD.*failed by --strict/s,
      'rfc/me-alias': /expected status 200 or 501, got 400 Bad Request .*Unknown resource type .*RFC 7644 §3\.11 asks a server without \/Me for 501.*failed by --strict/s,
      'rfc/discovery-filter-forbidden': /expected status 403, got 200 OK.*RFC 7644 §4 says SHOULD.*failed by --strict/s,
    },
  },
];

const STATUS_AS_NUMBER = /expected a valid SCIM Error body, got one where \/status must be string \(got \d{3}\)/;
const ERROR_SCHEMA_MISSING = /expected a valid SCIM Error body, got one where \(root\) must have required property 'schemas'/;
const NOOP_REJECTED = /expected status 200 or 204, got 400 Bad Request .*The PATCH changes nothing/s;

/**
 * What these checks also catch in the other proof runs, keyed by the run's faults (joined with commas):
 * foldRfc7644GapProofs adds them to each run's expected failures.
 */
export const RFC_7644_GAP_COLLATERAL: Readonly<Record<string, Record<string, RegExp>>> = {
  'error-status-as-number,case-sensitive-username-filter,patch-ignores-pathless-replace,patch-rejects-filter-path,ignore-excluded-attributes,password-returned': {
    'rfc/conflict-uniqueness-precis-width': STATUS_AS_NUMBER,
    'rfc/patch-read-only-rejected': STATUS_AS_NUMBER,
    'rfc/patch-remove-required': STATUS_AS_NUMBER,
    'rfc/patch-replace-no-target': STATUS_AS_NUMBER,
    'rfc/patch-remove-last-value': /expected status 200 or 204, got 400 Bad Request .*"scimType":"invalidPath"/s,
    'rfc/search-exclude-always': /expected \/Resources\/0\/displayName to be absent, got "Ada Scimtest One"/,
  },
  'error-without-scim-schema,patch-noop-rejected,no-etag,ignore-count,deactivate-deletes-user,no-location-header': {
    'rfc/conflict-uniqueness-precis-width': ERROR_SCHEMA_MISSING,
    'rfc/patch-read-only-rejected': ERROR_SCHEMA_MISSING,
    'rfc/patch-remove-required': ERROR_SCHEMA_MISSING,
    'rfc/patch-replace-no-target': ERROR_SCHEMA_MISSING,
    'rfc/patch-add-existing-keeps-last-modified': NOOP_REJECTED,
  },
  'discovery-by-id-404,sort-ignored,ignore-startindex,ignore-attributes,filter-ignores-case-exact': {
    'rfc/search-sort': /expected \/Resources\/0\/id to equal "[^"]+", got "[^"]+"\. Why: sortBy userName in the SearchRequest orders the results/,
    'rfc/sort-case-insensitive': /expected \/Resources\/0\/id to equal "[^"]+", got "[^"]+"\. Why: userName is caseExact false/,
  },
  'username-case-sensitive,unique-emails,patch-add-replaces-multi-valued,patch-noop-rejected,startindex-below-one-rejected,count-above-max-rejected,filter-404-when-empty,spc-incomplete': {
    'rfc/patch-add-existing-keeps-last-modified': NOOP_REJECTED,
  },
  'server-assigns-external-id,keeps-client-id-and-meta,no-www-authenticate,put-creates-missing,discovery-paginates,schemas-lists-messages,exclude-always-attributes,decode-latin1,boolean-ordering-accepted,value-path-across-values': {
    'rfc/search-exclude-always': /expected \/Resources\/0\/id to equal "[^"]+", got nothing\. Why: id is returned "always"/,
    // decode-latin1 garbles the fullwidth userName, so it no longer clashes.
    'rfc/conflict-uniqueness-precis-width': /expected status 409 or 400, got 201 Created/,
  },
  'patch-ignores-remove': {
    'rfc/patch-remove-last-value': /expected \/phoneNumbers to hold at most 0 item\(s\), got 1/,
    'rfc/patch-remove-required': /expected status 400, got 200 OK/,
  },
};

/** Adds these proofs to the proof runs: their catches in the existing runs, then their own runs. */
export function foldRfc7644GapProofs(runs: ProofRun[]): void {
  for (const run of runs) Object.assign(run.expected, RFC_7644_GAP_COLLATERAL[run.faults.join(',')] ?? {});
  runs.push(...RFC_7644_GAP_PROOF_RUNS);
}
