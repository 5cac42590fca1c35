import { ScimError } from '../scim/index.ts';
import type { MockBehaviour } from '../faults/index.ts';
import type { MockResponse } from './mock-message.ts';

export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/**
 * A JSON response with the mock's media type (application/scim+json unless the json-content-type
 * fault is on).
 * @see RFC 7644 §8.1
 */
export function scimJson(behaviour: MockBehaviour, status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'Content-Type': behaviour.responseContentType, ...headers }, body: JSON.stringify(body) };
}

/** {@link scimJson} with the body already serialised (text JSON.stringify gave). */
export function scimJsonText(behaviour: MockBehaviour, status: number, json: string, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'Content-Type': behaviour.responseContentType, ...headers }, body: json };
}

/** A JSON response with `Content-Type: application/json`, as `Response.json` gives (OAuth, the error-without-scim-schema fault). */
export function plainJson(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A response without a body (204, 304, or 200 on the delete-returns-200 fault). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): MockResponse {
  return { status, headers, body: '' };
}

/**
 * The SCIM Error body for a ScimError: `schemas` [Error URN], `status` as a string, `scimType`, `detail`.
 * The error-without-scim-schema and error-status-as-number faults bend this shape.
 * @see RFC 7644 §3.12
 */
export function scimErrorResponse(behaviour: MockBehaviour, error: ScimError, headers: Record<string, string> = {}): MockResponse {
  const body = scimErrorBody(behaviour, error);
  if (behaviour.errorWithoutScimSchema) return plainJson(error.status, body, headers);
  return scimJson(behaviour, error.status, body, headers);
}

/** The body of {@link scimErrorResponse}, also used inside a BulkResponse (RFC 7644 §3.7.3). */
export function scimErrorBody(behaviour: MockBehaviour, error: ScimError): Record<string, unknown> {
  if (behaviour.errorWithoutScimSchema) return { error: error.scimType ?? 'error', message: error.detail };
  const body: Record<string, unknown> = {
    schemas: behaviour.duplicateSchemaUrns ? [ERROR_URN, ERROR_URN] : [ERROR_URN],
    status: behaviour.errorStatusAsNumber ? error.status : String(error.status),
  };
  if (error.scimType !== undefined) body['scimType'] = error.scimType;
  body['detail'] = error.detail;
  return body;
}
