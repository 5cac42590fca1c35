import { sendRequest, type SendOptions, type WireRequest, type WireResponse } from '../engine/http-client.ts';
import { parseDeclaredSchemas, type DeclaredSchemas } from './declared-schemas.ts';

export interface ReadSchemasOptions {
  /** The SCIM base URL. */
  baseUrl: string;
  /** The run's Authorization value; undefined sends none. */
  auth?: string;
  /** Per-request limit in ms (default 60000). */
  timeoutMs?: number;
  /** Sends one request; default `sendRequest` (the worker passes its gate and pacer). */
  send?: (request: WireRequest, options: SendOptions) => Promise<WireResponse>;
  /** Called before each request, for pacing (--max-rps). */
  beforeRequest?: () => Promise<void>;
}

/**
 * Reads `GET /Schemas` and `GET /ResourceTypes` once, for the schema-driven checks to expand their steps from.
 * Never throws: what could not be read is the result's `problem`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-4
 */
export async function readDeclaredSchemas(options: ReadSchemasOptions): Promise<DeclaredSchemas> {
  const [schemas, types] = [await getJson(options, '/Schemas'), await getJson(options, '/ResourceTypes')];
  return parseDeclaredSchemas(schemas, types);
}

async function getJson(options: ReadSchemasOptions, path: string): Promise<unknown> {
  const headers: Array<[string, string]> = [['Accept', 'application/scim+json']];
  if (options.auth) headers.push(['Authorization', options.auth]);
  const request: WireRequest = { method: 'GET', url: `${options.baseUrl.replace(/\/+$/, '')}${path}`, headers };
  try {
    await options.beforeRequest?.();
    const response = await (options.send ?? sendRequest)(request, { timeoutMs: options.timeoutMs });
    return response.status === 200 ? JSON.parse(response.body) : undefined;
  } catch {
    return undefined;
  }
}
