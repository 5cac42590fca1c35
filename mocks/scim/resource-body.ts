import { findExtensionSchema, findSubAttribute, resolveAttribute, splitAttributePath, type ResolvedAttribute } from './attribute-lookup.ts';
import { describeValue, isPlainObject } from './json-value.ts';
import type { AttributeDef, ResourceTypeDef } from './schema/schema-types.ts';
import { ScimError } from './scim-error.ts';

/** One attribute found in a resource body: where it resolves and the raw value the client sent. */
export interface BodyAttribute {
  /** The key as written, prefixed with the extension URN for extension attributes. */
  key: string;
  resolved: ResolvedAttribute;
  value: unknown;
}

/** The result of walking a resource body against its resource type. */
export interface WalkedBody {
  attributes: BodyAttribute[];
  /** Keys the schema does not define, as paths (`nickname`, `name.middle`, `urn:…:User:foo`). */
  unknown: string[];
  /** Extension URNs whose object appeared in the body (canonical spelling). */
  extensionsUsed: string[];
}

function collectUnknownSubKeys(def: AttributeDef, value: unknown, path: string, unknown: string[]): void {
  if (def.type !== 'complex') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!isPlainObject(item)) continue;
    for (const key of Object.keys(item)) {
      if (!findSubAttribute(def, key) && !unknown.includes(`${path}.${key}`)) unknown.push(`${path}.${key}`);
    }
  }
}

/**
 * Walks the top level of a resource body (RFC 7643 §3): core and common attributes by case-insensitive
 * name, extension objects under their URN key, and URN-qualified attribute keys. `schemas` is skipped.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function walkResourceBody(body: Record<string, unknown>, rt: ResourceTypeDef): WalkedBody {
  const walked: WalkedBody = { attributes: [], unknown: [], extensionsUsed: [] };
  const add = (key: string, resolved: ResolvedAttribute | undefined, value: unknown): void => {
    if (!resolved || resolved.subDef) {
      walked.unknown.push(key);
      return;
    }
    walked.attributes.push({ key, resolved, value });
    collectUnknownSubKeys(resolved.def, value, key, walked.unknown);
  };
  for (const key of Object.keys(body)) {
    if (key.toLowerCase() === 'schemas') continue;
    const extension = findExtensionSchema(rt, key);
    if (extension) {
      const inner = body[key];
      if (inner === null || inner === undefined) continue;
      if (!isPlainObject(inner)) {
        throw new ScimError(
          400,
          `Attribute "${extension.id}" expects an object of extension attributes but got ${describeValue(inner)}. ` +
            `RFC 7643 §3.3 nests extension attributes under their schema URN; send {"${extension.id}": {"attr": …}}.`,
          'invalidValue',
        );
      }
      if (!walked.extensionsUsed.includes(extension.id)) walked.extensionsUsed.push(extension.id);
      for (const innerKey of Object.keys(inner)) {
        add(`${extension.id}:${innerKey}`, resolveAttribute(rt, { schemaUrn: extension.id, attribute: innerKey }), inner[innerKey]);
      }
      continue;
    }
    if (key.slice(0, 4).toLowerCase() === 'urn:') {
      const ref = splitAttributePath(key);
      add(key, ref.subAttribute === undefined ? resolveAttribute(rt, ref) : undefined, body[key]);
      continue;
    }
    add(key, resolveAttribute(rt, { schemaUrn: rt.schema.id, attribute: key }), body[key]);
  }
  return walked;
}
