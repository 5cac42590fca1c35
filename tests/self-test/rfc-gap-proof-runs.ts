import type { ProofRun } from './proof-runs.ts';

/**
 * Proofs of the rfc checks added for the requirement catalogue (issue 17): each fault of the embedded mock
 * and the checks it must fail, with a pattern naming the cause. proof-runs.ts adds them to PROOF_RUNS, which
 * tests/rfc-suite.test.ts runs and docs/check-catalogue.md counts.
 */
export const RFC_GAP_PROOF_RUNS: ProofRun[] = [
  {
    title: 'readOnly and externalId on create, WWW-Authenticate, PUT that creates, discovery paging and message schemas, excludedAttributes on always, UTF-8, boolean ordering, value paths',
    idps: ['rfc'],
    faults: [
      'server-assigns-external-id', 'keeps-client-id-and-meta', 'no-www-authenticate', 'put-creates-missing',
      'discovery-paginates', 'schemas-lists-messages', 'exclude-always-attributes', 'decode-latin1',
      'boolean-ordering-accepted', 'value-path-across-values',
    ],
    expected: {
      'rfc/create-user-no-external-id': /expected \/externalId to be absent, got "/,
      'rfc/create-user-read-only-ignored': /expected \/id not to contain "[^"]+", got "[^"]+". Why: id is readOnly/,
      'rfc/auth-missing-www-authenticate': /expected the WWW-Authenticate header, got none/,
      'rfc/replace-deleted-user': /expected status 404, got 201 Created/,
      'rfc/discovery-ignores-query': /expected \/Resources to contain \{"name":"User"\}/,
      'rfc/discovery-schemas-no-messages': /expected \/Resources not to contain \{"id":"urn:ietf:params:scim:api:messages:2\.0:ListResponse"\}/,
      'rfc/attributes-exclude-always': /expected \/id to equal "[^"]+", got nothing. Why: id is returned "always"/,
      'rfc/filter-boolean-gt': /expected status 400, got 200 OK/,
      'rfc/filter-value-path-same-value': /expected \/totalResults to equal 0, got 1. Why: no single email of user1 is both of type work and the home address/,
      'rfc/utf8-round-trip': /expected \/displayName to equal "Zoë Ångström-Łukasiewicz 山田 🌍", got "ZoÃ«/,
    },
  },
  {
    title: 'PATCH: 204 despite attributes, not atomic, replace of an absent attribute dropped, primary not exclusive',
    idps: ['rfc'],
    faults: ['patch-answers-204', 'patch-not-atomic', 'patch-replace-absent-ignored', 'primary-not-exclusive'],
    expected: {
      'rfc/patch-attributes-returns-200': /expected status 200, got 204 No Content/,
      'rfc/bulk-patch-user': /expected \/Operations\/0\/status to equal "200", got "204"/,
      'rfc/patch-atomic': /expected \/displayName to equal "Ada Scimtest One", got "Ada Half Patched"/,
      'rfc/patch-replace-unassigned': /expected \/nickName to equal "Adie", got nothing/,
      'rfc/patch-primary-exclusive': /expected \/emails not to contain \{"type":"work","primary":true\}/,
    },
  },
  {
    title: 'PATCH remove ignored',
    idps: ['rfc'],
    faults: ['patch-ignores-remove'],
    expected: {
      'rfc/patch-remove-attribute': /expected \/nickName to be absent, got "Adie"/,
      'rfc/patch-atomic': /expected status 400, got 200 OK/,
      'rfc/group-membership-patch': /expected \/members not to contain \{"value":/,
    },
  },
];

const ERROR_SCHEMA_MISSING = /expected a valid SCIM Error body, got one where \(root\) must have required property 'schemas'/;
const STATUS_AS_NUMBER = /expected a valid SCIM Error body, got one where \/status must be string \(got \d{3}\)/;
const FILTER_404 = /expected status 200, got 404 Not Found with body .*No resource matches the fil/;

/**
 * What the new checks also catch in the existing proof runs of PROOF_RUNS, keyed by the run's faults (joined
 * with commas): proof-runs.ts adds these to each run's expected failures.
 */
export const RFC_GAP_COLLATERAL: Readonly<Record<string, Record<string, RegExp>>> = {
  'error-without-scim-schema,patch-noop-rejected,no-etag,ignore-count,deactivate-deletes-user,no-location-header': {
    'rfc/auth-missing-www-authenticate': ERROR_SCHEMA_MISSING,
    'rfc/filter-boolean-gt': ERROR_SCHEMA_MISSING,
    'rfc/patch-atomic': ERROR_SCHEMA_MISSING,
    'rfc/replace-deleted-user': ERROR_SCHEMA_MISSING,
  },
  'auth-accepts-anything,create-returns-200,delete-returns-200,json-content-type,ignore-active-on-put,bulk-advertised-not-implemented': {
    'rfc/auth-missing-www-authenticate': /expected status 401, got 200 OK/,
  },
  'username-case-sensitive,unique-emails,patch-add-replaces-multi-valued,patch-noop-rejected,startindex-below-one-rejected,count-above-max-rejected,filter-404-when-empty,spc-incomplete': {
    'rfc/delete-user-omitted-from-queries': FILTER_404,
    'rfc/filter-value-path-same-value': FILTER_404,
    'rfc/replace-deleted-user': FILTER_404,
  },
  'error-status-as-number,case-sensitive-username-filter,patch-ignores-pathless-replace,patch-rejects-filter-path,ignore-excluded-attributes,password-returned': {
    'rfc/attributes-exclude-always': /expected \/displayName to be absent, got "Ada Scimtest One". Why: displayName is returned "default"/,
    'rfc/auth-missing-www-authenticate': STATUS_AS_NUMBER,
    'rfc/filter-boolean-gt': STATUS_AS_NUMBER,
    'rfc/patch-atomic': STATUS_AS_NUMBER,
    'rfc/patch-primary-exclusive': /expected status 200 or 204, got 400 Bad Request with body .*"scimType":"invalidPath"/,
    'rfc/replace-deleted-user': STATUS_AS_NUMBER,
  },
};
