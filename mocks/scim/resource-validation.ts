import { findExtensionSchema, schemaUrnsOf } from './attribute-lookup.ts';
import { coerceValue } from './coerce-value.ts';
import { deepEqual, describeValue, isPlainObject } from './json-value.ts';
import { walkResourceBody } from './resource-body.ts';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from './schema/schema-types.ts';
import { ScimError } from './scim-error.ts';

/** Options for {@link prepareResource}. */
export interface PrepareOptions {
  /**
   * What to do with a `schemas` URN the resource type does not know. `reject` (default): 400
   * invalidValue. `ignore`: drop it (Entra's documented Create Group body still carries
   * `http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group`).
   */
  unknownSchemas?: 'reject' | 'ignore';
}

const DROP = { onUnknown: () => {}, dropReadOnly: true };

function readSchemas(input: Record<string, unknown>, rt: ResourceTypeDef, unknownSchemas: 'reject' | 'ignore'): string[] {
  const key = Object.keys(input).find((k) => k.toLowerCase() === 'schemas');
  const raw = key === undefined ? undefined : input[key];
  const core = rt.schema.id;
  if (!Array.isArray(raw) || raw.some((urn) => typeof urn !== 'string')) {
    throw new ScimError(
      400,
      `Attribute "schemas" expects an array of schema URNs but got ${describeValue(raw)}. ` +
        `RFC 7643 §3 requires every resource to list its schemas; send "schemas": ["${core}"].`,
      'invalidSyntax',
    );
  }
  const known = schemaUrnsOf(rt);
  const out: string[] = [];
  for (const urn of raw as string[]) {
    const canonical = known.find((k) => k.toLowerCase() === urn.toLowerCase());
    if (canonical === undefined) {
      if (unknownSchemas === 'ignore') continue;
      throw new ScimError(
        400,
        `Attribute "schemas" contains "${urn}", which the ${rt.name} resource type does not define (it knows ${known.map((k) => `"${k}"`).join(', ')}). ` +
          `RFC 7643 §3 allows only the resource type's schema and its extensions (§6); remove the URN or fix its spelling.`,
        'invalidValue',
      );
    }
    if (!out.includes(canonical)) out.push(canonical);
  }
  if (!out.includes(core)) {
    throw new ScimError(
      400,
      `Attribute "schemas" is ${JSON.stringify(raw)} but must include "${core}". ` +
        `RFC 7643 §3 requires the resource type's core schema URN in "schemas"; add it.`,
      'invalidSyntax',
    );
  }
  return out;
}

function isMissing(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function checkRequired(schema: SchemaDef, holder: Record<string, unknown> | undefined, prefix: string): void {
  for (const def of schema.attributes) {
    checkRequiredSubAttributes(def, holder?.[def.name], `${prefix}${def.name}`);
    if (def.required && isMissing(holder?.[def.name])) {
      throw new ScimError(
        400,
        `Attribute "${prefix}${def.name}" is required but ${holder?.[def.name] === undefined ? 'is missing' : 'is empty'}. ` +
          `RFC 7643 §${schema.name === 'Group' ? '4.2' : '4.1'} marks it REQUIRED; send a non-empty value.`,
        'invalidValue',
      );
    }
  }
}

/** A complex value (or each value of a multi-valued one) must carry its required sub-attributes (RFC 7643 §2.2, §7). */
function checkRequiredSubAttributes(def: AttributeDef, value: unknown, path: string): void {
  if (def.type !== 'complex' || !def.subAttributes || value === undefined) return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!isPlainObject(item)) continue;
    const missing = def.subAttributes.find((sub) => sub.required && isMissing(item[sub.name]));
    if (missing) {
      throw new ScimError(
        400,
        `Attribute "${path}.${missing.name}" is required in every ${path} value but is missing. ` +
          `The schema marks the sub-attribute required (RFC 7643 §2.2); send it, or leave out ${path}.`,
        'invalidValue',
      );
    }
  }
}

function checkImmutable(defs: AttributeDef[], next: Record<string, unknown>, existing: Record<string, unknown> | undefined, prefix: string): void {
  if (!existing) return;
  for (const def of defs) {
    const before = existing[def.name];
    if (before === undefined) continue;
    if (def.mutability === 'immutable') {
      if (next[def.name] === undefined) next[def.name] = before;
      else if (!deepEqual(before, next[def.name])) {
        throw new ScimError(
          400,
          `Attribute "${prefix}${def.name}" is immutable: it is ${describeValue(before)} and the request sets ${describeValue(next[def.name])}. ` +
            `RFC 7643 §2.2 forbids changing an immutable value once set; send the current value or omit it.`,
          'mutability',
        );
      }
    } else if (def.type === 'complex' && !def.multiValued && def.subAttributes && isPlainObject(before) && isPlainObject(next[def.name])) {
      checkImmutable(def.subAttributes, next[def.name] as Record<string, unknown>, before, `${prefix}${def.name}.`);
    }
  }
}

