import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/run-cli.ts';
import { FORM_PROOF_RUNS } from './form-proof-runs.ts';
import { ownStepProofRuns } from './own-step-proof-runs.ts';
import { RFC_GAP_COLLATERAL, RFC_GAP_PROOF_RUNS } from './rfc-gap-proof-runs.ts';
import { RFC_7643_GAP_COLLATERAL, RFC_7643_GAP_PROOF_RUNS } from './rfc-7643-gap-proof-runs.ts';
import { foldBulkGapProofs } from './bulk-gap-proof-runs.ts';
import { foldSchemaProofs } from './schema-proof-runs.ts';
import { foldRfc7644GapProofs } from './rfc-7644-gap-proof-runs.ts';

/**
 * The proof of every check: runs of the real CLI against the embedded mock with faults switched on,
 * and the exact results each run must fail, with a pattern that names the cause. Faults whose checks do
 * not overlap share a run (a CLI run costs seconds). tests/rfc-suite.test.ts and
 * tests/self-test/idp-proofs.test.ts run them; docs/check-catalogue.md is generated from them.
 */
export interface ProofRun {
  title: string;
  /** The suites the run selects (`--idp`); every other selected result must pass or be skipped. */
  idps: string[];
  faults: string[];
  /** More `run` flags: `--strict` (a SHOULD proven through its warning), `--scenario` (to opt in). */
  args?: string[];
  /** Result id → what its failure message must say. */
  expected: Record<string, RegExp>;
}

export const IDP_SUITES = ['okta', 'entra', 'entra-aadoptscim062020', 'onelogin'];

/** authentik and its dialects, JumpCloud and PingOne: proven by their own runs (below), so the older runs keep their scope. */
export const AUTHENTIK_SUITES = ['authentik', 'authentik-2025', 'authentik-2024'];
export const NEWER_IDP_SUITES = [...AUTHENTIK_SUITES, 'jumpcloud', 'pingone'];

const STATUS_AS_NUMBER = /\/status must be string \(got \d{3}\)/;
const NO_ERROR_SCHEMA = /must have required property 'schemas'/;
/** The filter checks of operators beyond eq (the ones a server may decline with 400 invalidFilter). */
const FILTER_OPERATOR_CHECKS = ['and', 'co', 'ew', 'ge', 'grouping', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'pr', 'sw', 'value-path'].map((op) => `rfc/filter-${op}`);

/**
 * A server that ignores a filter it cannot handle answers 200 with every user: each operator check fails
 * at the step that isolates its operator, and the failure's reference names that operator.
 */
function ignoredFilterExpectations(): Record<string, RegExp> {
  const named: Record<string, string> = { grouping: 'grouping with \\( \\)', 'value-path': 'complex attribute filter grouping with \\[ \\]' };
  return Object.fromEntries(FILTER_OPERATOR_CHECKS.map((id) => {
    const op = id.slice('rfc/filter-'.length);
    return [id, new RegExp(`(expected /totalResults to equal 1, got \\d+|expected /Resources not to contain).*\\(RFC 7644 §3\\.4\\.2\\.2: ${named[op] ?? op}[;)]`, 's')];
  }));
}

/** Every check the harness makes: one per scenario file, `<idp>/<id>`. */
export function allChecks(): string[] {
  const dir = path.join(ROOT, 'scenarios');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(dir, entry.name)).filter((f) => f.endsWith('.json')).map((f) => `${entry.name}/${f.replace(/\.json$/, '')}`))
    .sort();
}

/** The `scim-conformance run` arguments of a proof run. */
export function proofArgs(run: ProofRun, seed: string): string[] {
  return ['run', '--idp', run.idps.join(','), '--seed', seed, ...(run.args ?? []), ...run.faults.flatMap((f) => ['--mock-fault', f])];
}

/** The IdP checks, opt-in ones included (they run when named with --scenario). */
function idpChecks(): string[] {
  return allChecks().filter((id) => IDP_SUITES.includes(id.split('/')[0]!));
}

