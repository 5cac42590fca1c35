import { coerceValue } from '../coerce-value.ts';
import { isPlainObject } from '../json-value.ts';
import { ScimError } from '../scim-error.ts';
import { elementFromFilter } from './element-from-filter.ts';
import {
  checkImmutable,
  holderOf,
  keepOnePrimary,
  mergeSubAttributes,
  sameElement,
  setSubAttribute,
  storeList,
  strictCoercion,
  type PatchContext,
} from './patch-context.ts';
import type { PatchTarget } from './patch-target.ts';

/**
 * Decides what to do with a write to a readOnly attribute. `id` equal to the current id is ignored
 * (Okta's group-rename PATCH carries it); a different `id` is 400 mutability; `meta`, `groups`,
 * `schemas` and readOnly sub-attributes are ignored without error.
 * @returns true when the write should be skipped.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function skipReadOnly(ctx: PatchContext, target: PatchTarget, value: unknown, removing: boolean): boolean {
  if (target.def.mutability === 'readOnly') {
    if (target.def.name === 'id' && (removing || target.subDef || value !== ctx.resource.id)) {
      throw new ScimError(
        400,
        `${ctx.where}: "id" is readOnly; the operation would ${removing ? 'remove it' : `change it from ${JSON.stringify(ctx.resource.id)} to ${JSON.stringify(value)}`}. ` +
          `RFC 7643 §3.1 lets only the service provider set "id"; leave it out, or send the current value.`,
        'mutability',
      );
    }
    return true;
  }
  return target.subDef?.mutability === 'readOnly';
}

function writeThroughFilter(ctx: PatchContext, target: PatchTarget, raw: unknown, op: 'add' | 'replace'): void {
  const { def, subDef, filter, filterNode } = target;
  const holder = holderOf(ctx, target, true)!;
  const current = holder[def.name];
  const list: unknown[] = Array.isArray(current) ? [...current] : isPlainObject(current) ? [current] : [];
  const value = subDef
    ? coerceValue(subDef, raw, `${def.name}.${subDef.name}`, strictCoercion(ctx))
    : coerceValue({ ...def, multiValued: false }, raw, def.name, strictCoercion(ctx));
  let touched = list.filter((el) => isPlainObject(el) && filter!(el)) as Array<Record<string, unknown>>;
  if (touched.length === 0) {
    // RFC 7644 §3.5.2.3: a replace whose value filter matches no record SHALL be 400 noTarget.
    if (op === 'replace') {
      throw new ScimError(
        400,
        `${ctx.where}: the filter in "${target.text}" matches no "${def.name}" value, so there is nothing to replace. ` +
          `RFC 7644 §3.5.2.3 answers noTarget; read the resource again, or use "add" to create the value.`,
        'noTarget',
      );
    }
    // An add through a filter that matches nothing creates the element (Entra sends Add on
    // emails[type eq "work"].value for a user with no work email; RFC 7644 erratum 8097), built from the filter.
    const base = elementFromFilter(filterNode!, def);
    if (!base) {
      throw new ScimError(
        400,
        `${ctx.where}: the filter in "${target.text}" matches no "${def.name}" value and is not a plain "eq" test, so no value can be created for it. ` +
          `RFC 7644 §3.5.2.3 answers noTarget; target an existing value or use "add" on "${def.name}".`,
        'noTarget',
      );
    }
    if (value === undefined) return;
    const created: Record<string, unknown> = base;
    list.push(created);
    touched = [created];
  }
  for (const element of touched) {
    if (subDef) setSubAttribute(ctx, subDef, element, value, `${target.text}`);
    else if (isPlainObject(value)) mergeSubAttributes(ctx, def, element, value, target.text);
  }
  if (!def.multiValued) {
    if (list[0] !== undefined) holder[def.name] = list[0];
    return;
  }
  keepOnePrimary(def, list, touched);
  storeList(holder, def, list);
}

function writeSubAttribute(ctx: PatchContext, target: PatchTarget, raw: unknown): void {
  const { def, subDef } = target;
  const value = coerceValue(subDef!, raw, `${def.name}.${subDef!.name}`, strictCoercion(ctx));
  const holder = holderOf(ctx, target, value !== undefined);
  if (!holder) return;
  const current = holder[def.name];
  if (def.multiValued) {
    const list: unknown[] = Array.isArray(current) ? current : [];
    if (list.length === 0 && value !== undefined) list.push({});
    for (const element of list) if (isPlainObject(element)) setSubAttribute(ctx, subDef!, element, value, target.text);
    storeList(holder, def, list);
    return;
  }
  const element = isPlainObject(current) ? current : {};
  setSubAttribute(ctx, subDef!, element, value, target.text);
  if (Object.keys(element).length === 0) delete holder[def.name];
  else holder[def.name] = element;
}

/**
 * `add` and `replace` on one target (RFC 7644 §3.5.2.1, §3.5.2.3): simple attributes are set; complex
 * ones merge the given sub-attributes; multi-valued ones append (add; without duplicates, `members` by
 * `value`) or are replaced wholesale (replace); value-filter paths update every matching element; when
 * none matches, add builds one from the filter's `eq` tests (Entra-compatible) and replace is 400
 * noTarget (RFC 7644 §3.5.2.3). A
 * `null` value under replace unassigns the attribute.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.1
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.3
 */
export function addOrReplace(ctx: PatchContext, target: PatchTarget, raw: unknown, op: 'add' | 'replace'): void {
  if (skipReadOnly(ctx, target, raw, false)) return;
  if (target.filter) return writeThroughFilter(ctx, target, raw, op);
  if (target.subDef) return writeSubAttribute(ctx, target, raw);
  const { def } = target;
  const value = coerceValue(def, raw, target.isExtension ? `${target.schemaUrn}:${def.name}` : def.name, strictCoercion(ctx));
  const holder = holderOf(ctx, target, value !== undefined);
  if (!holder) return;
  if (value === undefined) {
    if (op === 'replace') {
      checkImmutable(ctx, def, holder[def.name], undefined, target.text);
      delete holder[def.name];
    }
    return;
  }
  if (def.multiValued) {
    const incoming = value as unknown[];
    const current = holder[def.name];
    const list: unknown[] = op === 'add' && Array.isArray(current) ? [...current] : [];
    const touched: unknown[] = [];
    for (const item of incoming) {
      const index = list.findIndex((el) => sameElement(def, el, item));
      if (index < 0) list.push(item);
      else if (isPlainObject(list[index]) && isPlainObject(item)) list[index] = { ...(list[index] as object), ...item };
      touched.push(index < 0 ? item : list[index]);
    }
    keepOnePrimary(def, list, touched);
    storeList(holder, def, list);
    return;
  }
  const current = holder[def.name];
  if (def.type === 'complex' && isPlainObject(current)) {
    mergeSubAttributes(ctx, def, current, value as Record<string, unknown>, target.text);
    return;
  }
  checkImmutable(ctx, def, current, value, target.text);
  holder[def.name] = value;
}
