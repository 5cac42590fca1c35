import type { ProofRun } from './proof-runs.ts';

/** A group read-back whose member values are userNames (member-value-not-id) or still hold a removed member. */
const MEMBER_AS_USERNAME = /members(\/0\/value to equal "[^"]+", got "scimtest-| to contain \{"value":"[^"]+"\}, got \[\{"value":"scimtest-)/;

/**
 * Proofs of the IdP checks on their own steps: each fault breaks the subject of the scenarios it proves
 * (reactivation, listing, reads by id, PUT, renames, memberships, deletes, value forms), not a set-up step
 * that another scenario reports. Before these, 30 checks had only ever failed through a set-up step, which
 * the blocked verdict (issue 12) rightly stopped counting. `idps`: the IdP suites (proof-runs.ts).
 */
export function ownStepProofRuns(idps: string[]): ProofRun[] {
  return [
    {
      title: 'reactivation ignored, unfiltered lists refused, PUT applying only active, renames refused, a 409 on a redundant member add, "" refused: each IdP sequence fails on its own step',
      idps,
      faults: ['reactivation-ignored', 'list-requires-filter', 'put-applies-only-active', 'username-immutable', 'group-rename-rejected', 'member-add-conflict', 'empty-string-rejected'],
      // The OneLogin group sequences start with an unfiltered GET /Groups: blocked by onelogin/create-group.
      expected: {
        ...Object.fromEntries(
          ['okta/reactivate-user', 'okta/reactivate-user-put', 'entra/reactivate-user', 'entra-aadoptscim062020/reactivate-user'].map((id) => [id, /expected \/active to equal true, got false/]),
        ),
        ...Object.fromEntries(
          ['okta/import-users', 'okta/import-groups', 'okta/runscope-spec-test', 'okta/test-api-credentials', 'entra/account-discovery', 'onelogin/list-users', 'onelogin/list-groups', 'onelogin/create-group', 'onelogin/remove-group-member']
            .map((id) => [id, /expected status 200, got 400.*"tooMany".*without a filter is not served/s]),
        ),
        ...Object.fromEntries(
          ['okta/update-user-put', 'okta/update-user-put-echo', 'okta/existing-user-match', 'onelogin/update-user-put'].map((id) => [id, /expected \/name\/givenName to equal "[^"]+", got "[^"]+".*RFC 7644 §3\.5\.1/s]),
        ),
        ...Object.fromEntries(
          ['okta/group-push-put', 'okta/group-push-rename', 'entra/group-rename', 'entra-aadoptscim062020/group-rename', 'entra-aadoptscim062020/group-rename-pathless']
            .map((id) => [id, /got 400.*"mutability".*displayName of Group .* cannot be changed/s]),
        ),
        ...Object.fromEntries(
          ['entra/update-username', 'entra-aadoptscim062020/update-username'].map((id) => [id, /got 400.*"mutability".*userName of User .* cannot be changed/s]),
        ),
        ...Object.fromEntries(
          ['entra/group-redundant-add', 'entra-aadoptscim062020/group-redundant-add'].map((id) => [id, /expected status 200 or 204, got 409.*"uniqueness".*is already a member of group/s]),
        ),
        ...Object.fromEntries(
          ['entra/update-manager', 'entra-aadoptscim062020/update-manager'].map((id) => [id, /expected status 200 or 204, got 400.*"invalidValue".*an empty string is not a valid value/s]),
        ),
      },
    },
    {
      title: 'GET by id answered with a ListResponse: the by-id reads of Entra, Entra 2020 and OneLogin, and Entra\'s group read without members, fail',
      idps,
      faults: ['get-by-id-returns-list'],
      args: ['--scenario', 'entra/get-user,entra-aadoptscim062020/get-user,onelogin/get-user,entra/create-group'],
      expected: {
        'entra/get-user': /expected a valid SCIM User body, got one where \(root\) must have required property 'id'.*ListResponse/s,
        'entra-aadoptscim062020/get-user': /expected a valid SCIM User body, got one where \(root\) must have required property 'id'.*ListResponse/s,
        'onelogin/get-user': /expected a valid SCIM User body, got one where \(root\) must have required property 'id'.*ListResponse/s,
        'entra/create-group': /expected a valid SCIM Group body, got one where \(root\) must have required property 'id'.*ListResponse/s,
      },
    },
    {
      title: 'member values that are not ids, a value-array remove ignored, a DELETE that only deactivates, a deactivation that deletes: membership read-backs and delete and disable read-backs fail',
      idps,
      faults: ['member-value-not-id', 'patch-remove-members-value-ignored', 'delete-keeps-user', 'deactivate-deletes-user'],
      expected: {
        ...Object.fromEntries(
          ['okta/group-push-add-member', 'okta/group-push-put', 'okta/group-push-remove-and-add-members', 'okta/group-push-remove-member', 'onelogin/add-group-member', 'onelogin/remove-group-member', 'entra/group-add-members', 'entra/group-redundant-add', 'entra/group-remove-members', 'entra-aadoptscim062020/group-add-members', 'entra-aadoptscim062020/group-redundant-add', 'entra-aadoptscim062020/group-remove-members']
            .map((id) => [id, MEMBER_AS_USERNAME]),
        ),
        'onelogin/suspend-user-in-group': /expected \/members\/0 to be absent, got \{"value":"[^"]+"\}.*removed from the group/s,
        ...Object.fromEntries(
          ['onelogin/delete-user', 'onelogin/delete-user-in-group', 'entra/delete-user', 'entra-aadoptscim062020/delete-user'].map((id) => [id, /expected status 404, got 200/]),
        ),
        ...Object.fromEntries(
          ['okta/deactivate-user', 'okta/reactivate-user', 'entra/disable-user', 'entra/disable-user-tutorial-form', 'entra/reactivate-user', 'entra-aadoptscim062020/disable-user', 'entra-aadoptscim062020/reactivate-user']
            .map((id) => [id, /expected status (200|200 or 204), got 404/]),
        ),
      },
    },
    {
      title: '--strict: Entra\'s "True"/"False" strings and Okta\'s "" refused, filter paths refused: the warn-only sequences built on indirect evidence fail, naming the refusal',
      idps,
      faults: ['boolean-strings-rejected', 'empty-string-rejected', 'patch-rejects-filter-path'],
      args: ['--strict', '--scenario', 'okta/update-user-put-empty-values,entra/create-user-active-string,entra/disable-user-add-op,entra/update-user-add-attributes,entra-aadoptscim062020/update-user-add-attributes'],
      expected: {
        'okta/update-user-put-empty-values': /got 400.*an empty string is not a valid value.*failed by --strict/s,
        'entra/create-user-active-string': /got 400.*"True\\" is a string; active is a boolean.*failed by --strict/s,
        'entra/disable-user-add-op': /got 400.*"False\\" is a string; active is a boolean.*failed by --strict/s,
        'entra/update-user-add-attributes': /got 400.*invalidPath.*failed by --strict/s,
        'entra-aadoptscim062020/update-user-add-attributes': /got 400.*invalidPath.*failed by --strict/s,
      },
    },
  ];
}
