import type { StepRequest } from '../scenario/types.ts';
import type { WireRequest } from './http-client.ts';
import { fillJson, fillString, type ResolveName } from './placeholders.ts';

/** A header whose whole value is this is the run's credentials: left out when the run has none. */
const AUTH_ONLY = /^\s*\{\{\s*auth\s*\}\}\s*$/;

/**
 * Turns a scenario request into the exact wire request: placeholders filled, the query kept as
 * written, the JSON body serialised compactly (or `rawBody` as given). A header that is exactly
 * `{{auth}}` is not sent at all when `{{auth}}` is empty (a run without credentials): an empty
 * `Authorization:` is not "no credentials" to every server (RFC 7235 §4.2 wants credentials there).
 * @throws MissingValueError when a placeholder has no value yet
 */
export function buildRequest(baseUrl: string, request: StepRequest, resolve: ResolveName): WireRequest {
  const path = fillString(request.path, resolve);
  const query = request.query === undefined ? '' : `?${fillString(request.query, resolve)}`;
  const headers = Object.entries(request.headers)
    .filter(([, value]) => !(AUTH_ONLY.test(value) && fillString(value, resolve) === ''))
    .map(([name, value]) => [name, fillString(value, resolve)] as [string, string]);
  let body: string | undefined;
  if (request.rawBody !== undefined) body = fillString(request.rawBody, resolve);
  else if (request.body !== undefined) body = JSON.stringify(fillJson(request.body, resolve));
  return { method: request.method, url: `${baseUrl.replace(/\/+$/, '')}${path}${query}`, headers, body };
}

/** `/Users/{{userId}}` → `/Users/{userId}`: the path as a person reads it in a report. */
export function readablePath(path: string): string {
  return path.replace(/\{\{\s*([\w.]+)(?:\|[a-z0-9]+)?\s*\}\}/gi, '{$1}');
}