const AUTHENTIK_EMPTY_200 = /authentik reads every 2xx answer other than 204 as JSON: an empty 200 raises JSONDecodeError/;
const NO_TOTAL_RESULTS = /expected a valid SCIM ListResponse body, got one where \(root\) must have required property 'totalResults'/;
const ids = (suite: string, names: string[]) => names.map((name) => `${suite}/${name}`);

/** The proofs of the authentik, JumpCloud and PingOne checks (docs/idp/authentik.md, jumpcloud.md, pingone.md). */
function newerIdpProofs(): ProofRun[] {
  const strictUserName = /expected \/userName to equal .*authentik 2025\.12\+ stores this response.*failed by --strict/s;
  return [
    {
      title: "authentik's strict ServiceProviderConfig, its schemas-less group PATCH and members remove form, 409 without the SCIM error; JumpCloud's repeated Test Connection; PingOne's paging",
      idps: NEWER_IDP_SUITES,
      faults: ['spc-bulk-without-max-operations', 'patch-requires-schemas', 'patch-remove-members-clears-all', 'error-without-scim-schema', 'soft-delete-keeps-username', 'ignore-startindex'],
      expected: {
        'authentik/connection-check': /bulk\/maxOperations to be present.*authentik silently assumes no PATCH and no filter/s,
        'authentik-2025/connection-check': /bulk\/maxOperations to be present.*authentik silently assumes no PATCH and no filter/s,
        'authentik/group-rename': /got 400.*no \\"schemas\\".*Infisical#6552/s,
        'authentik/membership-remove': /expected \/members to contain .*empties the whole group.*authentik#23798/s,
        'authentik/consistency-check': /expected \/members to contain .*removed only user3/s,
        'authentik/create-user-conflict': /expected \/scimType to equal "uniqueness", got nothing/,
        'authentik-2025/create-user-conflict-unquoted': /expected \/scimType to equal "uniqueness", got nothing/,
        'jumpcloud/test-connection-repeated': /expected status 201 or 200, got 409.*every edit of an active configuration re-runs the test/s,
        'pingone/group-match-by-listing': /expected \/startIndex to equal 2, got 1.*creates duplicates of any it never sees/s,
        'pingone/test-connection': /expected a valid SCIM Error body, got one where \(root\) must have required property 'schemas'/,
      },
    },
    {
      title: 'authentik: an empty 200 on PUT, PATCH or DELETE (JSONDecodeError); JumpCloud and PingOne: every lookup and listing without totalResults',
      idps: NEWER_IDP_SUITES,
      faults: ['empty-200-on-write', 'delete-returns-200', 'missing-total-results'],
      expected: {
        ...Object.fromEntries(ids('authentik', ['consistency-check', 'deactivate-user', 'delete-user', 'group-create', 'group-create-without-patch', 'group-delete', 'group-rename', 'group-update-put', 'membership-add', 'membership-remove', 'update-user'])
          .concat(['authentik-2025/update-user', 'authentik-2024/group-update-put-readd', 'authentik-2024/membership-add-one-operation']).map((id) => [id, AUTHENTIK_EMPTY_200])),
        'authentik/create-user-conflict': NO_TOTAL_RESULTS,
        ...Object.fromEntries(ids('jumpcloud', ['create-user', 'group-take-over', 'test-connection']).map((id) => [id, NO_TOTAL_RESULTS])),
        ...Object.fromEntries(ids('pingone', ['create-user', 'group-create', 'group-match-by-listing']).map((id) => [id, NO_TOTAL_RESULTS])),
      },
    },
    {
      title: '--strict: a lower-cased userName (authentik re-sends every user on every sync; JumpCloud and PingOne read it back), member removal read literally, a filtered remove path refused, active ignored on PUT, count ignored',
      idps: NEWER_IDP_SUITES,
      faults: ['lowercases-username', 'patch-remove-members-clears-all', 'patch-rejects-filter-path', 'ignore-active-on-put', 'ignore-count'],
      args: ['--strict'],
      expected: {
        ...Object.fromEntries(
          ids('authentik', ['consistency-check', 'create-user', 'create-user-single-word-name', 'group-create'])
            .concat(ids('authentik-2025', ['create-user-conflict-unquoted', 'update-user']), ids('authentik-2024', ['group-create-with-members', 'group-update-put-readd', 'membership-add-one-operation']))
            .map((id) => [id, strictUserName]),
        ),
        // Its create is authentik/create-user's subject (a set-up here), so its own PUT with active false is what fails.
        'authentik/membership-remove': /expected \/members to contain \{"value":"[0-9a-f-]{36}"\}, got nothing\. Why: authentik removed only user1/,
        'authentik/deactivate-user': /expected \/active to equal false, got true\. Why: authentik sends the user's is_active/,
        'jumpcloud/create-user': /expected \/userName to equal .*JumpCloud finds the user again by userName/s,
        'pingone/create-user': /expected \/userName to equal .*PingOne matches the user by userName/s,
        'jumpcloud/group-remove-member': /expected \/members to contain .*JumpCloud removes only the listed member/s,
        'pingone/group-remove-member-value-array': /expected \/members to contain .*PingOne removes only user1/s,
        'pingone/group-remove-member': /expected status 200 or 204, got 400.*invalidPath/s,
        'pingone/disable-user-put': /expected \/active to equal false, got true.*PingOne disables only by this PUT/s,
        'pingone/group-match-by-listing': /expected \/Resources to hold at most 1 item\(s\), got 2/,
      },
    },
    {
      title: "JumpCloud: DELETE refused (the test user is deactivated instead) and a deactivation that deletes; PingOne: its documented filter template refused",
      idps: ['jumpcloud', 'pingone'],
      faults: ['user-delete-unsupported', 'deactivate-deletes-user', 'filter-operators-case-sensitive'],
      expected: {
        'jumpcloud/test-connection': /expected status 200, got 404/,
        'jumpcloud/deactivate-user': /expected status 200, got 404/,
        'jumpcloud/group-unassigned': /expected \/members to contain .*JumpCloud leaves the group as-is/s,
        'jumpcloud/delete-user': /expected status 204, got 405/,
        'jumpcloud/test-connection-repeated': /expected status 204, got 405/,
        'pingone/delete-user': /expected status 204, got 405/,
        'pingone/match-user-doc-template': /got 400.*Unknown filter operator \\"Eq\\".*documented example template username Eq/s,
      },
    },
  ];
}

