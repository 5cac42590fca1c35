import type { ProofRun } from './proof-runs.ts';

/**
 * What these checks also catch in the existing proof runs of PROOF_RUNS, keyed by the run's faults (joined with
 * commas): proof-runs.ts adds these to each run's expected failures.
 */
export const RFC_7643_GAP_COLLATERAL: Readonly<Record<string, Record<string, RegExp>>> = {
  // patch-noop-rejected refuses the ignored groups write and the repeated add with 400 noTarget; its bodies lack the SCIM Error schema.
  'error-without-scim-schema,patch-noop-rejected,no-etag,ignore-count,deactivate-deletes-user,no-location-header': {
    'rfc/user-groups-read-only': /expected a valid SCIM Error body, got one where \(root\) must have required property 'schemas'/,
    // Its refusal of the repeated add has no SCIM scimType, so it is not the no-op decline the check allows.
    'rfc/patch-add-duplicate-value': /expected status 200 or 204, got 400 Bad Request with body \{"error":"noTarget"/,
  },
};

/**
 * Proofs of the RFC 7643 checks that closed catalogue gaps (issue 17): each fault of the embedded mock and
 * the checks it must fail, with a pattern naming the cause. proof-runs.ts adds them to PROOF_RUNS.
 */
export const RFC_7643_GAP_PROOF_RUNS: ProofRun[] = [
  {
    title: 'RFC 7643 resources and discovery: attribute and schemas order, base64, reference URIs, schemas values, groups, readOnly, ids, lastModified, Content-Location, schema names, schemaExtensions.required',
    idps: ['rfc'],
    faults: [
      'schemas-first-required', 'core-schema-first-required', 'binary-returned-as-hex', 'location-not-addressable',
      'user-groups-value-not-id', 'user-groups-writable', 'resource-type-extension-without-required',
      'schema-without-name', 'content-location-differs', 'ids-contain-bulkid', 'last-modified-differs-on-create',
      'undeclared-schema-urn', 'duplicate-schema-urns',
    ],
    expected: {
      'rfc/create-user-attribute-order': /expected status 200 or 201, got 400 .*must start with \\"schemas\\"/s,
      'rfc/create-user-schemas-order': /expected status 200 or 201, got 400 .*must list urn:ietf:params:scim:schemas:core:2\.0:User first/s,
      'rfc/binary-base64-round-trip': /expected \/x509Certificates\/0\/value to equal "MIID[^"]+", got "3082/,
      'rfc/reference-location-resolves': /expected status 200, got 404 .*RFC 7643 §2\.3\.7/s,
      'rfc/user-groups-derived': /expected \/groups to contain \{"value":"[^"]+"\}.*groups\.value MUST be the Group's id/s,
      'rfc/user-groups-read-only': /expected \/members not to contain \{"value":"[^"]+"\}.*readOnly User groups attribute must not change membership/s,
      'rfc/discovery-resource-types': /expected \/Resources\/0\/schemaExtensions\/0\/required to be present, got nothing/,
      'rfc/discovery-schemas': /expected \/name to equal "User", got nothing/,
      'rfc/discovery-schemas-group': /expected \/name to equal "Group", got nothing/,
      'rfc/get-user': /expected the Content-Location header to equal \/meta\/location of the body .*got "http:\/\/backend\.internal:8080/s,
      'rfc/create-user': /expected \/id not to contain "bulkId", got "bulkId-.*expected \/meta\/lastModified to equal \/meta\/created/s,
      'rfc/resource-schemas-declared': /expected \/schemas to hold only .*got "urn:example:params:scim:schemas:extension:internal:2\.0:User".*expected \/schemas to hold each value once/s,
      'rfc/error-not-found': /expected \/schemas to hold each value once, got "urn:ietf:params:scim:api:messages:2\.0:Error" more than once/,
    },
  },
  {
    title: '--strict: the RFC 7643 SHOULDs: ServiceProviderConfig behind credentials, an upper-case email domain kept, the same (type, value) twice',
    idps: ['rfc'],
    faults: ['spc-requires-auth', 'email-domain-kept', 'patch-add-duplicates'],
    args: ['--strict', '--scenario', 'rfc/discovery-spc-public,rfc/email-domain-canonical,rfc/patch-add-duplicate-value'],
    expected: {
      'rfc/discovery-spc-public': /expected status 200, got 401 .*authenticationSchemes readable without credentials is a SHOULD.*failed by --strict/s,
      'rfc/email-domain-canonical': /expected \/emails\/0\/value to equal "[^"]+@example\.com", got "[^"]+@EXAMPLE\.COM".*failed by --strict/s,
      'rfc/patch-add-duplicate-value': /expected \/emails to hold each type and value once, got \{"value":"[^"]+","type":"work"\} more than once.*failed by --strict/s,
    },
  },
];
