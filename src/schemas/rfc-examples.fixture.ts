/**
 * The RFCs' own example bodies, used by the schema tests: every schema must accept them.
 * Long values (the X.509 certificate) are shortened; nothing else is changed.
 */
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const USER_ID = '2819c223-7f76-453a-919d-413861904646';
const userLocation = `https://example.com/v2/Users/${USER_ID}`;

/** RFC 7643 §8.1 Minimal User Representation. */
export const minimalUser = {
  schemas: [USER_URN],
  id: USER_ID,
  userName: 'bjensen@example.com',
  meta: {
    resourceType: 'User',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"3694e05e9dff590"',
    location: userLocation,
  },
};

const group = (value: string, display: string) => ({ value, $ref: `https://example.com/v2/Groups/${value}`, display });

/** RFC 7643 §8.2 Full User Representation. */
export const fullUser = {
  schemas: [USER_URN],
  id: USER_ID,
  externalId: '701984',
  userName: 'bjensen@example.com',
  name: {
    formatted: 'Ms. Barbara J Jensen, III',
    familyName: 'Jensen',
    givenName: 'Barbara',
    middleName: 'Jane',
    honorificPrefix: 'Ms.',
    honorificSuffix: 'III',
  },
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  addresses: [
    {
      type: 'work',
      streetAddress: '100 Universal City Plaza',
      locality: 'Hollywood',
      region: 'CA',
      postalCode: '91608',
      country: 'USA',
      formatted: '100 Universal City Plaza\nHollywood, CA 91608 USA',
      primary: true,
    },
    {
      type: 'home',
      streetAddress: '456 Hollywood Blvd',
      locality: 'Hollywood',
      region: 'CA',
      postalCode: '91608',
      country: 'USA',
      formatted: '456 Hollywood Blvd\nHollywood, CA 91608 USA',
    },
  ],
  phoneNumbers: [
    { value: '555-555-5555', type: 'work' },
    { value: '555-555-4444', type: 'mobile' },
  ],
  ims: [{ value: 'someaimhandle', type: 'aim' }],
  photos: [
    { value: 'https://photos.example.com/profilephoto/72930000000Ccne/F', type: 'photo' },
    { value: 'https://photos.example.com/profilephoto/72930000000Ccne/T', type: 'thumbnail' },
  ],
  userType: 'Employee',
  title: 'Tour Guide',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  password: 't1meMa$heen',
  groups: [
    group('e9e30dba-f08f-4109-8486-d5c6a331660a', 'Tour Guides'),
    group('fc348aa8-3835-40eb-a20b-c726e15c55b5', 'Employees'),
    group('71ddacd2-a8e7-49b8-a5db-ae50d0a5bfd7', 'US Employees'),
  ],
  x509Certificates: [{ value: 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx' }],
  meta: {
    resourceType: 'User',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"a330bc54f0671c9"',
    location: userLocation,
  },
};

/** RFC 7643 §8.3 Enterprise User Extension Representation. */
export const enterpriseUser = {
  ...fullUser,
  schemas: [USER_URN, ENTERPRISE_URN],
  [ENTERPRISE_URN]: {
    employeeNumber: '701984',
    costCenter: '4130',
    organization: 'Universal Studios',
    division: 'Theme Park',
    department: 'Tour Operations',
    manager: {
      value: '26118915-6090-4610-87e4-49d8ca9f808d',
      $ref: '../Users/26118915-6090-4610-87e4-49d8ca9f808d',
      displayName: 'John Smith',
    },
  },
  meta: { ...fullUser.meta, version: 'W/"3694e05e9dff591"' },
};

/** RFC 7643 §8.4 Group Representation. */
export const groupExample = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
  id: 'e9e30dba-f08f-4109-8486-d5c6a331660a',
  displayName: 'Tour Guides',
  members: [
    { value: USER_ID, $ref: userLocation, display: 'Babs Jensen' },
    {
      value: '902c246b-6245-4190-8e05-00816be7344a',
      $ref: 'https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a',
      display: 'Mandy Pepperidge',
    },
  ],
  meta: {
    resourceType: 'Group',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"3694e05e9dff592"',
    location: 'https://example.com/v2/Groups/e9e30dba-f08f-4109-8486-d5c6a331660a',
  },
};

/** RFC 7643 §8.5 Service Provider Configuration Representation. */
export const serviceProviderConfig = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'http://example.com/help/scim.html',
  patch: { supported: true },
  bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
  filter: { supported: true, maxResults: 200 },
  changePassword: { supported: true },
  sort: { supported: true },
  etag: { supported: true },
  authenticationSchemes: [
    {
      name: 'OAuth Bearer Token',
      description: 'Authentication scheme using the OAuth Bearer Token Standard',
      specUri: 'http://www.rfc-editor.org/info/rfc6750',
      documentationUri: 'http://example.com/help/oauth.html',
      type: 'oauthbearertoken',
      primary: true,
    },
    {
      name: 'HTTP Basic',
      description: 'Authentication scheme using the HTTP Basic Standard',
      specUri: 'http://www.rfc-editor.org/info/rfc2617',
      documentationUri: 'http://example.com/help/httpBasic.html',
      type: 'httpbasic',
    },
  ],
  meta: {
    location: 'https://example.com/v2/ServiceProviderConfig',
    resourceType: 'ServiceProviderConfig',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"3694e05e9dff594"',
  },
};

