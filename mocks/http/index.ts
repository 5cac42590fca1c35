export { type AuthConfig, decodeBasic, isAuthorized, redactAuthorization } from './authenticate.ts';
export { ACCEPTED_REQUEST_MEDIA_TYPES, mediaTypeOf } from './media-type.ts';
export { nestingDepth, parseJsonBody } from './parse-json-body.ts';
export { evaluatePreconditions } from './preconditions.ts';
export { readBodyText } from './read-body.ts';
export { routeSegments } from './route-path.ts';
export { emptyResponse, ERROR_URN, LIST_RESPONSE_URN, scimErrorBody, scimErrorResponse, scimJson } from './scim-response.ts';
export { listenOrigin } from './listen-origin.ts';
