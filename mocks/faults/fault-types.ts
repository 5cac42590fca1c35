/**
 * What the mock does, switch by switch. Every field starts at the RFC 7643/7644 behaviour; a fault
 * (see ./registry.ts) flips exactly one of them to reproduce a deviation real servers ship.
 */
export interface MockBehaviour {
  /** `userName eq` compares case-sensitively (RFC 7643 §4.1.1 says caseExact false). */
  userNameFilterCaseSensitive: boolean;
  /** A filter that matches nothing answers 404 instead of an empty ListResponse. */
  emptyFilterNotFound: boolean;
  /** PATCH ops spelled `Add`/`Replace`/`Remove` are rejected with 400. */
  rejectCapitalisedPatchOps: boolean;
  /** Status of a successful POST (RFC 7644 §3.3: 201). */
  createStatus: number;
  /** Status of a successful DELETE (RFC 7644 §3.6: 204). */
  deleteStatus: number;
  /** PUT keeps the stored `active` value whatever the body says. */
  ignoreActiveOnPut: boolean;
  /** POST /Users stores `active: true` whatever the body says. */
  createIgnoresActive: boolean;
  /** A filter comparing a complex attribute without a sub-attribute (`emails eq "…"`) matches nothing. */
  complexFilterNeedsSubAttribute: boolean;
  /** PATCH operations whose path names a sub-attribute (`name.givenName`) answer 200 and change nothing. */
  patchSubAttributePathIgnored: boolean;
  /** Error bodies are plain JSON without the SCIM Error schema (RFC 7644 §3.12). */
  errorWithoutScimSchema: boolean;
  /** Error `status` is a JSON number instead of a string (RFC 7644 §3.12). */
  errorStatusAsNumber: boolean;
  /** Every Nth request answers 429 without Retry-After (0: never). */
  rateLimitEveryNth: number;
  /** PATCH `replace` without a path answers 200 but changes nothing. */
  patchIgnoresPathlessReplace: boolean;
  /** PATCH paths with a value filter (`emails[type eq "work"].value`) answer 400 invalidPath. */
  patchRejectsFilterPath: boolean;
  /** userName is stored lower-cased. */
  lowercaseUserName: boolean;
  /** ETag headers and meta.version are sent (RFC 7644 §3.14). */
  etags: boolean;
  /** `startIndex` is ignored: every page starts at 1. */
  ignoreStartIndex: boolean;
  /** `count` is ignored: every page holds all results. */
  ignoreCount: boolean;
  /** Content-Type of every response (RFC 7644 §8.1: application/scim+json). */
  responseContentType: string;
  /** POST answers carry a Location header (RFC 7644 §3.3). */
  locationHeader: boolean;
  /** The Group resource type exists. */
  groupsSupported: boolean;
  /** sortBy/sortOrder are honoured and advertised (RFC 7644 §3.4.2.3). */
  sortSupported: boolean;
  /** ServiceProviderConfig advertises changePassword.supported true (RFC 7643 §5). */
  changePasswordSupported: boolean;
  /** Responses include the stored password (RFC 7643 §4.1.1: returned "never"). */
  returnPassword: boolean;
  /** `excludedAttributes` is ignored (RFC 7644 §3.4.2.5). */
  ignoreExcludedAttributes: boolean;
  /** Any Authorization header, or none, is accepted. */
  authAcceptsAnything: boolean;
  /** ListResponse has no totalResults (RFC 7644 §3.4.2: REQUIRED). */
  omitTotalResults: boolean;
  /** PATCH active:false deletes the user (GET answers 404 afterwards). */
  deactivateDeletes: boolean;
  /** ServiceProviderConfig leaves out the REQUIRED etag, sort and authenticationSchemes members (RFC 7643 §5). */
  spcIncomplete: boolean;
  /** GET /ResourceTypes/{name} and /Schemas/{id} answer 404; only the lists are served (RFC 7644 §4). */
  discoveryByIdNotFound: boolean;
  /** PATCH add of a list to a multi-valued attribute replaces its values instead of adding to them (RFC 7644 §3.5.2.1). */
  patchAddReplaces: boolean;
  /** A PATCH that changes nothing (replace with the current value, remove of an absent attribute) answers 400 noTarget. */
  patchNoopRejected: boolean;
  /** userName is stored and compared case-sensitively: another case is another user, for uniqueness and for userName eq (RFC 7643 §4.1.1 says caseExact false). */
  userNameCaseSensitive: boolean;
  /** Filters compare every string case-insensitively, also caseExact attributes such as externalId and id (RFC 7644 §3.4.2.2). */
  filterIgnoresCaseExact: boolean;
  /** Filters support a single attribute eq value only; any other operator, and/or/not, grouping or a value path answers 400 invalidFilter. */
  filterOnlyEq: boolean;
  /** ServiceProviderConfig says sort.supported true, but sortBy and sortOrder are ignored (RFC 7644 §3.4.2.3). */
  sortIgnored: boolean;
  /** A startIndex below 1 in the query answers 400 invalidValue instead of being read as 1 (RFC 7644 §3.4.2.4). */
  rejectStartIndexBelowOne: boolean;
  /** The attributes parameter (query or SearchRequest) is ignored: every default attribute comes back (RFC 7644 §3.4.2.5, §3.9). */
  ignoreAttributes: boolean;
  /** A count above filter.maxResults answers 400 tooMany instead of a page capped at maxResults (RFC 7644 §3.4.2.4). */
  rejectCountAboveMax: boolean;
  /** POST /Bulk is served and advertised, where the profile has it (RFC 7644 §3.7). */
  bulkSupported: boolean;
  /** ServiceProviderConfig advertises Bulk, but POST /Bulk answers 501. */
  bulkNotImplemented: boolean;
  /** How a BulkResponse deviates from RFC 7644 §3.7 (none by default); see mocks/endpoints/bulk-faults.ts. */
  bulkDeviations: BulkDeviations;
  /** A deactivated user stays inactive: `active: true` after `active: false` (PUT or PATCH) answers 200 but changes nothing. */
  reactivationIgnored: boolean;
  /** `GET /Users` and `/Groups` without a `filter` answer 400 tooMany: only look-ups are served, never a listing (RFC 7644 §3.4.2). */
  listRequiresFilter: boolean;
  /** `GET /Users/{id}` and `/Groups/{id}` answer a ListResponse holding the resource instead of the resource itself (RFC 7644 §3.4.1). */
  getByIdReturnsList: boolean;
  /** A group's `displayName` cannot change: a PATCH or PUT that renames a group answers 400 mutability. */
  groupRenameRejected: boolean;
  /** `userName` cannot change: a PATCH or PUT with a new userName answers 400 mutability. */
  userNameImmutable: boolean;
  /** Group `members` come back with `value` holding the member's userName instead of its SCIM id (RFC 7643 §4.2). */
  memberValueNotId: boolean;
  /** PATCH `remove` with path `members` and a `value` array answers 200 but removes nothing; only `members[value eq "…"]` paths remove (RFC 7644 §3.5.2.2). */
  removeMembersValueIgnored: boolean;
  /** PATCH `add` of a member who is already in the group answers 409 uniqueness instead of succeeding (RFC 7644 §3.5.2.1). */
  memberAddConflict: boolean;
  /** PUT applies only `active`: every other attribute in the body is ignored and the stored values come back with 200 (RFC 7644 §3.5.1). */
  putAppliesOnlyActive: boolean;
  /** An attribute sent as an empty string (`""`) answers 400 invalidValue instead of clearing it. */
  emptyStringRejected: boolean;
  /** `active` or `primary` sent as a string (`"True"`, `"False"`) answers 400 invalidValue: only JSON booleans are accepted (RFC 7643 §2.3.2). */
  booleanStringsRejected: boolean;
  /** DELETE of a user answers 204 but only deactivates it: `GET /Users/{id}` still answers 200 with `active: false` (RFC 7644 §3.6). */
  deleteKeepsUser: boolean;
  /** GET /ServiceProviderConfig answers 404 (RFC 7643 §5). */
  serviceProviderConfigMissing: boolean;
  /** A group's externalId is not stored, so it never comes back (RFC 7643 §3.1: OPTIONAL). */
  dropGroupExternalId: boolean;
  /** Email values are stored lower-cased (caseExact false, RFC 7643 §4.1.2). */
  lowercaseEmails: boolean;
  /** Any filter but a single attribute eq value is ignored: 200 with every resource (RFC 7644 §3.4.2.2). */
  filterIgnoredUnlessEq: boolean;
  /** POST /.search and /{resource}/.search answer 404 (RFC 7644 §3.4.3). */
  searchUnsupported: boolean;
  /** A user whose email value another user has is refused with 409 uniqueness. */
  uniqueEmails: boolean;
  /** A PatchOp without the PatchOp URN in `schemas` answers 400 invalidSyntax (the default accepts it and flags the client). */
  patchRequiresSchemas: boolean;
  /** PATCH `remove` with the plain path `members` removes every member, whatever `value` lists (RFC 7644 §3.5.2.2 read literally). */
  removeMembersClearsAll: boolean;
  /** ServiceProviderConfig's `bulk` is `{"supported": false}` without the REQUIRED maxOperations and maxPayloadSize (RFC 7643 §5). */
  spcBulkWithoutMaxOperations: boolean;
  /** A successful PUT or PATCH answers 200 with an empty body instead of the resource (RFC 7644 §3.5.1, §3.5.2). */
  emptyBodyOnWrite: boolean;
  /** DELETE /Users/{id} answers 405: the service provider does not delete users. */
  userDeleteUnsupported: boolean;
  /** A deleted user's userName stays taken: a later POST with it answers 409 uniqueness. */
  softDeleteKeepsUserName: boolean;
  /** Filter operators are matched case-sensitively: `Eq`, `Co`, `AND` answer 400 invalidFilter (RFC 7644 §3.4.2.2: case-insensitive). */
  filterOperatorsCaseSensitive: boolean;
  /** PATCH reads the resource, waits this many ms, then writes its change onto what it read: concurrent PATCHes lose each other's changes (0: read and write in one step). */
  patchWriteGapMs: number;
  /** POST /Users checks userName uniqueness, waits this many ms, then inserts without checking again: concurrent creates of one userName all succeed (0: check and insert in one step). */
  createCheckGapMs: number;
  /** Every POST, PUT, PATCH and DELETE is answered this many ms late (0: at once). */
  writeDelayMs: number;
  /** Of every 50 requests, the last this many answer 503 (0: none). */
  errorBurstPerFifty: number;
  /** A user created without externalId gets one from the server (its id) (RFC 7643 §3.1: MUST NOT). */
  serverAssignsExternalId: boolean;
  /** POST keeps the id and meta.created the client sent (RFC 7644 §3.3: readOnly values SHALL be ignored). */
  keepClientIdAndMeta: boolean;
  /** 401 answers carry a WWW-Authenticate header (RFC 7644 §2, RFC 7235 §4.1). */
  wwwAuthenticate: boolean;
  /** PATCH answers 204 even when the request names `attributes` (RFC 7644 §3.5.2: MUST answer 200 then). */
  patchAnswers204: boolean;
  /** PUT to an id nobody has creates a user (RFC 7644 §3.5.1: PUT MUST NOT create). */
  putCreatesMissing: boolean;
  /** /ResourceTypes and /Schemas honour count and startIndex (RFC 7644 §4: SHALL be ignored). */
  discoveryPaginates: boolean;
  /** /Schemas also lists the ListResponse and Error message schemas (RFC 7644 §3.1: SHALL NOT be discoverable). */
  schemasListMessages: boolean;
  /** excludedAttributes=id (or schemas) removes them, although they are returned "always" (RFC 7644 §3.4.2.5). */
  excludeAlwaysAttributes: boolean;
  /** PATCH remove operations are dropped: 200 and nothing removed (RFC 7644 §3.5.2.2). */
  patchIgnoresRemove: boolean;
  /** A PATCH whose later operation fails keeps the earlier operations' changes (RFC 7644 §3.5.2: atomic). */
  patchNotAtomic: boolean;
  /** PATCH replace of an attribute the resource does not have is dropped (RFC 7644 §3.5.2.3: it is an add). */
  patchReplaceAbsentIgnored: boolean;
  /** Request bodies are decoded as ISO-8859-1, not UTF-8: non-ASCII values come back garbled (RFC 7644 §3.8). */
  decodeLatin1: boolean;
  /** gt/ge/lt/le on a boolean attribute answer 200 with no match instead of 400 invalidFilter (RFC 7644 §3.4.2.2). */
  booleanOrderingAccepted: boolean;
  /** The expressions of a value path (`emails[type eq "work" and value eq "x"]`) may match different values (RFC 7644 §3.4.2.2). */
  valuePathAcrossValues: boolean;
  /** PATCH setting primary true on one value leaves primary true on the others (RFC 7644 §3.5.2, RFC 7643 §2.4). */
  primaryNotExclusive: boolean;
  /** A GET of /Users or /Groups with a query parameter the mock does not know answers 400 invalidSyntax (RFC 7644 §3.4.2: SHOULD be ignored). */
  rejectUnknownQueryParams: boolean;
  /** sortBy compares strings case-sensitively (code-unit order), also caseExact-false attributes such as userName (RFC 7644 §3.4.2.3). */
  sortCaseSensitive: boolean;
  /** sortBy and sortOrder in a SearchRequest body (POST /.search) are ignored; GET honours them (RFC 7644 §3.4.3). */
  searchSortIgnored: boolean;
  /** PUT stores the meta.created the client sent (RFC 7644 §3.5.1: readOnly values SHALL be ignored). */
  putKeepsClientMeta: boolean;
  /** PATCH of a readOnly attribute (a different id) answers 200 and changes nothing instead of 400 mutability (RFC 7644 §3.5.2). */
  patchReadOnlyIgnored: boolean;
  /** PATCH checks extension paths against the schemas the resource had before the PATCH: an earlier operation adding the URN to schemas does not count (RFC 7644 §3.5.2). */
  patchExtensionNeedsPriorSchemas: boolean;
  /** A 200 answer to PATCH holds only schemas, id, meta and the attributes the operations named, not the whole resource (RFC 7644 §3.5.2). */
  patchAnswersChangedOnly: boolean;
  /** A PATCH that changes nothing still advances meta.lastModified (RFC 7644 §3.5.2.1: SHALL NOT). */
  patchNoopTouchesLastModified: boolean;
  /** A PATCH remove through a value filter that leaves a multi-valued attribute (members, phoneNumbers) without values answers 400 invalidValue (RFC 7644 §3.5.2.2: it becomes unassigned). */
  rejectRemovingLastValue: boolean;
  /** PATCH remove of a sub-attribute path (name.middleName) answers 200 and removes nothing (RFC 7644 §3.5.2.2). */
  patchIgnoresSubAttributeRemove: boolean;
  /** PATCH removing a required attribute (userName) answers 400 invalidValue instead of scimType mutability (RFC 7644 §3.5.2.2). */
  requiredRemoveInvalidValue: boolean;
  /** PATCH replace through a value filter that matches nothing adds a value built from the filter instead of 400 noTarget (RFC 7644 §3.5.2.3). */
  patchReplaceFilterAdds: boolean;
  /** A request whose Accept names application/json but not application/scim+json (nor a wildcard) answers 406 (RFC 7644 §3.8: SHOULD be supported). */
  acceptJsonRejected: boolean;
  /** /Me is served (the token's service-account User) with Location …/Me, the alias, instead of the resource's permanent URI (RFC 7644 §3.11). */
  meLocationIsAlias: boolean;
  /** /Me answers 400 invalidSyntax instead of 501 Not Implemented (RFC 7644 §3.11). */
  meBadRequest: boolean;
  /** /Schemas, /ResourceTypes and /ServiceProviderConfig accept a filter (200) instead of answering 403 (RFC 7644 §4). */
  discoveryFilterAccepted: boolean;
  /** userName uniqueness compares without PRECIS width mapping: a fullwidth copy of a taken userName is a new user (RFC 7644 §5, RFC 7613 §3). */
  userNameWidthNotMapped: boolean;
  /** GET /ServiceProviderConfig needs credentials like every other endpoint (RFC 7643 §5: authenticationSchemes SHOULD be public). */
  serviceProviderConfigNeedsAuth: boolean;
  /** Email values are stored exactly as sent: an upper-case domain stays upper case (RFC 7643 §4.1.2: SHOULD canonicalize per RFC 5321). */
  emailDomainKept: boolean;
  /** PATCH add of a typed value the resource already has (same type and value) appends it again (RFC 7643 §2.4: SHOULD NOT return the same (type, value) twice). */
  patchAddDuplicates: boolean;
  /** POST and PUT answer 400 invalidSyntax unless `schemas` is the body's first member (RFC 7643 §2.3.8: MUST NOT expect any order). */
  schemasFirstRequired: boolean;
  /** POST and PUT answer 400 invalidValue unless `schemas` lists the core schema first (RFC 7643 §3: the order MUST NOT impact behavior). */
  coreSchemaFirstRequired: boolean;
  /** Binary values (x509Certificates.value) come back hex encoded instead of base64 (RFC 7643 §2.3.6: MUST be base64). */
  binaryReturnedAsHex: boolean;
  /** meta.location and Location name a path the server does not serve ({base}/api/Users/{id}) (RFC 7643 §2.3.7: a reference URI MUST be HTTP-addressable). */
  locationNotAddressable: boolean;
  /** A user's groups come back with `value` holding the group's displayName instead of its id (RFC 7643 §4.1.2: MUST be the id). */
  userGroupsValueNotId: boolean;
  /** PATCH add of `groups` on a user adds the user to those groups (RFC 7643 §4.1.2: groups is readOnly; membership changes go through the Group). */
  userGroupsWritable: boolean;
  /** /ResourceTypes lists schemaExtensions without their REQUIRED boolean `required` (RFC 7643 §6). */
  resourceTypeExtensionWithoutRequired: boolean;
  /** /Schemas entries have no `name` (RFC 7643 §7: service providers MUST specify it, e.g. "User"). */
  schemaWithoutName: boolean;
  /** GET by id answers a Content-Location naming a back-end host, not the resource's meta.location (RFC 7643 §3.1: MUST be the same). */
  contentLocationDiffers: boolean;
  /** Ids the server assigns start with `bulkId-` (RFC 7643 §3.1: "bulkId" MUST NOT be used within an id). */
  idsContainBulkId: boolean;
  /** A created resource's meta.lastModified is one second after meta.created (RFC 7643 §3.1: never modified means lastModified equals created). */
  lastModifiedDiffersOnCreate: boolean;
  /** Users come back with an extra schemas URN that /ResourceTypes does not declare (RFC 7643 §3: MUST only contain the declared schema and schemaExtensions). */
  undeclaredSchemaUrn: boolean;
  /** Users and error bodies list their schema URN twice in `schemas` (RFC 7643 §3: duplicate values MUST NOT be included). */
  duplicateSchemaUrns: boolean;
  /** Characteristics declared in /Schemas the mock breaks (./schema-faults.ts; empty: every one honoured). */
  schemaFaults: SchemaFault[];
}

