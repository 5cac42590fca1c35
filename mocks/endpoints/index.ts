export { type Exchange, flag, type MockContext } from './mock-context.ts';
export { type Projection, renderResource, resourceLocation } from './render-resource.ts';
export { type ListParams, listParamsFromBody, listParamsFromQuery } from './list-params.ts';
export { routeRequest } from './route-request.ts';
export { RenderedJsonCache } from './rendered-json.ts';
export { PreparedFilterCache } from './prepared-filter.ts';
