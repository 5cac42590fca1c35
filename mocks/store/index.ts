export { createScimStore, type ResourceKind, type ScimStore, type ScimStoreOptions, type StoredResource } from './scim-store.ts';
export { MultiIndex } from './multi-index.ts';
