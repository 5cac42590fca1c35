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
 * A path that does not start with `/` is a reference the server gave (see resolveTarget).
 * @throws MissingValueError when a placeholder has no value yet; ForeignOriginError for a reference to another origin
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
  return { method: request.method, url: `${resolveTarget(baseUrl, path)}${query}`, headers, body };
}

/**
 * Where a filled path points. `/Users/u1` is under the base URL (the scenarios' own paths); anything else is a
 * URI reference the server gave (a `meta.location`, a `$ref`): absolute as is, relative resolved against the
 * base URL with a trailing slash, as RFC 7643 §2.3.7 asks (the base URI holds every path segment up to the
 * SCIM root). A reference to another origin is refused: the run's credentials go to the base URL's origin only.
 * @throws ForeignOriginError when the reference leaves the base URL's origin
 * @see RFC 7643 §2.3.7; RFC 3986 §5.2
 */
export function resolveTarget(baseUrl: string, path: string): string {
  const root = baseUrl.replace(/\/+$/, '');
  if (path.startsWith('/') || path === '') return `${root}${path}`;
  let target: URL;
  try {
    target = new URL(path, `${root}/`);
  } catch {
    throw new ForeignOriginError(path, 'is not a URI reference');
  }
  if (target.origin !== new URL(root).origin) throw new ForeignOriginError(path, `is outside ${new URL(root).origin}, the base URL's origin`);
  return target.href;
}

/** A server-given reference the harness will not follow with the run's credentials. */
export class ForeignOriginError extends Error {
  constructor(readonly reference: string, why: string) {
    super(`${JSON.stringify(reference)} ${why}`);
    this.name = 'ForeignOriginError';
  }
}

/** `/Users/{{userId}}` → `/Users/{userId}`: the path as a person reads it in a report. */
export function readablePath(path: string): string {
  return path.replace(/\{\{\s*([\w.]+)(?:\|[a-z0-9]+)?\s*\}\}/gi, '{$1}');
}
