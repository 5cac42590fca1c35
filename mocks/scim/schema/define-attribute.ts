import type { AttributeDef } from './schema-types.ts';

type Characteristics = Partial<Omit<AttributeDef, 'name' | 'type' | 'description'>>;

/**
 * Builds an attribute definition with the RFC 7643 §2.2 defaults (singular, optional, case-insensitive,
 * readWrite, returned by default, no uniqueness); optional keys appear only when given.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.2
 */
export function defineAttribute(
  name: string,
  type: AttributeDef['type'],
  description: string,
  characteristics: Characteristics = {},
): AttributeDef {
  const def: AttributeDef = {
    name,
    type,
    multiValued: characteristics.multiValued ?? false,
    description,
    required: characteristics.required ?? false,
    caseExact: characteristics.caseExact ?? false,
    mutability: characteristics.mutability ?? 'readWrite',
    returned: characteristics.returned ?? 'default',
    uniqueness: characteristics.uniqueness ?? 'none',
  };
  if (characteristics.subAttributes) def.subAttributes = characteristics.subAttributes;
  if (characteristics.canonicalValues) def.canonicalValues = characteristics.canonicalValues;
  if (characteristics.referenceTypes) def.referenceTypes = characteristics.referenceTypes;
  return def;
}

/**
 * The `value`/`display`/`type`/`primary` quartet shared by the multi-valued attributes of RFC 7643 §2.4.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.4
 */
export function multiValuedSubAttributes(
  noun: string,
  options: { valueType?: AttributeDef['type']; referenceTypes?: string[]; types?: string[] } = {},
): AttributeDef[] {
  const { valueType = 'string', referenceTypes, types } = options;
  return [
    defineAttribute('value', valueType, `The value of the ${noun}.`, referenceTypes ? { referenceTypes } : {}),
    defineAttribute('display', 'string', `A human-readable name, primarily used for display purposes.`),
    defineAttribute('type', 'string', `A label indicating the ${noun}'s function.`, types ? { canonicalValues: types } : {}),
    defineAttribute('primary', 'boolean', `A Boolean value indicating the 'primary' or preferred ${noun}.`),
  ];
}
