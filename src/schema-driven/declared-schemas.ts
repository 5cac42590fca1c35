/**
 * What a server declares about its resources, read from `GET /Schemas` and `GET /ResourceTypes` (RFC 7643 §6, §7;
 * RFC 7644 §4): the raw attribute definitions (which may be malformed: the definitions check judges them) and the
 * resource types with their schema extensions.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export interface DeclaredSchemas {
  /** Each schema of the /Schemas list, in the order served, with its position in `Resources`. */
  schemas: DeclaredSchema[];
  resourceTypes: DeclaredResourceType[];
  /** Why the declarations could not be read (no list, not JSON, an error status), in words. */
  problem?: string;
}

export interface DeclaredSchema {
  id: string;
  /** The position in the /Schemas ListResponse `Resources`: the JSON pointer base of its definitions. */
  index: number;
  /** The attribute definitions exactly as served. */
  attributes: Array<Record<string, unknown>>;
}

export interface DeclaredResourceType {
  name: string;
  /** `/Users`, with its leading slash. */
  endpoint: string;
  schema: string;
  extensions: Array<{ schema: string; required: boolean }>;
}

/**
 * Reads the two discovery answers (parsed JSON bodies, or undefined when unreadable) into {@link DeclaredSchemas}.
 * A ListResponse (`Resources`) or a bare array is accepted; anything else leaves the list empty with a `problem`.
 */
export function parseDeclaredSchemas(schemasBody: unknown, resourceTypesBody: unknown): DeclaredSchemas {
  const problems: string[] = [];
  const schemaList = listOf(schemasBody);
  if (!schemaList) problems.push('/Schemas answered no list of schemas (RFC 7644 §4)');
  const typeList = listOf(resourceTypesBody);
  if (!typeList) problems.push('/ResourceTypes answered no list of resource types (RFC 7644 §4)');
  const schemas = (schemaList ?? []).flatMap((item, index) =>
    isObject(item) && typeof item['id'] === 'string'
      ? [{ id: item['id'], index, attributes: Array.isArray(item['attributes']) ? item['attributes'].filter(isObject) : [] }]
      : [],
  );
  const resourceTypes = (typeList ?? []).filter(isObject).flatMap((t) => {
    if (typeof t['schema'] !== 'string' || typeof t['endpoint'] !== 'string') return [];
    const endpoint = t['endpoint'].startsWith('/') ? t['endpoint'] : `/${t['endpoint']}`;
    const extensions = (Array.isArray(t['schemaExtensions']) ? t['schemaExtensions'] : [])
      .filter(isObject)
      .flatMap((e) => (typeof e['schema'] === 'string' ? [{ schema: e['schema'], required: e['required'] === true }] : []));
    return [{ name: String(t['name'] ?? endpoint.slice(1)), endpoint, schema: t['schema'], extensions }];
  });
  return { schemas, resourceTypes, ...(problems.length ? { problem: problems.join('; ') } : {}) };
}

function listOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (isObject(body) && Array.isArray(body['Resources'])) return body['Resources'];
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
