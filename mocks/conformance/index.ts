export { checkRequestMediaType } from './check-media-type.ts';
export { checkPatchBody, PATCH_OP_URN } from './check-patch-body.ts';
export { checkResourceBody } from './check-resource-body.ts';
export { checkSearchBody, SEARCH_REQUEST_URN } from './check-search-body.ts';
export type { Finding } from './finding.ts';
export { LoggedRequest } from './logged-request.ts';
export { RequestLog } from './request-log.ts';
