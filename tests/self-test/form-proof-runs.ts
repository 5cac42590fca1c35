import type { ProofRun } from './proof-runs.ts';

const FORMS = [
  'jumpcloud/create-user-expired-password', 'jumpcloud/group-add-member', 'jumpcloud/group-delete', 'jumpcloud/update-user-patch',
  'jumpcloud/update-user-put', 'pingone/create-user-disabled', 'pingone/group-add-member', 'pingone/group-delete', 'pingone/match-user-workemail',
];
const MEMBER_AS_USERNAME = /expected \/members to contain \{"value":"[0-9a-f-]{36}"\}, got \[\{"value":"scimtest-.*failed by --strict/s;
const RENAME_LOST = /expected \/name\/givenName to equal "[^"]+", got "[^"]+".*failed by --strict/s;
const DELETE_200 = /expected status 204, got 200 OK.*RFC 7644 §3\.6/s;

/**
 * The last JumpCloud and PingOne checks proven on their own steps: a disabled create, a delete answered 200,
 * member values that are not ids, a rename by PUT or by sub-attribute paths lost, a match by `emails eq`
 * finding nothing. Several rest on [INFERRED] forms and warn, so the run is `--strict` and selects exactly
 * these scenarios (`--scenario`), whose other results would otherwise be set-up noise.
 */
export const FORM_PROOF_RUNS: ProofRun[] = [
  {
    title: "JumpCloud's and PingOne's disabled creates, group deletes, member adds, PUT and sub-attribute renames, and PingOne's workEmail match, each on its own step",
    idps: ['jumpcloud', 'pingone'],
    faults: ['member-value-not-id', 'put-applies-only-active', 'delete-returns-200', 'create-ignores-active', 'complex-filter-needs-sub-attribute', 'patch-sub-attribute-path-ignored'],
    args: ['--strict', '--scenario', FORMS.join(',')],
    expected: {
      'jumpcloud/create-user-expired-password': /expected \/active to equal false, got true.*the server must store it as sent/s,
      'pingone/create-user-disabled': /expected \/active to equal false, got true.*the server must store it as sent/s,
      'jumpcloud/group-add-member': MEMBER_AS_USERNAME,
      'pingone/group-add-member': MEMBER_AS_USERNAME,
      'jumpcloud/group-delete': DELETE_200,
      'pingone/group-delete': DELETE_200,
      'jumpcloud/update-user-put': RENAME_LOST,
      'jumpcloud/update-user-patch': RENAME_LOST,
      'pingone/match-user-workemail': /expected \/totalResults to equal 1, got 0.*PingOne's workEmail identifier filters emails without a sub-attribute/s,
    },
  },
];
