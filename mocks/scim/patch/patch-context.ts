import { findSubAttribute } from '../attribute-lookup.ts';
import type { CoerceOptions } from '../coerce-value.ts';
import { deepEqual, describeValue, isPlainObject } from '../json-value.ts';
import type { AttributeDef, ResourceTypeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';
import type { PatchTarget } from './patch-target.ts';

/** The state one PATCH operation works on. */
export interface PatchContext {
  /** The working copy of the resource; operations mutate it. */
  resource: Record<string, unknown>;
  rt: ResourceTypeDef;
  /** `PATCH operation 2 (replace "emails[type eq \"work\"].value")`, the prefix of every message. */
  where: string;
}

/** Coercion options for PATCH values: unknown sub-attributes are errors, readOnly ones are dropped. */
export function strictCoercion(ctx: PatchContext): CoerceOptions {
  return {
    dropReadOnly: true,
    onUnknown: (path) => {
      throw new ScimError(400, `${ctx.where}: the value has "${path}", which the ${ctx.rt.name} schema does not define. RFC 7644 §3.5.2 applies only defined attributes; remove it or fix its name.`, 'invalidPath');
    },
  };
}

/** The object that holds the target's attribute: the resource, or its extension object. */
export function holderOf(ctx: PatchContext, target: PatchTarget, create: boolean): Record<string, unknown> | undefined {
  if (!target.isExtension) return ctx.resource;
  const existing = ctx.resource[target.schemaUrn];
  if (isPlainObject(existing)) return existing;
  if (!create) return undefined;
  const holder: Record<string, unknown> = {};
  ctx.resource[target.schemaUrn] = holder;
  return holder;
}

/**
 * Throws 400 mutability when an immutable attribute that has a value would change (RFC 7643 §2.2:
 * immutable values may be added once, never changed).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function checkImmutable(ctx: PatchContext, def: AttributeDef, before: unknown, after: unknown, pathText: string): void {
  if (def.mutability !== 'immutable' || before === undefined || deepEqual(before, after)) return;
  throw new ScimError(
    400,
    `${ctx.where}: "${pathText}" is immutable and is ${describeValue(before)}; the operation would make it ${describeValue(after)}. ` +
      `RFC 7643 §2.2 allows setting an immutable attribute once, never changing it; leave it out of the PATCH.`,
    'mutability',
  );
}

/** Sets (or, for `undefined`, deletes) a sub-attribute of one complex value, honouring immutability. */
export function setSubAttribute(ctx: PatchContext, sub: AttributeDef, element: Record<string, unknown>, value: unknown, pathText: string): void {
  checkImmutable(ctx, sub, element[sub.name], value, pathText);
  if (value === undefined) delete element[sub.name];
  else element[sub.name] = value;
}

/** Merges coerced sub-attributes into an existing complex value (RFC 7644 §3.5.2.1/§3.5.2.3). */
export function mergeSubAttributes(ctx: PatchContext, def: AttributeDef, element: Record<string, unknown>, incoming: Record<string, unknown>, pathText: string): void {
  for (const key of Object.keys(incoming)) {
    const sub = findSubAttribute(def, key);
    if (sub) setSubAttribute(ctx, sub, element, incoming[key], `${pathText}.${sub.name}`);
  }
}

/**
 * Whether two elements of a multi-valued attribute are the same value: reference lists (`members`,
 * `groups`: a `$ref` sub-attribute) compare by `value`, typed values (`emails`, `phoneNumbers`) by `type` and
 * `value`, everything else structurally.
 */
export function sameElement(def: AttributeDef, a: unknown, b: unknown): boolean {
  if (findSubAttribute(def, '$ref') && isPlainObject(a) && isPlainObject(b) && a.value !== undefined) return a.value === b.value;
  // RFC 7643 §2.4: the same (type, value) SHOULD NOT come back twice, so an add of it merges into the element.
  if (findSubAttribute(def, 'type') && isPlainObject(a) && isPlainObject(b) && a.value !== undefined) return deepEqual(a.value, b.value) && a.type === b.type;
  return deepEqual(a, b);
}

/**
 * When an added or replaced element has `primary: true`, clears `primary` on the others (RFC 7643 §2.4:
 * at most one primary value).
 */
export function keepOnePrimary(def: AttributeDef, list: unknown[], touched: unknown[]): void {
  if (!findSubAttribute(def, 'primary')) return;
  const winner = touched.find((el) => isPlainObject(el) && el.primary === true);
  if (!winner) return;
  for (const el of list) if (el !== winner && isPlainObject(el) && el.primary === true) el.primary = false;
}

/** Drops elements left empty and stores the list, deleting the attribute when nothing is left. */
export function storeList(holder: Record<string, unknown>, def: AttributeDef, list: unknown[]): void {
  const kept = list.filter((el) => !(isPlainObject(el) && Object.keys(el).length === 0));
  if (kept.length === 0) delete holder[def.name];
  else holder[def.name] = kept;
}
