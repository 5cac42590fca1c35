import { caseSensitiveUsernameFilter } from './case-sensitive-username-filter.ts';
import { filter404WhenEmpty } from './filter-404-when-empty.ts';
import { rejectCapitalisedPatchOps } from './reject-capitalised-patch-ops.ts';
import { createReturns200 } from './create-returns-200.ts';
import { ignoreActiveOnPut } from './ignore-active-on-put.ts';
import { createIgnoresActive } from './create-ignores-active.ts';
import { complexFilterNeedsSubAttribute } from './complex-filter-needs-sub-attribute.ts';
import { patchSubAttributePathIgnored } from './patch-sub-attribute-path-ignored.ts';
import { errorWithoutScimSchema } from './error-without-scim-schema.ts';
import { errorStatusAsNumber } from './error-status-as-number.ts';
import { rateLimitWithoutRetryAfter } from './rate-limit-without-retry-after.ts';
import { patchIgnoresPathlessReplace } from './patch-ignores-pathless-replace.ts';
import { patchRejectsFilterPath } from './patch-rejects-filter-path.ts';
import { lowercasesUsername } from './lowercases-username.ts';
import { noEtag } from './no-etag.ts';
import { ignoreStartindex } from './ignore-startindex.ts';
import { ignoreCount } from './ignore-count.ts';
import { jsonContentType } from './json-content-type.ts';
import { deleteReturns200 } from './delete-returns-200.ts';
import { noLocationHeader } from './no-location-header.ts';
import { groupsUnsupported } from './groups-unsupported.ts';
import { sortUnsupported } from './sort-unsupported.ts';
import { changePasswordUnsupported } from './change-password-unsupported.ts';
import { passwordReturned } from './password-returned.ts';
import { ignoreExcludedAttributes } from './ignore-excluded-attributes.ts';
import { authAcceptsAnything } from './auth-accepts-anything.ts';
import { missingTotalResults } from './missing-total-results.ts';
import { deactivateDeletesUser } from './deactivate-deletes-user.ts';
import { spcIncomplete } from './spc-incomplete.ts';
import { discoveryById404 } from './discovery-by-id-404.ts';
import { patchAddReplacesMultiValued } from './patch-add-replaces-multi-valued.ts';
import { patchNoopRejected } from './patch-noop-rejected.ts';
import { usernameCaseSensitive } from './username-case-sensitive.ts';
import { filterIgnoresCaseExact } from './filter-ignores-case-exact.ts';
import { filterOnlyEq } from './filter-only-eq.ts';
import { sortIgnored } from './sort-ignored.ts';
import { startindexBelowOneRejected } from './startindex-below-one-rejected.ts';
import { ignoreAttributes } from './ignore-attributes.ts';
import { countAboveMaxRejected } from './count-above-max-rejected.ts';
import { bulkUnsupported } from './bulk-unsupported.ts';
import { bulkAdvertisedNotImplemented } from './bulk-advertised-not-implemented.ts';
import { reactivationIgnored } from './reactivation-ignored.ts';
import { listRequiresFilter } from './list-requires-filter.ts';
import { getByIdReturnsList } from './get-by-id-returns-list.ts';
import { groupRenameRejected } from './group-rename-rejected.ts';
import { userNameImmutable } from './username-immutable.ts';
import { memberValueNotId } from './member-value-not-id.ts';
import { removeMembersValueIgnored } from './patch-remove-members-value-ignored.ts';
import { memberAddConflict } from './member-add-conflict.ts';
import { putAppliesOnlyActive } from './put-applies-only-active.ts';
import { emptyStringRejected } from './empty-string-rejected.ts';
import { booleanStringsRejected } from './boolean-strings-rejected.ts';
import { deleteKeepsUser } from './delete-keeps-user.ts';
import { noServiceProviderConfig } from './no-service-provider-config.ts';
import { dropGroupExternalId } from './drop-group-external-id.ts';
import { lowercaseEmails } from './lowercase-emails.ts';
import { filterIgnoredUnlessEq } from './filter-ignored-unless-eq.ts';
import { searchUnsupported } from './search-unsupported.ts';
import { uniqueEmails } from './unique-emails.ts';
import { patchRequiresSchemas } from './patch-requires-schemas.ts';
import { patchRemoveMembersClearsAll } from './patch-remove-members-clears-all.ts';
import { spcBulkWithoutMaxOperations } from './spc-bulk-without-max-operations.ts';
import { empty200OnWrite } from './empty-200-on-write.ts';
import { userDeleteUnsupported } from './user-delete-unsupported.ts';
import { softDeleteKeepsUsername } from './soft-delete-keeps-username.ts';
import { filterOperatorsCaseSensitive } from './filter-operators-case-sensitive.ts';
import { patchLostUpdate } from './patch-lost-update.ts';
import { createRace } from './create-race.ts';
import { slowWrites } from './slow-writes.ts';
import { errorBursts } from './error-bursts.ts';
import { serverAssignsExternalId } from './server-assigns-external-id.ts';
import { keepsClientIdAndMeta } from './keeps-client-id-and-meta.ts';
import { noWwwAuthenticate } from './no-www-authenticate.ts';
import { patchAnswers204 } from './patch-answers-204.ts';
import { putCreatesMissing } from './put-creates-missing.ts';
import { discoveryPaginates } from './discovery-paginates.ts';
import { schemasListsMessages } from './schemas-lists-messages.ts';
import { excludeAlwaysAttributes } from './exclude-always-attributes.ts';
import { patchIgnoresRemove } from './patch-ignores-remove.ts';
import { patchNotAtomic } from './patch-not-atomic.ts';
import { patchReplaceAbsentIgnored } from './patch-replace-absent-ignored.ts';
import { decodeLatin1 } from './decode-latin1.ts';
import { booleanOrderingAccepted } from './boolean-ordering-accepted.ts';
import { valuePathAcrossValues } from './value-path-across-values.ts';
import { primaryNotExclusive } from './primary-not-exclusive.ts';
import { unknownQueryRejected } from './unknown-query-rejected.ts';
import { sortCaseSensitive } from './sort-case-sensitive.ts';
import { searchSortIgnored } from './search-sort-ignored.ts';
import { putStoresReadOnly } from './put-stores-read-only.ts';
import { patchReadOnlyIgnored } from './patch-read-only-ignored.ts';
import { patchExtensionNeedsPriorSchemas } from './patch-extension-needs-prior-schemas.ts';
import { patchReturnsChangedOnly } from './patch-returns-changed-only.ts';
import { patchNoopTouchesLastModified } from './patch-noop-touches-last-modified.ts';
import { patchRemoveLastValueRejected } from './patch-remove-last-value-rejected.ts';
import { patchRemoveSubAttributeIgnored } from './patch-remove-sub-attribute-ignored.ts';
import { requiredRemoveInvalidValue } from './required-remove-invalid-value.ts';
import { patchReplaceFilterAdds } from './patch-replace-filter-adds.ts';
import { acceptJsonRejected } from './accept-json-rejected.ts';
import { meLocationIsAlias } from './me-location-is-alias.ts';
import { meBadRequest } from './me-bad-request.ts';
import { discoveryFilterAccepted } from './discovery-filter-accepted.ts';
import { precisWidthNotMapped } from './precis-width-not-mapped.ts';
import { spcRequiresAuth } from './spc-requires-auth.ts';
import { emailDomainKept } from './email-domain-kept.ts';
import { patchAddDuplicates } from './patch-add-duplicates.ts';
import { schemasFirstRequired } from './schemas-first-required.ts';
import { coreSchemaFirstRequired } from './core-schema-first-required.ts';
import { binaryReturnedAsHex } from './binary-returned-as-hex.ts';
import { locationNotAddressable } from './location-not-addressable.ts';
import { userGroupsValueNotId } from './user-groups-value-not-id.ts';
import { userGroupsWritable } from './user-groups-writable.ts';
import { resourceTypeExtensionWithoutRequired } from './resource-type-extension-without-required.ts';
import { schemaWithoutName } from './schema-without-name.ts';
import { contentLocationDiffers } from './content-location-differs.ts';
import { idsContainBulkId } from './ids-contain-bulkid.ts';
import { lastModifiedDiffersOnCreate } from './last-modified-differs-on-create.ts';
import { undeclaredSchemaUrn } from './undeclared-schema-urn.ts';
import { duplicateSchemaUrns } from './duplicate-schema-urns.ts';
import { BULK_FAULTS } from './bulk-deviations.ts';
import { defaultBehaviour, type Fault, type MockBehaviour } from './fault-types.ts';
import { SCHEMA_FAULTS } from './schema-faults.ts';