/**
 * Validates and normalises a POST or PUT body (RFC 7644 §3.3, §3.5.1) into the stored form: `schemas`
 * canonical (core URN required, only known URNs), attribute names in schema case, values coerced to their
 * type (`"True"` → true), readOnly attributes dropped (`id`, `meta`, `groups`, `manager.displayName`),
 * writeOnly kept (`password`), null / empty arrays dropped, extension attributes under their URN key,
 * unknown attributes left out (list them with {@link unknownAttributes}). In `replace` mode with
 * `existing`, immutable attributes must keep their value (an omitted one is carried over). The result
 * has no `id` or `meta`; the store adds them.
 * @throws ScimError 400 invalidSyntax (not an object, bad or incomplete `schemas`), invalidValue (unknown
 *   schema URN, wrong type, missing required attribute), mutability (immutable attribute changed).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.1
 */
export function prepareResource(
  input: unknown,
  rt: ResourceTypeDef,
  mode: 'create' | 'replace',
  existing?: Record<string, unknown>,
  options: PrepareOptions = {},
): Record<string, unknown> {
  const { unknownSchemas = 'reject' } = options;
  if (!isPlainObject(input)) {
    throw new ScimError(
      400,
      `The ${mode === 'create' ? 'POST' : 'PUT'} body for a ${rt.name} must be a JSON object but is ${describeValue(input)}. ` +
        `RFC 7644 §3.3 sends one resource as a JSON object; send {"schemas": ["${rt.schema.id}"], …}.`,
      'invalidSyntax',
    );
  }
  const schemas = readSchemas(input, rt, unknownSchemas);
  const out: Record<string, unknown> = { schemas };
  const walked = walkResourceBody(input, rt);
  for (const { resolved, value } of walked.attributes) {
    const { def, isExtension, schemaUrn } = resolved;
    if (def.mutability === 'readOnly') continue;
    const path = isExtension ? `${schemaUrn}:${def.name}` : def.name;
    const coerced = coerceValue(def, value, path, DROP);
    if (coerced === undefined) continue;
    let holder = out;
    if (isExtension) {
      holder = (out[schemaUrn] as Record<string, unknown> | undefined) ?? {};
      out[schemaUrn] = holder;
      if (!schemas.includes(schemaUrn)) schemas.push(schemaUrn);
    }
    holder[def.name] = coerced;
  }
  checkImmutable(rt.schema.attributes, out, mode === 'replace' ? existing : undefined, '');
  checkRequired(rt.schema, out, '');
  for (const { schema, required } of rt.extensions) {
    const holder = out[schema.id] as Record<string, unknown> | undefined;
    if (mode === 'replace' && existing && isPlainObject(existing[schema.id])) {
      const next = holder ?? {};
      checkImmutable(schema.attributes, next, existing[schema.id] as Record<string, unknown>, `${schema.id}:`);
      if (Object.keys(next).length > 0) out[schema.id] = next;
    }
    if (required && holder === undefined) {
      throw new ScimError(
        400,
        `Extension "${schema.id}" is required for ${rt.name} resources but the body has no "${schema.id}" object. ` +
          `RFC 7643 §6 lets a resource type require an extension; send its attributes under that key.`,
        'invalidValue',
      );
    }
    if (holder !== undefined) checkRequired(schema, holder, `${schema.id}:`);
  }
  return out;
}

/**
 * The attribute paths in a POST/PUT body that the resource type does not define (`nickname`,
 * `name.middle`, `urn:…:enterprise:2.0:User:shoeSize`, `department` at the top level), so a mock can
 * flag them as client violations while storing the rest. `schemas` is never reported.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function unknownAttributes(input: unknown, rt: ResourceTypeDef): string[] {
  if (!isPlainObject(input)) return [];
  try {
    return walkResourceBody(input, rt).unknown;
  } catch {
    return [];
  }
}

/**
 * The `schemas` URNs in a body that the resource type does not define (`…enterprise:2.0User` typos,
 * Entra's legacy `http://schemas.microsoft.com/…/ADSCIM/2.0/Group`).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function unknownSchemaUrns(input: unknown, rt: ResourceTypeDef): string[] {
  if (!isPlainObject(input)) return [];
  const key = Object.keys(input).find((k) => k.toLowerCase() === 'schemas');
  const raw = key === undefined ? undefined : input[key];
  if (!Array.isArray(raw)) return [];
  const known = new Set(schemaUrnsOf(rt).map((urn) => urn.toLowerCase()));
  return raw.filter((urn): urn is string => typeof urn === 'string' && !known.has(urn.toLowerCase()) && !findExtensionSchema(rt, urn));
}
