import { findExtensionSchema, resolveAttribute, splitAttributePath } from './attribute-lookup.ts';
import { cloneJson, isPlainObject } from './json-value.ts';
import { COMMON_ATTRIBUTES, SCHEMAS_ATTRIBUTE } from './schema/common-attributes.ts';
import type { AttributeDef, ResourceTypeDef } from './schema/schema-types.ts';

/** The `attributes` / `excludedAttributes` query parameters, already split on commas. */
export interface ProjectionOptions {
  attributes?: string[];
  excludedAttributes?: string[];
  /**
   * false: the result holds the source's own nested values instead of copies, for a result that is
   * serialised at once and never changed (the mock's responses). Default true.
   */
  copyValues?: boolean;
}

const same = <T>(value: T): T => value;

interface Selection {
  def: AttributeDef;
  /** Sub-attributes to copy for a complex attribute; undefined for simple ones. */
  subs?: AttributeDef[];
}

interface Plan {
  core: Selection[];
  extensions: Array<{ urn: string; selections: Selection[] }>;
}

type Wanted = Map<AttributeDef, 'all' | Set<AttributeDef>>;

interface Request {
  named: Wanted;
  wholeExtensions: Set<string>;
}

function readList(rt: ResourceTypeDef, list: string[] | undefined): Request | undefined {
  const items = (list ?? []).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) return undefined;
  const request: Request = { named: new Map(), wholeExtensions: new Set() };
  for (const item of items) {
    const extension = findExtensionSchema(rt, item);
    if (extension) {
      request.wholeExtensions.add(extension.id);
      continue;
    }
    const resolved = resolveAttribute(rt, splitAttributePath(item));
    if (!resolved) continue; // Unknown names select nothing, as RFC 7644 §3.4.2.5 gives no error for them.
    const current = request.named.get(resolved.def);
    if (!resolved.subDef || current === 'all') request.named.set(resolved.def, 'all');
    else request.named.set(resolved.def, (current ?? new Set()).add(resolved.subDef));
  }
  return request;
}

function selectSubs(def: AttributeDef, chosen: 'all' | Set<AttributeDef> | undefined, excluded: 'all' | Set<AttributeDef> | undefined): AttributeDef[] {
  return (def.subAttributes ?? []).filter((sub) => {
    if (sub.returned === 'never') return false;
    if (sub.returned === 'always') return true;
    if (chosen instanceof Set) return chosen.has(sub);
    if (excluded instanceof Set && excluded.has(sub)) return false;
    return sub.returned !== 'request' || chosen === 'all';
  });
}

function planSchema(defs: AttributeDef[], urn: string | undefined, attributes: Request | undefined, excluded: Request | undefined): Selection[] {
  const selections: Selection[] = [];
  for (const def of defs) {
    if (def.returned === 'never') continue;
    let chosen: 'all' | Set<AttributeDef> | undefined;
    let dropped: 'all' | Set<AttributeDef> | undefined;
    if (def.returned === 'always') chosen = 'all';
    else if (attributes) {
      chosen = urn !== undefined && attributes.wholeExtensions.has(urn) ? 'all' : attributes.named.get(def);
      if (!chosen) continue;
    } else {
      if (def.returned === 'request') continue;
      dropped = urn !== undefined && excluded?.wholeExtensions.has(urn) ? 'all' : excluded?.named.get(def);
      if (dropped === 'all') continue;
      chosen = undefined;
    }
    selections.push(def.type === 'complex' ? { def, subs: selectSubs(def, chosen, dropped) } : { def });
  }
  return selections;
}

function buildPlan(rt: ResourceTypeDef, options: ProjectionOptions): Plan {
  const attributes = readList(rt, options.attributes);
  const excluded = attributes ? undefined : readList(rt, options.excludedAttributes);
  return {
    core: planSchema([SCHEMAS_ATTRIBUTE, ...COMMON_ATTRIBUTES, ...rt.schema.attributes], undefined, attributes, excluded),
    extensions: rt.extensions.map(({ schema }) => ({ urn: schema.id, selections: planSchema(schema.attributes, schema.id, attributes, excluded) })),
  };
}

const plans = new WeakMap<ResourceTypeDef, Map<string, Plan>>();

function planFor(rt: ResourceTypeDef, options: ProjectionOptions): Plan {
  const key = options.attributes === undefined && options.excludedAttributes === undefined ? '|' : `${(options.attributes ?? []).join(',')}|${(options.excludedAttributes ?? []).join(',')}`;
  let byKey = plans.get(rt);
  if (!byKey) plans.set(rt, (byKey = new Map()));
  let plan = byKey.get(key);
  if (!plan) {
    plan = buildPlan(rt, options);
    if (byKey.size > 256) byKey.clear();
    byKey.set(key, plan);
  }
  return plan;
}

function projectComplex(value: Record<string, unknown>, subs: AttributeDef[], copy: <T>(value: T) => T): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const sub of subs) {
    const inner = value[sub.name];
    if (inner === undefined) continue;
    out[sub.name] = copy(inner);
    any = true;
  }
  return any ? out : undefined;
}

function copySelections(source: Record<string, unknown>, selections: Selection[], target: Record<string, unknown>, copy: <T>(value: T) => T): boolean {
  let any = false;
  for (const { def, subs } of selections) {
    const value = source[def.name];
    if (value === undefined || value === null) continue;
    let projected: unknown;
    if (!subs) projected = copy(value);
    else if (Array.isArray(value)) {
      const items: Record<string, unknown>[] = [];
      for (const item of value) {
        const kept = isPlainObject(item) ? projectComplex(item, subs, copy) : undefined;
        if (kept !== undefined) items.push(kept);
      }
      projected = items.length > 0 ? items : undefined;
    } else projected = isPlainObject(value) ? projectComplex(value, subs, copy) : undefined;
    if (projected === undefined) continue;
    target[def.name] = projected;
    any = true;
  }
  return any;
}

/**
 * The representation of a stored resource to return (RFC 7644 §3.4.2.5, RFC 7643 §2.4 `returned`):
 * `returned: never` (`password`) is never returned; `always` (`id`, `schemas`) always; `request` only
 * when named in `attributes`; `default` unless `attributes` narrows or `excludedAttributes` removes it.
 * Names may be dotted (`name.givenName`, `emails.value`), URN-qualified, or a whole extension URN, in any
 * case; unknown names are ignored. When both lists are given, `attributes` wins. Keys the schema does
 * not define are not returned. The result is a fresh copy unless `copyValues` is false.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.5
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.4
 */
export function projectResource(resource: Record<string, unknown>, rt: ResourceTypeDef, opts: ProjectionOptions = {}): Record<string, unknown> {
  const plan = planFor(rt, opts);
  const copy = opts.copyValues === false ? same : cloneJson;
  const out: Record<string, unknown> = {};
  copySelections(resource, plan.core, out, copy);
  for (const { urn, selections } of plan.extensions) {
    const source = resource[urn];
    if (!isPlainObject(source)) continue;
    const target: Record<string, unknown> = {};
    if (copySelections(source, selections, target, copy)) out[urn] = target;
  }
  return out;
}