/** The faults of ./schema-faults.ts: each breaks one declared characteristic (RFC 7643 §2, §7). */
export type SchemaFault =
  | 'schema-attribute-malformed'
  | 'immutable-overwritten'
  | 'read-only-stored'
  | 'write-only-returned'
  | 'returned-request-always'
  | 'extension-required-ignored'
  | 'extension-uniqueness-ignored'
  | 'extension-types-stringified'
  | 'bulk-id-unresolved-in-extensions';

/** One real-world deviation the mock can switch on. */
export interface Fault {
  /** kebab-case id used by `faults: [...]` and `serve --fault`. */
  id: string;
  /** What the mock then does differently. */
  description: string;
  /** Which clients (IdPs) trip over it and how. */
  breaks: string;
  /** Switches the behaviour. */
  apply(behaviour: MockBehaviour): void;
}

/** The Bulk fault switches, each one deviation from RFC 7644 §3.7 (all off by default). */
export interface BulkDeviations {
  /** Response operations carry no `method` (§3.7: REQUIRED). */
  omitMethod?: boolean;
  /** Response operations carry no `bulkId` (§3.7: the same bulkId MUST come back with the new resource). */
  omitBulkId?: boolean;
  /** Response operations carry no `location` (§3.7.3: MUST for all but failed POSTs). */
  omitLocation?: boolean;
  /** A failed operation carries no `response` (§3.7: the body MUST be included). */
  errorWithoutResponse?: boolean;
  /** A failed operation's `response` is `{"detail": …}` only, not a SCIM Error (§3.7, §3.12). */
  errorResponsePlain?: boolean;
  /** A failed operation's SCIM Error has no `detail` (§3.7.3: a human-readable description MUST be there). */
  errorWithoutDetail?: boolean;
  /** Processing stops at the first failed operation (§3.7: MUST continue and disregard partial failures). */
  stopAtFirstError?: boolean;
  /** Operations run last to first, without waiting for the POST a bulkId names (§3.7: intent MUST be preserved). */
  reverseOrder?: boolean;
  /** A bulkId naming a POST later in the request answers 400 invalidValue (§3.7.1: MUST try to resolve, or 409). */
  rejectForwardReferences?: boolean;
  /** `bulkId:<id>` references are stored as written, never replaced by the new id (§3.7.2). */
  keepBulkIdReferences?: boolean;
  /** A cycle is "resolved" as SCIMMY 1.3.5 does: the first POST is created bare for the others to name, then again in full (§3.7.1, §3.7). */
  duplicateCycleStart?: boolean;
  /** More operations than bulk.maxOperations are all run (§3.7.4: MUST answer 413). */
  ignoreMaxOperations?: boolean;
  /** The 413 for too many operations does not say which limit was exceeded (§3.7.4). */
  tooLargeWithoutLimit?: boolean;
}