const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** RFC 7644 §3.4.2 query response, §3.4.2.4 paged response, §3.4.3 search response. */
export const listResponses = {
  query: {
    schemas: [LIST_URN],
    totalResults: 2,
    Resources: [
      { id: USER_ID, userName: 'bjensen' },
      { id: 'c75ad752-64ae-4823-840d-ffa80929976c', userName: 'jsmith' },
    ],
  },
  paged: { totalResults: 100, itemsPerPage: 10, startIndex: 1, schemas: [LIST_URN], Resources: [{ id: USER_ID }] },
  search: {
    schemas: [LIST_URN],
    totalResults: 100,
    itemsPerPage: 10,
    startIndex: 1,
    Resources: [
      { id: '2819c223-7f76-413861904646', userName: 'jsmith', displayName: 'Smith' },
    ],
  },
};

const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 §3.12 error examples. */
export const errors = {
  notFound: { schemas: [ERROR_URN], detail: `Resource ${USER_ID} not found`, status: '404' },
  mutability: { schemas: [ERROR_URN], scimType: 'mutability', detail: "Attribute 'id' is readOnly", status: '400' },
};

const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const babs = { display: 'Babs Jensen', $ref: userLocation, value: USER_ID };

/** RFC 7644 §3.5.2 PATCH request bodies (§3.5.2.1 add, §3.5.2.2 remove, §3.5.2.3 replace). */
export const patchOps = {
  addMembers: { schemas: [PATCH_URN], Operations: [{ op: 'add', path: 'members', value: [babs] }] },
  addWithoutPath: {
    schemas: [PATCH_URN],
    Operations: [{ op: 'add', value: { emails: [{ value: 'babs@jensen.org', type: 'home' }], nickname: 'Babs' } }],
  },
  removeOneMember: { schemas: [PATCH_URN], Operations: [{ op: 'remove', path: `members[value eq "${USER_ID}"]` }] },
  removeAllThenAdd: {
    schemas: [PATCH_URN],
    Operations: [
      { op: 'remove', path: 'members' },
      { op: 'add', path: 'members', value: [babs] },
    ],
  },
  replaceMembers: { schemas: [PATCH_URN], Operations: [{ op: 'replace', path: 'members', value: [babs] }] },
  replaceSubAttribute: {
    schemas: [PATCH_URN],
    Operations: [{ op: 'replace', path: 'addresses[type eq "work"].streetAddress', value: '1010 Broadway Ave' }],
  },
  replaceWithoutPath: {
    schemas: [PATCH_URN],
    Operations: [{ op: 'replace', value: { emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }], nickname: 'Babs' } }],
  },
};
