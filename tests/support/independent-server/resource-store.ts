import { randomUUID } from 'node:crypto';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, findKey, isObject, type Json } from './attribute-path.ts';
import { applyPatch, coerceValue, IGNORED_KEYS } from './patch-ops.ts';
import { ScimError } from './scim-error.ts';

/** What differs between /Users and /Groups. */
export interface ResourceKind {
  name: 'User' | 'Group';
  endpoint: 'Users' | 'Groups';
  schema: string;
  /** The attribute RFC 7643 marks required: userName (§4.1.1) or displayName (§4.2). */
  required: 'userName' | 'displayName';
}

export const USER_KIND: ResourceKind = { name: 'User', endpoint: 'Users', schema: CORE_USER, required: 'userName' };
export const GROUP_KIND: ResourceKind = { name: 'Group', endpoint: 'Groups', schema: CORE_GROUP, required: 'displayName' };

/**
 * In-memory resources of one kind, with RFC 7644 create/replace/patch/delete semantics. Stored objects hold
 * `id` and `meta`; `schemas` is computed when rendering.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
export class ResourceStore {
  readonly items = new Map<string, Json>();

  constructor(
    readonly kind: ResourceKind,
    private readonly locationOf: (id: string) => string,
  ) {}

  create(body: Json): Json {
    const id = randomUUID();
    const now = new Date().toISOString();
    const resource: Json = { ...prepare(body), id, meta: { resourceType: this.kind.name, created: now, lastModified: now, location: this.locationOf(id) } };
    if (this.kind.name === 'User' && resource[findKey(resource, 'active')] === undefined) resource.active = true;
    return this.save(resource);
  }

  get(id: string): Json {
    const found = this.items.get(id);
    if (!found) throw new ScimError(404, undefined, `${this.kind.endpoint}/${id}: expected an existing ${this.kind.name}, found none. RFC 7644 §3.12 answers 404. Re-create or re-match the resource.`);
    return found;
  }

  /** PUT: replaces everything but id/meta; `active` survives when the body leaves it out. */
  replace(id: string, body: Json): Json {
    const old = this.get(id);
    const next: Json = { ...prepare(body), id, meta: touch(old.meta) };
    const activeKey = findKey(old, 'active');
    if (next[findKey(next, 'active')] === undefined && old[activeKey] !== undefined) next[activeKey] = old[activeKey];
    return this.save(next);
  }

  patch(id: string, body: Json): Json {
    const next = structuredClone(this.get(id));
    applyPatch(next, body);
    next.meta = touch(next.meta);
    return this.save(next);
  }

  delete(id: string): void {
    this.get(id);
    this.items.delete(id);
  }

  private save(resource: Json): Json {
    for (const key of Object.keys(resource)) {
      if (MULTI_VALUED.has(key.toLowerCase()) && isObject(resource[key])) resource[key] = [resource[key]];
    }
    const required = resource[findKey(resource, this.kind.required)];
    if (typeof required !== 'string' || required === '') {
      throw new ScimError(400, 'invalidValue', `${this.kind.name}: expected a non-empty "${this.kind.required}" string, got ${JSON.stringify(required)}. RFC 7643 marks it required. Send it.`);
    }
    const active = resource[findKey(resource, 'active')];
    if (active !== undefined && typeof active !== 'boolean') {
      throw new ScimError(400, 'invalidValue', `${this.kind.name}.active: expected a boolean (or "True"/"False"), got ${JSON.stringify(active)}. RFC 7643 §4.1.1 types it Boolean. Send true or false.`);
    }
    const clash = [...this.items.values()].find((r) => r.id !== resource.id && this.kind.name === 'User' && String(r[findKey(r, 'userName')]).toLowerCase() === required.toLowerCase());
    if (clash) throw new ScimError(409, 'uniqueness', `User.userName: expected a unique value, got "${required}" which user ${String(clash.id)} already has. RFC 7644 §3.3 answers 409 uniqueness. Look the user up by filter and link it instead.`);
    this.items.set(String(resource.id), resource);
    return resource;
  }
}

/**
 * Multi-valued attributes of RFC 7643 §4.1.2, §4.2, §4.3; a single object sent for one (OneLogin's SCIM 1.1
 * Enterprise template sends `emails` as one object) is stored as a one-element array.
 */
const MULTI_VALUED = new Set(['emails', 'phonenumbers', 'ims', 'photos', 'addresses', 'entitlements', 'roles', 'x509certificates', 'members']);

/** Copies a client body without readOnly/writeOnly keys, coercing Entra's boolean strings and bare manager ids. */
function prepare(body: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(body)) if (!IGNORED_KEYS.has(key.toLowerCase())) out[key] = structuredClone(value);
  const activeKey = findKey(out, 'active');
  if (activeKey in out) out[activeKey] = coerceValue('active', out[activeKey]);
  const ext = out[findKey(out, ENTERPRISE_USER)];
  if (isObject(ext) && findKey(ext, 'manager') in ext) {
    const manager = coerceValue('manager', ext[findKey(ext, 'manager')]);
    if (manager === null) delete ext[findKey(ext, 'manager')];
    else ext[findKey(ext, 'manager')] = manager;
  }
  return out;
}

function touch(meta: unknown): Json {
  return { ...(meta as Json), lastModified: new Date().toISOString() };
}

/** Renders a stored resource for the wire: `schemas` first (with the enterprise URN when used), `meta` last. */
export function renderResource(resource: Json, kind: ResourceKind, extra: Json = {}): Json {
  const { id, meta, ...rest } = structuredClone(resource);
  const extKey = findKey(rest, ENTERPRISE_USER);
  if (isObject(rest[extKey]) && Object.keys(rest[extKey] as Json).length === 0) delete rest[extKey];
  const schemas = [kind.schema, ...(isObject(rest[extKey]) ? [ENTERPRISE_USER] : [])];
  return { schemas, id, ...rest, ...extra, meta };
}
