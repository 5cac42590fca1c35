import type { StepRequest } from '../scenario/types.ts';
import type { TargetProfile } from './profiles.ts';

const USER_RESOURCE = /^\/Users(\/[^/?]+)?\/?$/i;
const USER_NUMBER = /^\{\{\s*user(\d+)\.userName/;

/**
 * Adds the profile's mapped attributes to a user body the IdP creates or replaces, as the IdP would
 * after the admin configured the seed's mappings. Attributes the scenario already sends are kept;
 * extension objects are merged and their URN added to `schemas`.
 * @see docs/profiles.md §1.1 (Talkdesk/Okta mappings), §2 (CX mappings)
 */
export function applyProfile(request: StepRequest, profile: TargetProfile | undefined): StepRequest {
  const extras = profile?.userAttributes;
  const body = request.body;
  if (!extras || (request.method !== 'POST' && request.method !== 'PUT') || !USER_RESOURCE.test(request.path)) return request;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return request;
  const user = body as Record<string, unknown>;
  const n = USER_NUMBER.exec(String(user.userName ?? ''))?.[1] ?? '1';
  const merged: Record<string, unknown> = { ...user };
  const schemas = Array.isArray(user.schemas) ? [...(user.schemas as unknown[])] : undefined;
  for (const [key, template] of Object.entries(extras)) {
    const value = numberPlaceholders(template, n);
    if (key.startsWith('urn:')) {
      const current = merged[key];
      merged[key] = { ...(value as object), ...(current && typeof current === 'object' ? current : {}) };
      if (schemas && !schemas.includes(key)) schemas.push(key);
    } else if (!(key in merged)) {
      merged[key] = value;
    }
  }
  if (schemas) merged.schemas = schemas;
  return { ...request, body: merged };
}

function numberPlaceholders(value: unknown, n: string): unknown {
  if (typeof value === 'string') return value.replace(/\{\{(\s*)user#\./g, `{{$1user${n}.`);
  if (Array.isArray(value)) return value.map((v) => numberPlaceholders(v, n));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numberPlaceholders(v, n)]));
  return value;
}