export const PROOF_RUNS: ProofRun[] = [
  {
    title: 'an unlocked read-modify-write and a create race: the concurrency checks fail, naming the lost members, the lost attribute and the duplicate ids',
    idps: ['concurrency'],
    faults: ['patch-lost-update', 'create-race'],
    expected: {
      'concurrency/entra-add-members-at-once': /expected \/members to contain \{"value":"[^"]+"\}.*lost update/s,
      'concurrency/okta-add-members-at-once': /expected \/members to contain \{"value":"[^"]+"\}.*lost update/s,
      'concurrency/patch-different-attributes-at-once': /expected \/(title|displayName|preferredLanguage) to equal .*lost update/s,
      'concurrency/create-same-username-at-once': /requests sent at once to succeed \(2xx\), got [2-5]: 201 id [^,]+, 201 id /,
    },
  },
  {
    title: 'authentication, create and delete status codes, media type, PUT, an advertised Bulk that is not there',
    idps: ['rfc'],
    faults: ['auth-accepts-anything', 'create-returns-200', 'delete-returns-200', 'json-content-type', 'ignore-active-on-put', 'bulk-advertised-not-implemented'],
    expected: {
    'rfc/auth-missing': /expected status 401, got 200/,
    'rfc/auth-wrong': /expected status 401, got 200/,
    'rfc/create-user': /expected status 201, got 200.*RFC 7644 §3\.3/s,
    'rfc/group-lifecycle': /expected status 201, got 200/,
    'rfc/delete-user': /expected status 204, got 200/,
    'rfc/media-type-scim-json': /expected Content-Type application\/scim\+json, got application\/json/,
    'rfc/replace-user': /expected \/active to equal false, got true/,
    'rfc/bulk-patch-user': /expected status 200, got 501.*although ServiceProviderConfig says bulk\.supported true.*RFC 7644 §3\.7/s,
  },
  },
  {
    title: 'error bodies with a numeric status (§3.12), case-sensitive userName filter, PATCH paths, projection, password',
    idps: ['rfc'],
    faults: ['error-status-as-number', 'case-sensitive-username-filter', 'patch-ignores-pathless-replace', 'patch-rejects-filter-path', 'ignore-excluded-attributes', 'password-returned'],
    expected: {
    'rfc/auth-missing': STATUS_AS_NUMBER,
    'rfc/auth-wrong': STATUS_AS_NUMBER,
    'rfc/conflict-uniqueness': STATUS_AS_NUMBER,
    'rfc/conflict-uniqueness-case-insensitive': STATUS_AS_NUMBER,
    'rfc/delete-user': STATUS_AS_NUMBER,
    'rfc/error-invalid-filter': /expected \/status to equal "400", got 400/,
    'rfc/error-invalid-value': /expected \/status to equal "400", got 400/,
    'rfc/error-not-found': /expected \/status to equal "404", got 404/,
    'rfc/etag-if-match-stale': /\/status must be string \(got 412\)/,
    'rfc/group-lifecycle': STATUS_AS_NUMBER,
    'rfc/filter-eq-case-insensitive': /expected \/totalResults to equal 1, got 0.*userName eq "SCIMTEST-[A-Z0-9.@-]+"/s,
    'rfc/patch-replace-no-path': /expected \/displayName to equal "Ada Pathless"/,
    'rfc/patch-replace-value-filter': /got 400.*invalidPath/s,
    'rfc/group-membership-patch': /got 400.*invalidPath/s,
    'rfc/attributes-exclude': /expected \/name to be absent/,
    'rfc/returned-password-never': /expected \/password to be absent.*returned "never"/s,
    'rfc/change-password': /expected \/password to be absent/,
  },
  },
  {
    title: 'error bodies without the SCIM Error schema or scimType (a refused remove of an absent attribute too), ETags, count, deactivation, the Location header',
    idps: ['rfc'],
    faults: ['error-without-scim-schema', 'patch-noop-rejected', 'no-etag', 'ignore-count', 'deactivate-deletes-user', 'no-location-header'],
    expected: {
    'rfc/auth-missing': NO_ERROR_SCHEMA,
    'rfc/auth-wrong': NO_ERROR_SCHEMA,
    'rfc/conflict-uniqueness': /expected \/scimType to equal "uniqueness", got nothing/,
    'rfc/conflict-uniqueness-case-insensitive': /expected \/scimType to equal "uniqueness", got nothing/,
    'rfc/delete-user': NO_ERROR_SCHEMA,
    'rfc/error-invalid-filter': NO_ERROR_SCHEMA,
    'rfc/error-invalid-value': NO_ERROR_SCHEMA,
    'rfc/error-not-found': /expected \/schemas to contain "urn:ietf:params:scim:api:messages:2\.0:Error"/,
    'rfc/group-lifecycle': NO_ERROR_SCHEMA,
    'rfc/etag-meta-version': /expected the ETag header, got none\. Why: the server's ServiceProviderConfig declares etag\.supported true.*RFC 7644 §3\.14/s,
    'rfc/create-user': /expected the Location header, got none.*RFC 7644 §3\.3/s,
    'rfc/etag-if-match-stale': /expected a value at \/meta\/version/,
    'rfc/etag-if-none-match': /expected a value at \/meta\/version/,
    'rfc/pagination-count': /expected \/Resources to hold at most 2 item\(s\), got \d+/,
    'rfc/pagination-count-zero': /expected \/Resources\/0 to be absent.*count=0/s,
    'rfc/patch-replace': /expected status 200, got 404/,
    'rfc/patch-replace-no-path': /expected status 200, got 404/,
    'rfc/patch-remove-absent': NO_ERROR_SCHEMA,
    'rfc/patch-noop': /expected status 200 or 204, got 400/,
  },
  },
  {
    title: 'discovery by id, sorting, startIndex, attributes, caseExact filters',
    idps: ['rfc'],
    faults: ['discovery-by-id-404', 'sort-ignored', 'ignore-startindex', 'ignore-attributes', 'filter-ignores-case-exact'],
    expected: {
    'rfc/discovery-resource-types': /expected status 200, got 404.*\/ResourceTypes\/User/s,
    'rfc/discovery-schemas': /expected status 200, got 404.*\/Schemas\/urn:ietf:params:scim:schemas:core:2\.0:User/s,
    'rfc/discovery-schemas-enterprise': /expected status 200, got 404.*\/Schemas\/urn:ietf:params:scim:schemas:extension:enterprise/s,
    'rfc/discovery-schemas-group': /expected status 200, got 404.*\/ResourceTypes\/Group/s,
    'rfc/sort-ascending': /sorted by userName ascending, result 1 is user1/,
    'rfc/sort-descending': /sorted by userName descending, result 1 is user3/,
    'rfc/pagination-count': /expected \/startIndex to equal 3, got 1/,
    'rfc/pagination-past-end': /expected \/Resources\/0 to be absent.*no 2nd result/s,
    'rfc/attributes-include': /expected \/displayName to be absent/,
    'rfc/search-users': /expected \/Resources\/0\/displayName to be absent.*SearchRequest/s,
    'rfc/search-root': /expected \/Resources\/0\/displayName to be absent/,
    'rfc/filter-eq-case-exact': /expected \/totalResults to equal 0, got 1.*externalId eq "[0-9A-F]{8}-[0-9A-F-]{27}"/s,
  },
  },
  {
    title: 'userName case (with emails unique, so the email cannot raise the 409), PATCH add and no-op, paging limits, a filter that matches nothing, an incomplete ServiceProviderConfig',
    idps: ['rfc'],
    faults: ['username-case-sensitive', 'unique-emails', 'patch-add-replaces-multi-valued', 'patch-noop-rejected', 'startindex-below-one-rejected', 'count-above-max-rejected', 'filter-404-when-empty', 'spc-incomplete'],
    expected: {
    'rfc/discovery-service-provider-config': /must have required property 'sort'.*must have required property 'etag'/s,
    'rfc/conflict-uniqueness-case-insensitive': /expected status 409, got 201/,
    'rfc/filter-eq-case-insensitive': /expected status 200, got 404|expected \/totalResults to equal 1, got 0/,
    'rfc/patch-add-multi-valued': /expected \/emails to contain \{"type":"work"\}.*add must keep the existing values/s,
    'rfc/group-membership-patch': /expected \/members to contain/,
    'rfc/patch-noop': /expected status 200 or 204, got 400.*noTarget/s,
    'rfc/pagination-start-index-below-one': /expected status 200, got 400.*startIndex must be 1 or more/s,
    'rfc/pagination-count-above-maximum': /expected status 200, got 400.*tooMany/s,
    'rfc/filter-no-match': /expected status 200, got 404.*not 404/s,
    'rfc/filter-and': /expected status 200, got 404/,
    'rfc/filter-eq-case-exact': /expected status 200, got 404/,
    'rfc/auth-missing': /expected status 200, got 404/,
  },
  },
  {
    title: 'a server that ignores every filter but a single eq (200 with every user) fails each operator check, naming the operator',
    idps: ['rfc'],
    faults: ['filter-ignored-unless-eq'],
    args: ['--scenario', FILTER_OPERATOR_CHECKS.join(',')],
    expected: ignoredFilterExpectations(),
  },
  {
    title: "Entra's capitalised PATCH ops refused: every Entra default-dialect update fails, nothing else",
    idps: IDP_SUITES,
    faults: ['reject-capitalised-patch-ops'],
    expected: Object.fromEntries(
      ['disable-user', 'disable-user-tutorial-form', 'group-add-members', 'group-lookup-excluded-members', 'group-remove-members', 'group-rename', 'update-manager', 'update-user-attributes', 'update-username'].map((id) => [`entra/${id}`, /got 400.*(Add|Replace|Remove)/s]),
    ),
  },
  {
    title: 'active ignored on PUT: the PUT-based deactivations (Okta AIW, OneLogin suspend) fail',
    idps: IDP_SUITES,
    faults: ['ignore-active-on-put'],
    expected: {
      'okta/deactivate-user-put': /expected \/active to equal false, got true/,
      'onelogin/suspend-user-put': /expected \/active to equal false, got true/,
    },
  },
  {
    title: "a path-less replace ignored: Okta's deactivate, reactivate, rename and PATCH profile updates, and Entra's 2020 path-less forms fail",
    idps: IDP_SUITES,
    faults: ['patch-ignores-pathless-replace'],
    expected: {
      'okta/deactivate-user': /expected \/active to equal false, got true/,
      'okta/group-push-rename': /expected \/displayName to equal/,
      'okta/update-user-patch': /expected \/name\/givenName to equal/,
      'entra-aadoptscim062020/group-rename-pathless': /expected \/displayName to equal/,
      'entra-aadoptscim062020/update-user-attributes': /to equal/,
    },
  },
  {
    title: 'filter paths refused in PATCH: member removal by members[value eq] and emails[type eq "work"] updates fail',
    idps: IDP_SUITES,
    faults: ['patch-rejects-filter-path'],
    expected: Object.fromEntries(
      ['okta/group-push-remove-and-add-members', 'okta/group-push-remove-member', 'entra/update-user-attributes', 'entra-aadoptscim062020/group-redundant-add', 'entra-aadoptscim062020/group-remove-members', 'entra-aadoptscim062020/update-user-attributes'].map((id) => [id, /got 400/]),
    ),
  },
  {
    title: 'a case-sensitive userName filter: the Runscope SPEC test\'s upper-case lookup (step 9) warns, as Runscope asserts only the status, and --strict fails it',
    idps: ['okta'],
    faults: ['case-sensitive-username-filter'],
    args: ['--strict', '--scenario', 'okta/runscope-spec-test'],
    expected: { 'okta/runscope-spec-test': /totalResults to equal 1, got 0.*failed by --strict/s },
  },
  {
    title: 'DELETE answered 200: every IdP delete that expects 204 fails',
    idps: IDP_SUITES,
    faults: ['delete-returns-200'],
    expected: Object.fromEntries(
      ['okta/group-push-delete', 'entra/delete-group', 'entra/delete-user', 'entra-aadoptscim062020/delete-group', 'entra-aadoptscim062020/delete-user'].map((id) => [id, /expected status 204, got 200/]),
    ),
  },
  {
    title: 'excludedAttributes ignored: the Entra group lookups without members fail',
    idps: ['entra', 'entra-aadoptscim062020'],
    faults: ['ignore-excluded-attributes'],
    expected: {
      'entra/group-lookup-excluded-members': /members to be absent/,
      'entra-aadoptscim062020/group-lookup-excluded-members': /members to be absent/,
    },
  },
  {
    title: "a filter that matches nothing answered 404: every lookup that must find nothing (Entra quarantines on it) fails",
    idps: IDP_SUITES,
    faults: ['filter-404-when-empty'],
    expected: Object.fromEntries(
      ['entra/create-group', 'entra-aadoptscim062020/create-group', 'entra-aadoptscim062020/create-user', 'entra-aadoptscim062020/test-connection', 'entra-aadoptscim062020/test-connection-flag-in-query', 'entra/create-group-adscim-schema', 'entra/create-user', 'entra/test-connection', 'entra/test-connection-accept-any', 'entra/test-connection-externalid', 'entra/test-connection-group-probe', 'okta/group-push-create', 'okta/group-push-create-with-members', 'okta/group-push-replace-members', 'okta/runscope-spec-test'].map((id) => [id, /expected status 200, got 404/]),
    ),
  },
  {
    title: "Error bodies with a numeric status: every IdP step that reads an error checks RFC 7644 §3.12",
    idps: IDP_SUITES,
    faults: ['error-status-as-number'],
    expected: Object.fromEntries(
      ['entra-aadoptscim062020/delete-group', 'entra-aadoptscim062020/delete-user', 'entra/create-user-conflict', 'entra/delete-group', 'entra/delete-user', 'entra/get-user-not-found', 'okta/create-user-conflict', 'okta/get-user', 'okta/group-push-delete', 'okta/runscope-spec-test'].map((id) => [id, /\/status must be string/]),
    ),
  },
  {
    title: "error bodies without the SCIM Error schema fail every IdP step that expects an error",
    idps: IDP_SUITES,
    faults: ['error-without-scim-schema'],
    expected: Object.fromEntries(
      ['entra-aadoptscim062020/delete-group', 'entra-aadoptscim062020/delete-user', 'entra/create-user-conflict', 'entra/delete-group', 'entra/delete-user', 'entra/get-user-not-found', 'okta/create-user-conflict', 'okta/get-user', 'okta/group-push-delete', 'okta/runscope-spec-test'].map((id) => [id, /must have required property 'schemas'/]),
    ),
  },
  {
    title: "a password returned in responses fails the Okta steps that send one (RFC 7643 §4.1.1: returned never)",
    idps: IDP_SUITES,
    faults: ['password-returned'],
    expected: Object.fromEntries(
      ['okta/create-user', 'okta/password-sync', 'okta/password-sync-put', 'okta/update-user-put-echo'].map((id) => [id, /expected \/password to be absent/]),
    ),
  },
  {
    title: "a lower-cased userName fails every create that reads it back (Okta, Runscope: case must be kept)",
    idps: IDP_SUITES,
    faults: ['lowercases-username'],
    expected: Object.fromEntries(
      ['entra/update-user-attributes', 'entra-aadoptscim062020/update-user-attributes', 'entra-aadoptscim062020/create-user', 'entra/create-user', 'okta/create-user', 'okta/create-user-plus-encoding', 'okta/runscope-spec-test', 'onelogin/create-user', 'onelogin/create-user-core-1-1-template', 'onelogin/create-user-enterprise-1-1-template', 'onelogin/create-user-v2-enterprise-urns', 'onelogin/create-user-vendor-template'].map((id) => [id, /userName/]),
    ),
  },
  {
    title: "creates answered 200 instead of 201 fail every IdP sequence that creates",
    idps: IDP_SUITES,
    faults: ['create-returns-200'],
    expected: Object.fromEntries(
      ['entra/create-group', 'entra/update-user-attributes', 'entra-aadoptscim062020/update-user-attributes', 'entra-aadoptscim062020/create-group', 'entra-aadoptscim062020/create-user', 'entra/create-group-adscim-schema', 'entra/create-user', 'okta/create-user', 'okta/create-user-plus-encoding', 'okta/group-push-create'].map((id) => [id, /expected status 201, got 200|expected status 201/]),
    ),
  },
  {
    title: "a server without Groups fails every IdP group sequence (profiles without groups skip them instead)",
    idps: IDP_SUITES,
    faults: ['groups-unsupported'],
    expected: Object.fromEntries(
      ['entra/create-group', 'entra-aadoptscim062020/create-group', 'entra-aadoptscim062020/group-add-members', 'entra/create-group-adscim-schema', 'entra/group-add-members', 'entra/test-connection-group-probe', 'okta/group-push-create', 'okta/group-push-create-with-members', 'okta/group-push-replace-members', 'onelogin/create-group', 'onelogin/remove-group-member'].map((id) => [id, /got 404/]),
    ),
  },
  {
    title: '--strict: a SHOULD (a lower-cased userName) fails, citing its section',
    idps: ['rfc'],
    faults: ['lowercases-username'],
    args: ['--strict', '--scenario', 'rfc/get-user'],
    expected: {
      'rfc/get-user': /expected \/userName to equal .* \(a SHOULD, failed by --strict\) \(RFC 7643 §4\.1\.1\)/,
    },
  },
  {
    title: 'a ListResponse without totalResults fails every IdP sequence that lists (all but the GET of an unknown id), at its first list',
    idps: IDP_SUITES,
    faults: ['missing-total-results'],
    args: ['--scenario', idpChecks().join(',')],
    // The scenarios whose first list is their own step; every other lister is blocked by one of these.
    expected: Object.fromEntries(
      ['entra/create-group', 'entra-aadoptscim062020/create-group', 'entra-aadoptscim062020/create-user', 'entra-aadoptscim062020/test-connection', 'entra-aadoptscim062020/test-connection-flag-in-query', 'entra/create-group-adscim-schema', 'entra/create-user', 'entra/test-connection', 'entra/test-connection-accept-any', 'entra/test-connection-externalid', 'entra/test-connection-group-probe', 'okta/create-user', 'okta/create-user-plus-encoding', 'okta/entitlements-discovery', 'okta/existing-user-match', 'okta/group-push-create', 'okta/runscope-spec-test', 'okta/test-api-credentials', 'onelogin/create-group', 'onelogin/create-user', 'onelogin/list-groups', 'onelogin/test-connection']
        .map((id) => [id, /expected a valid SCIM ListResponse body, got one where \(root\) must have required property 'totalResults'/]),
    ),
  },
  {
    title: 'authentik, JumpCloud and PingOne on their own steps: a reactivation ignored, a PUT that applies only active, a group rename refused, members returned by userName',
    idps: ['authentik', 'jumpcloud', 'pingone'],
    faults: ['reactivation-ignored', 'put-applies-only-active', 'group-rename-rejected', 'member-value-not-id'],
    expected: {
      ...Object.fromEntries(['authentik/consistency-check', 'authentik/group-create', 'authentik/group-create-without-patch', 'authentik/group-update-put', 'authentik/membership-add', 'authentik/membership-remove', 'jumpcloud/group-create', 'jumpcloud/group-take-over', 'jumpcloud/group-unassigned']
        .map((id) => [id, /expected \/members to contain \{"value":"[0-9a-f-]{36}"\}, got \[\{"value":"scimtest-/])),
      ...Object.fromEntries(['authentik/group-rename', 'jumpcloud/group-rename', 'pingone/group-rename'].map((id) => [id, /expected status 200 or 204, got 400.*"scimType":"mutability"/s])),
      'authentik/reactivate-user': /expected \/active to equal true, got false/,
      'pingone/reenable-user-put': /expected \/active to equal true, got false/,
      'authentik/update-user': /expected \/name\/givenName to equal "[^"]+", got "[^"]+"/,
      'pingone/update-user-put': /expected \/name\/givenName to equal "[^"]+", got "[^"]+"/,
    },
  },
  ...newerIdpProofs(),
  ...ownStepProofRuns(IDP_SUITES),
];

// The rfc checks added for the requirement catalogue (issue 17): their own proof runs, and what they also
// catch in the runs above (RFC_GAP_COLLATERAL, keyed by a run's faults).
for (const run of PROOF_RUNS) Object.assign(run.expected, RFC_GAP_COLLATERAL[run.faults.join(',')] ?? {}, RFC_7643_GAP_COLLATERAL[run.faults.join(',')] ?? {});
PROOF_RUNS.push(...RFC_GAP_PROOF_RUNS);
PROOF_RUNS.push(...RFC_7643_GAP_PROOF_RUNS);
PROOF_RUNS.push(...FORM_PROOF_RUNS);
foldBulkGapProofs(PROOF_RUNS);
foldSchemaProofs(PROOF_RUNS);
foldRfc7644GapProofs(PROOF_RUNS);
