import { elementMatches, ENTERPRISE_USER, findKey, isObject, parsePath, toArray, type AttrPath, type Json } from './attribute-path.ts';
import { ScimError } from './scim-error.ts';

/** Top-level keys a client may echo but never set: readOnly (RFC 7643 §3.1, §4.1.2) or writeOnly (password). */
export const IGNORED_KEYS = new Set(['id', 'meta', 'schemas', 'groups', 'password']);

/**
 * Turns what IdPs actually send into stored values: Entra's "True"/"False" strings for booleans, its bare-id
 * (or historical array) manager, and an empty manager meaning "remove".
 * @see docs/idp/entra.md §4.4e, §4.6
 */
export function coerceValue(attrName: string, value: unknown): unknown {
  const name = attrName.toLowerCase();
  if ((name === 'active' || name === 'primary') && typeof value === 'string' && /^(true|false)$/i.test(value)) {
    return value.toLowerCase() === 'true';
  }
  if (name === 'manager') {
    if (value === '') return null;
    if (typeof value === 'string') return { value };
    if (Array.isArray(value)) return value[0] ?? null;
  }
  return value;
}

/**
 * Applies an RFC 7644 §3.5.2 PatchOp body to `resource` in place. Ops match case-insensitively (Entra sends
 * "Replace"); path-less values may use dotted or URN-qualified keys (Entra's aadOptscim062020 form).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function applyPatch(resource: Json, body: Json): void {
  const operations = body[findKey(body, 'Operations')];
  if (!Array.isArray(operations)) {
    throw new ScimError(400, 'invalidSyntax', 'PATCH body: expected an "Operations" array, got none. RFC 7644 §3.5.2 requires it. Send a PatchOp message.');
  }
  for (const operation of operations) {
    if (!isObject(operation)) throw new ScimError(400, 'invalidSyntax', 'PATCH Operations: expected objects, got a non-object entry. RFC 7644 §3.5.2. Send {op, path, value}.');
    const op = String(operation[findKey(operation, 'op')] ?? '').toLowerCase();
    const rawPath = operation[findKey(operation, 'path')];
    const value = operation[findKey(operation, 'value')];
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw new ScimError(400, 'invalidSyntax', `PATCH op: expected add, replace or remove, got ${JSON.stringify(operation.op)}. RFC 7644 §3.5.2 defines only these. Use one of them.`);
    }
    if (rawPath === undefined || rawPath === null || rawPath === '') {
      if (op === 'remove') throw new ScimError(400, 'noTarget', 'PATCH remove: expected a path, got none. RFC 7644 §3.5.2.2 requires one for remove. Add a path.');
      if (!isObject(value)) throw new ScimError(400, 'invalidValue', 'PATCH without path: expected an object value, got something else. RFC 7644 §3.5.2.1/3. Send {"op":"replace","value":{…}}.');
      for (const [key, v] of Object.entries(value)) {
        if (key.toLowerCase() === ENTERPRISE_USER.toLowerCase() && isObject(v)) {
          for (const [attr, inner] of Object.entries(v)) setValue(resource, { schema: key, attr }, inner, op);
        } else if (!IGNORED_KEYS.has(key.toLowerCase())) {
          setValue(resource, pathOrThrow(key), v, op);
        }
      }
      continue;
    }
    const path = pathOrThrow(String(rawPath));
    if (!path.schema && IGNORED_KEYS.has(path.attr.toLowerCase())) continue;
    if (op === 'remove') removeValue(resource, path, value);
    else setValue(resource, path, value, op);
  }
}

function pathOrThrow(text: string): AttrPath {
  const path = parsePath(text);
  if (!path) throw new ScimError(400, 'invalidPath', `PATCH path: expected attr[.sub], attr[x eq "y"][.sub] or a URN-qualified attr, got ${JSON.stringify(text)}. RFC 7644 §3.5.2. Fix the path.`);
  return path;
}

function containerOf(resource: Json, schema: string | undefined, create: boolean): Json | undefined {
  if (!schema) return resource;
  const key = findKey(resource, schema);
  if (!isObject(resource[key]) && create) resource[key] = {};
  return isObject(resource[key]) ? (resource[key] as Json) : undefined;
}

function merge(current: unknown, value: unknown, op: string): unknown {
  if (Array.isArray(current) && op === 'add') {
    const added = toArray(value).filter((v) => !current.some((c) => JSON.stringify(c) === JSON.stringify(v) || (isObject(c) && isObject(v) && v.value !== undefined && c.value === v.value)));
    return [...current, ...added];
  }
  if (isObject(current) && isObject(value)) return { ...current, ...value };
  return value;
}

function setValue(resource: Json, path: AttrPath, raw: unknown, op: string): void {
  const container = containerOf(resource, path.schema, true)!;
  const key = findKey(container, path.attr);
  const value = coerceValue(path.sub ?? path.attr, raw);
  if (path.filter) {
    const list = toArray(container[key]);
    let hits = list.filter((el) => elementMatches(el, path.filter!)) as Json[];
    if (hits.length === 0) {
      // Entra adds `emails[type eq "work"].value` for a user without one: create the element (RFC errata 8097).
      hits = [{ [path.filter.path.attr]: path.filter.value }];
      list.push(hits[0]);
    }
    for (const el of hits) {
      if (path.sub) el[findKey(el, path.sub)] = value;
      else if (isObject(value)) Object.assign(el, value);
    }
    container[key] = list;
  } else if (path.sub) {
    const parents = Array.isArray(container[key]) ? (container[key] as unknown[]) : [isObject(container[key]) ? container[key] : (container[key] = {})];
    for (const parent of parents) if (isObject(parent)) parent[findKey(parent, path.sub)] = value;
  } else if (value === null) {
    delete container[key];
  } else {
    container[key] = merge(container[key], Array.isArray(container[key]) && isObject(value) ? [value] : value, op);
  }
}

function removeValue(resource: Json, path: AttrPath, value: unknown): void {
  const container = containerOf(resource, path.schema, false);
  if (!container) return;
  const key = findKey(container, path.attr);
  const current = container[key];
  if (path.filter) {
    const list = toArray(current);
    if (path.sub) for (const el of list) if (elementMatches(el, path.filter)) delete (el as Json)[findKey(el as Json, path.sub)];
    container[key] = path.sub ? list : list.filter((el) => !elementMatches(el, path.filter!));
  } else if (path.sub) {
    if (isObject(current)) delete current[findKey(current, path.sub)];
  } else if (Array.isArray(current) && Array.isArray(value)) {
    // OneLogin: {"op":"remove","path":"members","value":[{"value":"id"}]} removes only those members.
    const drop = new Set(value.map((v) => String(isObject(v) ? v.value : v)));
    container[key] = current.filter((el) => !drop.has(String(isObject(el) ? el.value : el)));
  } else {
    delete container[key];
  }
  if (Array.isArray(container[key]) && (container[key] as unknown[]).length === 0) delete container[key];
}