/** The RFC-correct behaviour every mock starts from. */
export function defaultBehaviour(): MockBehaviour {
  return {
    userNameFilterCaseSensitive: false,
    emptyFilterNotFound: false,
    rejectCapitalisedPatchOps: false,
    createStatus: 201,
    deleteStatus: 204,
    ignoreActiveOnPut: false,
    createIgnoresActive: false,
    complexFilterNeedsSubAttribute: false,
    patchSubAttributePathIgnored: false,
    errorWithoutScimSchema: false,
    errorStatusAsNumber: false,
    rateLimitEveryNth: 0,
    patchIgnoresPathlessReplace: false,
    patchRejectsFilterPath: false,
    lowercaseUserName: false,
    etags: true,
    ignoreStartIndex: false,
    ignoreCount: false,
    responseContentType: 'application/scim+json',
    locationHeader: true,
    groupsSupported: true,
    sortSupported: true,
    changePasswordSupported: true,
    returnPassword: false,
    ignoreExcludedAttributes: false,
    authAcceptsAnything: false,
    omitTotalResults: false,
    deactivateDeletes: false,
    spcIncomplete: false,
    discoveryByIdNotFound: false,
    patchAddReplaces: false,
    patchNoopRejected: false,
    userNameCaseSensitive: false,
    filterIgnoresCaseExact: false,
    filterOnlyEq: false,
    sortIgnored: false,
    rejectStartIndexBelowOne: false,
    ignoreAttributes: false,
    rejectCountAboveMax: false,
    bulkSupported: true,
    bulkNotImplemented: false,
    bulkDeviations: {},
    reactivationIgnored: false,
    listRequiresFilter: false,
    getByIdReturnsList: false,
    groupRenameRejected: false,
    userNameImmutable: false,
    memberValueNotId: false,
    removeMembersValueIgnored: false,
    memberAddConflict: false,
    putAppliesOnlyActive: false,
    emptyStringRejected: false,
    booleanStringsRejected: false,
    deleteKeepsUser: false,
    serviceProviderConfigMissing: false,
    dropGroupExternalId: false,
    lowercaseEmails: false,
    filterIgnoredUnlessEq: false,
    searchUnsupported: false,
    uniqueEmails: false,
    patchRequiresSchemas: false,
    removeMembersClearsAll: false,
    spcBulkWithoutMaxOperations: false,
    emptyBodyOnWrite: false,
    userDeleteUnsupported: false,
    softDeleteKeepsUserName: false,
    filterOperatorsCaseSensitive: false,
    patchWriteGapMs: 0,
    createCheckGapMs: 0,
    writeDelayMs: 0,
    errorBurstPerFifty: 0,
    serverAssignsExternalId: false,
    keepClientIdAndMeta: false,
    wwwAuthenticate: true,
    patchAnswers204: false,
    putCreatesMissing: false,
    discoveryPaginates: false,
    schemasListMessages: false,
    excludeAlwaysAttributes: false,
    patchIgnoresRemove: false,
    patchNotAtomic: false,
    patchReplaceAbsentIgnored: false,
    decodeLatin1: false,
    booleanOrderingAccepted: false,
    valuePathAcrossValues: false,
    primaryNotExclusive: false,
    rejectUnknownQueryParams: false,
    sortCaseSensitive: false,
    searchSortIgnored: false,
    putKeepsClientMeta: false,
    patchReadOnlyIgnored: false,
    patchExtensionNeedsPriorSchemas: false,
    patchAnswersChangedOnly: false,
    patchNoopTouchesLastModified: false,
    rejectRemovingLastValue: false,
    patchIgnoresSubAttributeRemove: false,
    requiredRemoveInvalidValue: false,
    patchReplaceFilterAdds: false,
    acceptJsonRejected: false,
    meLocationIsAlias: false,
    meBadRequest: false,
    discoveryFilterAccepted: false,
    userNameWidthNotMapped: false,
    serviceProviderConfigNeedsAuth: false,
    emailDomainKept: false,
    patchAddDuplicates: false,
    schemasFirstRequired: false,
    coreSchemaFirstRequired: false,
    binaryReturnedAsHex: false,
    locationNotAddressable: false,
    userGroupsValueNotId: false,
    userGroupsWritable: false,
    resourceTypeExtensionWithoutRequired: false,
    schemaWithoutName: false,
    contentLocationDiffers: false,
    idsContainBulkId: false,
    lastModifiedDiffersOnCreate: false,
    undeclaredSchemaUrn: false,
    duplicateSchemaUrns: false,
    schemaFaults: [],
  };
}
