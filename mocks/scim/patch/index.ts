export { applyPatch } from './apply-patch.ts';
export { readPatchRequest, PATCH_OP_URN } from './patch-request.ts';
export type { PatchOperation } from './patch-request.ts';
export { elementFromFilter } from './element-from-filter.ts';
