import { ScimError, type AttributeDef, type ResourceTypeDef, type SchemaDef } from '../scim/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { MockContext } from './mock-context.ts';

/**
 * Where the mock honours (or, under a schema fault, breaks) the characteristics an extension schema declares,
 * beyond what prepareResource and projectResource do: `uniqueness: server` of extension attributes, and the
 * faults the schema-driven checks (src/schema-driven/) are proven with.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */

/**
 * No other resource of the kind may hold the value of an extension attribute declared `uniqueness: server` or
 * `global` (compared by its caseExact). Runs only for values present, so resources without them cost nothing.
 * @throws ScimError 409 uniqueness
 */
export function assertExtensionValuesUnique(context: MockContext, rt: ResourceTypeDef, resource: StoredResource): void {
  if (context.behaviour.schemaFaults.includes('extension-uniqueness-ignored')) return;
  for (const { schema } of rt.extensions) {
    const holder = resource[schema.id] as Record<string, unknown> | undefined;
    if (!holder || typeof holder !== 'object') continue;
    for (const def of schema.attributes.filter((d) => d.uniqueness !== 'none' && d.type !== 'complex' && !d.multiValued && holder[d.name] !== undefined)) {
      const key = fold(def, holder[def.name]);
      for (const other of context.store.values(rt.name === 'Group' ? 'Group' : 'User')) {
        const theirs = (other[schema.id] as Record<string, unknown> | undefined)?.[def.name];
        if (other.id !== resource.id && theirs !== undefined && fold(def, theirs) === key) {
          throw new ScimError(409, `${schema.id}:${def.name} ${JSON.stringify(holder[def.name])} is already held by ${rt.name} ${other.id}; the schema declares it unique (uniqueness "${def.uniqueness}", RFC 7643 §7).`, 'uniqueness');
        }
      }
    }
  }
}

function fold(def: AttributeDef, value: unknown): unknown {
  return typeof value === 'string' && !def.caseExact ? value.toLowerCase() : value;
}

/** The resource type as prepareResource should see it: under extension-required-ignored, no extension attribute is required. */
export function resourceTypeForWrite(context: MockContext, rt: ResourceTypeDef): ResourceTypeDef {
  if (!context.behaviour.schemaFaults.includes('extension-required-ignored')) return rt;
  const optional = (def: AttributeDef): AttributeDef => ({ ...def, required: false, ...(def.subAttributes ? { subAttributes: def.subAttributes.map(optional) } : {}) });
  return { ...rt, extensions: rt.extensions.map((e) => ({ ...e, schema: { ...e.schema, attributes: e.schema.attributes.map(optional) } })) };
}

/** read-only-stored: a readOnly extension attribute the client sent is kept (RFC 7644 §3.3 says ignore it). */
export function keepReadOnlyExtensionValues(context: MockContext, rt: ResourceTypeDef, input: Record<string, unknown>, prepared: Record<string, unknown>): void {
  if (!context.behaviour.schemaFaults.includes('read-only-stored')) return;
  for (const { schema } of rt.extensions) {
    const sent = input[schema.id] as Record<string, unknown> | undefined;
    for (const def of schema.attributes.filter((d) => d.mutability === 'readOnly' && sent?.[d.name] !== undefined)) {
      prepared[schema.id] = { ...(prepared[schema.id] as object | undefined), [def.name]: sent![def.name] };
    }
  }
}

/**
 * Render-time schema faults on a projected resource: write-only-returned (writeOnly / returned-never extension
 * values come back), returned-request-always (returned-request extension values come back unasked),
 * extension-types-stringified (extension numbers and booleans come back as strings).
 */
export function applyRenderFaults(context: MockContext, rt: ResourceTypeDef, stored: StoredResource, projected: Record<string, unknown>): void {
  const faults = context.behaviour.schemaFaults;
  if (faults.length === 0) return;
  for (const { schema } of rt.extensions) {
    const kept = stored[schema.id] as Record<string, unknown> | undefined;
    if (!kept) continue;
    const out = { ...(projected[schema.id] as Record<string, unknown> | undefined) };
    for (const def of schema.attributes) {
      const leak = (faults.includes('write-only-returned') && (def.returned === 'never' || def.mutability === 'writeOnly')) || (faults.includes('returned-request-always') && def.returned === 'request');
      if (leak && kept[def.name] !== undefined) out[def.name] = kept[def.name];
      if (faults.includes('extension-types-stringified') && ['integer', 'decimal', 'boolean'].includes(def.type) && out[def.name] !== undefined) out[def.name] = String(out[def.name]);
    }
    if (Object.keys(out).length > 0) projected[schema.id] = out;
  }
}

/**
 * schema-attribute-malformed: the acme extension's definitions as /Schemas serves them break RFC 7643 §1.1, §1.2,
 * §2.1, §2.3, §2.3.8 and §7 (a quoted keyword, a name with a space, a new type, a simple attribute with
 * sub-attributes, a nested complex sub-attribute, a complex attribute without sub-attributes, a missing
 * `uniqueness`). The mock still stores and checks resources by the correct definitions.
 */
export function servedAttributes(context: MockContext, schema: SchemaDef): unknown[] {
  if (!context.behaviour.schemaFaults.includes('schema-attribute-malformed') || !schema.id.includes(':acme:')) return schema.attributes;
  return schema.attributes.map((def) => {
    switch (def.name) {
      case 'pinCode': return { ...def, mutability: '"writeOnly"' };
      case 'hourlyRate': return { ...def, name: 'hourly rate' };
      case 'floor': return { ...def, type: 'int' };
      case 'remote': return { ...def, subAttributes: [{ ...def, name: 'since', type: 'dateTime' }] };
      case 'vehicle': return { ...def, subAttributes: def.subAttributes!.map((sub) => (sub.name === 'model' ? { ...sub, type: 'complex', subAttributes: [{ ...sub, name: 'make' }] } : sub)) };
      case 'sponsor': { const { subAttributes: _dropped, ...rest } = def; return rest; }
      case 'languages': { const { uniqueness: _missing, ...rest } = def; return rest; }
      default: return def;
    }
  });
}
