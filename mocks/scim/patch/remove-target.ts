import { findSubAttribute } from '../attribute-lookup.ts';
import { coerceValue } from '../coerce-value.ts';
import { deepEqual, isPlainObject } from '../json-value.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import { skipReadOnly } from './add-or-replace.ts';
import { checkImmutable, holderOf, setSubAttribute, storeList, strictCoercion, type PatchContext } from './patch-context.ts';
import type { PatchTarget } from './patch-target.ts';

function sameValue(def: AttributeDef, element: unknown, item: unknown): boolean {
  const valueSub = findSubAttribute(def, 'value');
  if (valueSub && isPlainObject(item) && item[valueSub.name] !== undefined && isPlainObject(element)) {
    const a = element[valueSub.name];
    const b = item[valueSub.name];
    if (typeof a === 'string' && typeof b === 'string' && !valueSub.caseExact) return a.toLowerCase() === b.toLowerCase();
    return a === b;
  }
  return deepEqual(element, item);
}

/**
 * `remove` on one target (RFC 7644 §3.5.2.2): an absent attribute is a successful no-op; a value filter
 * removes the matching elements (or their sub-attribute); `members` with a `value` array (Entra's
 * default dialect, OneLogin) removes just the listed members instead of all of them.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2.2
 */
export function removeTarget(ctx: PatchContext, target: PatchTarget, raw: unknown, hasValue: boolean): void {
  if (skipReadOnly(ctx, target, undefined, true)) return;
  const { def, subDef, filter } = target;
  const holder = holderOf(ctx, target, false);
  const current = holder?.[def.name];
  if (!holder || current === undefined) return;
  const list: unknown[] = Array.isArray(current) ? [...current] : [current];
  if (filter || subDef) {
    const kept: unknown[] = [];
    for (const element of list) {
      const selected = isPlainObject(element) && (!filter || filter(element));
      if (!selected) kept.push(element);
      else if (subDef) {
        setSubAttribute(ctx, subDef, element, undefined, target.text);
        kept.push(element);
      }
    }
    if (def.multiValued) storeList(holder, def, kept);
    else if (kept.length === 0 || (isPlainObject(kept[0]) && Object.keys(kept[0]).length === 0)) delete holder[def.name];
    return;
  }
  if (def.multiValued && hasValue && raw !== null) {
    const items = (coerceValue(def, raw, def.name, strictCoercion(ctx)) as unknown[] | undefined) ?? [];
    storeList(holder, def, list.filter((element) => !items.some((item) => sameValue(def, element, item))));
    return;
  }
  checkImmutable(ctx, def, current, undefined, target.text);
  delete holder[def.name];
}
