/* Mock SCIM service provider */
export { createScimMock, DEFAULT_BASE_URL } from './create-scim-mock.ts';
export { startMockServer, type MockServer, type MockServerOptions } from './node-server.ts';
/* Store */
export { createScimStore, type ResourceKind, type ScimStore, type StoredResource } from './store/index.ts';
/* Fault switches and profiles */
export { FAULT_LIST, FAULTS, type Fault, type MockBehaviour } from './faults/index.ts';
export { PROFILES, type ScimProfile } from './profiles/index.ts';
/* Types */
export type { BodyBytes, HeaderReader, MockRequest, MockResponse } from './http/index.ts';
export type { OAuthClient, ProfileName, RecordedRequest, ScimMock, ScimMockOptions, Violation } from './mock-types.ts';