/** Every fault switch the mock knows, in documentation order. */
export const FAULT_LIST: readonly Fault[] = [
  caseSensitiveUsernameFilter,
  filter404WhenEmpty,
  rejectCapitalisedPatchOps,
  createReturns200,
  ignoreActiveOnPut,
  createIgnoresActive,
  complexFilterNeedsSubAttribute,
  patchSubAttributePathIgnored,
  errorWithoutScimSchema,
  errorStatusAsNumber,
  rateLimitWithoutRetryAfter,
  patchIgnoresPathlessReplace,
  patchRejectsFilterPath,
  lowercasesUsername,
  noEtag,
  ignoreStartindex,
  ignoreCount,
  jsonContentType,
  deleteReturns200,
  noLocationHeader,
  groupsUnsupported,
  sortUnsupported,
  changePasswordUnsupported,
  passwordReturned,
  ignoreExcludedAttributes,
  authAcceptsAnything,
  missingTotalResults,
  deactivateDeletesUser,
  spcIncomplete,
  discoveryById404,
  patchAddReplacesMultiValued,
  patchNoopRejected,
  usernameCaseSensitive,
  filterIgnoresCaseExact,
  filterOnlyEq,
  sortIgnored,
  startindexBelowOneRejected,
  ignoreAttributes,
  countAboveMaxRejected,
  bulkUnsupported,
  bulkAdvertisedNotImplemented,
  ...BULK_FAULTS,
  reactivationIgnored,
  listRequiresFilter,
  getByIdReturnsList,
  groupRenameRejected,
  userNameImmutable,
  memberValueNotId,
  removeMembersValueIgnored,
  memberAddConflict,
  putAppliesOnlyActive,
  emptyStringRejected,
  booleanStringsRejected,
  deleteKeepsUser,
  noServiceProviderConfig,
  dropGroupExternalId,
  lowercaseEmails,
  filterIgnoredUnlessEq,
  searchUnsupported,
  uniqueEmails,
  patchRequiresSchemas,
  patchRemoveMembersClearsAll,
  spcBulkWithoutMaxOperations,
  empty200OnWrite,
  userDeleteUnsupported,
  softDeleteKeepsUsername,
  filterOperatorsCaseSensitive,
  patchLostUpdate,
  createRace,
  slowWrites,
  errorBursts,
  serverAssignsExternalId,
  keepsClientIdAndMeta,
  noWwwAuthenticate,
  patchAnswers204,
  putCreatesMissing,
  discoveryPaginates,
  schemasListsMessages,
  excludeAlwaysAttributes,
  patchIgnoresRemove,
  patchNotAtomic,
  patchReplaceAbsentIgnored,
  decodeLatin1,
  booleanOrderingAccepted,
  valuePathAcrossValues,
  primaryNotExclusive,
  unknownQueryRejected,
  sortCaseSensitive,
  searchSortIgnored,
  putStoresReadOnly,
  patchReadOnlyIgnored,
  patchExtensionNeedsPriorSchemas,
  patchReturnsChangedOnly,
  patchNoopTouchesLastModified,
  patchRemoveLastValueRejected,
  patchRemoveSubAttributeIgnored,
  requiredRemoveInvalidValue,
  patchReplaceFilterAdds,
  acceptJsonRejected,
  meLocationIsAlias,
  meBadRequest,
  discoveryFilterAccepted,
  precisWidthNotMapped,
  spcRequiresAuth,
  emailDomainKept,
  patchAddDuplicates,
  schemasFirstRequired,
  coreSchemaFirstRequired,
  binaryReturnedAsHex,
  locationNotAddressable,
  userGroupsValueNotId,
  userGroupsWritable,
  resourceTypeExtensionWithoutRequired,
  schemaWithoutName,
  contentLocationDiffers,
  idsContainBulkId,
  lastModifiedDiffersOnCreate,
  undeclaredSchemaUrn,
  duplicateSchemaUrns,
  ...SCHEMA_FAULTS,
];

/** Fault id -> what it does, for `--help` and the README. */
export const FAULTS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(FAULT_LIST.map((fault) => [fault.id, fault.description])),
);

/**
 * The behaviour with the given faults switched on.
 * @throws Error naming the unknown id and listing the valid ones.
 */
export function resolveBehaviour(faultIds: readonly string[] = []): MockBehaviour {
  const behaviour = defaultBehaviour();
  for (const id of faultIds) {
    const fault = FAULT_LIST.find((candidate) => candidate.id === id);
    if (!fault) {
      throw new Error(
        `createScimMock: options.faults names an unknown fault "${id}". ` +
          `Expected one of: ${FAULT_LIST.map((f) => f.id).join(', ')}. ` +
          'Fix the id (see FAULTS exported from scim-conformance/mocks).',
      );
    }
    fault.apply(behaviour);
  }
  return behaviour;
}
