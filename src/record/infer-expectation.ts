import type { Expectation, SchemaName } from '../scenario/types.ts';
import { validateBody } from '../schemas/index.ts';

/** What a recorded step expects, plus a note when the recorded body did not fit the inferred schema. */
export interface InferredExpectation {
  expect: Expectation;
  note?: string;
}

const RFC_SECTION: Record<string, string> = {
  GET: 'RFC 7644 §3.4',
  POST: 'RFC 7644 §3.3',
  PUT: 'RFC 7644 §3.5.1',
  PATCH: 'RFC 7644 §3.5.2',
  DELETE: 'RFC 7644 §3.6',
};

/** The RFC 7644 section for a method, for a recorded step's reference. */
export function methodReference(method: string): string {
  return RFC_SECTION[method] ?? 'RFC 7644 §3';
}

/**
 * The body schema a response to `method path` has by RFC 7644: ListResponse for a collection GET or a
 * `.search`, User / Group for a resource, Error for 4xx/5xx; none for 204 or an unknown endpoint.
 * @see RFC 7644 §3.3–§3.6, §3.12
 */
export function inferSchema(method: string, path: string, status: number): SchemaName | undefined {
  if (status >= 400) return 'Error';
  if (status === 204 || status < 200 || status >= 300) return undefined;
  const [, endpoint = '', id] = path.split('?')[0]!.split('/');
  const lower = endpoint.toLowerCase();
  if (lower === 'serviceproviderconfig') return 'ServiceProviderConfig';
  if (id?.toLowerCase() === '.search') return 'ListResponse';
  if (lower === 'schemas' || lower === 'resourcetypes') return id ? undefined : 'ListResponse';
  const resource = lower === 'users' ? 'User' : lower === 'groups' ? 'Group' : undefined;
  if (!resource) return undefined;
  if (method === 'GET' && !id) return 'ListResponse';
  return resource;
}

/**
 * The expectation of a recorded step: the recorded status, the inferred schema when the recorded body
 * fits it (a server's own quirk must not fail its own regression test), the media type as a warning,
 * and `/id` exists on a create.
 * @see RFC 7644 §3.1 and §8.1 (application/scim+json)
 */
export function inferExpectation(method: string, path: string, status: number, body: string, isCreate: boolean): InferredExpectation {
  const expect: Expectation = { status, mediaType: { is: 'application/scim+json', severity: 'warning' } };
  const schema = inferSchema(method, path, status);
  let note: string | undefined;
  if (schema) {
    const fits = bodyFits(schema, body);
    if (fits) expect.schema = schema;
    else if (status >= 400) expect.errorSchema = false;
    if (!fits) note = `the recorded ${status} body is not a valid SCIM ${schema}, so the step does not check the schema`;
  }
  if (isCreate) expect.body = [{ pointer: '/id', exists: true, because: 'the IdP stores the returned id and addresses later requests to it' }];
  return { expect, note };
}

function bodyFits(schema: SchemaName, body: string): boolean {
  if (body.trim() === '') return false;
  try {
    return validateBody(schema, JSON.parse(body)).valid;
  } catch {
    return false;
  }
}
