import type { ProofRun } from './proof-runs.ts';

/**
 * Proofs of the rfc checks added for the requirement catalogue (issue 17): each fault of the embedded mock
 * and the checks it must fail, with a pattern naming the cause. Kept apart from PROOF_RUNS while another
 * branch reworks that file; fold them into PROOF_RUNS (docs/check-catalogue.md then counts them as proven).
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
