import type { AttributeDefinition } from './attribute-targets.ts';

/** A value for an attribute, or why the harness cannot make one safely. */
export type Generated = { value: unknown } | { skip: string };

/** Reference types that name a resource (RFC 7643 §7 `referenceTypes`): a value needs an existing resource. */
const NON_RESOURCE_REFERENCES = new Set(['external', 'uri']);

/**
 * Well-known core attribute values a server may validate: a generated string would not be an email or a
 * phone number. Keyed by `<attribute>.<sub-attribute>`.
 */
const KNOWN_VALUES: Readonly<Record<string, readonly [unknown, unknown]>> = {
  'emails.value': ['{{user1.email}}', '{{user2.email}}'],
  'phoneNumbers.value': ['{{user1.phone}}', '{{user2.phone}}'],
  'password.': ['{{user1.password}}', '{{user2.password}}'],
  'locale.': ['en-US', 'fr-FR'],
  'preferredLanguage.': ['en-US', 'fr-FR'],
  'timezone.': ['Europe/Paris', 'America/New_York'],
};

/**
 * A value of the declared type (RFC 7643 §2.3), unique to this scenario where the type allows (strings carry the
 * scenario's `{{data.prefix}}`); `variant` 1 gives a different value of the same type, for a change. Complex
 * values hold a value for each writable sub-attribute; multi-valued ones are a one-element array. A reference to
 * another resource (referenceTypes User, Group…) is not generated: it needs a resource of that type.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function generateValue(def: AttributeDefinition, variant: 0 | 1 = 0, parent = ''): Generated {
  const single = generateSingle(def, variant, parent);
  if ('skip' in single) return single;
  return def.multiValued ? { value: [single.value] } : single;
}

function generateSingle(def: AttributeDefinition, variant: 0 | 1, parent: string): Generated {
  const known = KNOWN_VALUES[`${parent || def.name}.${parent ? def.name : ''}`];
  if (known) return { value: known[variant] };
  if (def.canonicalValues?.length === 0) return { skip: `${def.name} declares an empty canonicalValues list, which admits no value` };
  if (def.canonicalValues) {
    const value = def.canonicalValues[variant] ?? (variant === 0 ? def.canonicalValues[0] : undefined);
    return value === undefined ? { skip: `${def.name} declares one canonical value only, so it cannot be changed to another` } : { value };
  }
  const tag = `${parent ? `${parent}-` : ''}${def.name}`.replace(/[^A-Za-z0-9-]/g, '');
  switch (def.type) {
    case 'string':
      return { value: `{{data.prefix}}${tag}-${variant === 0 ? 'a' : 'b'}` };
    case 'boolean':
      return { value: variant === 0 };
    case 'integer':
      return { value: variant === 0 ? 42 : 43 };
    case 'decimal':
      return { value: variant === 0 ? 4.5 : 5.25 };
    case 'dateTime':
      return { value: variant === 0 ? '2026-01-02T03:04:05Z' : '2026-02-03T04:05:06Z' };
    case 'binary':
      // base64 of "scim-conformance" and "scim-conformance-2" (RFC 4648 §4, RFC 7643 §2.3.6).
      return { value: variant === 0 ? 'c2NpbS1jb25mb3JtYW5jZQ==' : 'c2NpbS1jb25mb3JtYW5jZS0y' };
    case 'reference':
      return generateReference(def, variant, tag);
    case 'complex':
      return generateComplex(def, variant);
    default:
      return { skip: `${def.name} has the type ${JSON.stringify(def.type)}, which RFC 7643 §2.3 does not define` };
  }
}

function generateReference(def: AttributeDefinition, variant: 0 | 1, tag: string): Generated {
  const resources = def.referenceTypes.filter((t) => !NON_RESOURCE_REFERENCES.has(t));
  if (def.referenceTypes.length > 0 && resources.length === def.referenceTypes.length) {
    return { skip: `${def.name} refers to a ${resources.join(' or ')} resource, which a generated value cannot name (the bulk-reference check sets such references)` };
  }
  if (def.referenceTypes.includes('uri') && !def.referenceTypes.includes('external')) return { value: `urn:example:scim-conformance:${tag}:${variant}` };
  return { value: `https://example.com/scim-conformance/{{data.prefix}}${tag}-${variant}` };
}

function generateComplex(def: AttributeDefinition, variant: 0 | 1): Generated {
  if (def.subAttributes.length === 0) return { skip: `${def.name} is complex but declares no subAttributes, so the harness cannot tell what to send` };
  const value: Record<string, unknown> = {};
  for (const sub of def.subAttributes) {
    if (sub.mutability === 'readOnly' || (sub.type === 'reference' && !sub.required)) continue;
    if (sub.name === 'primary' || (sub.name === 'value' && def.subAttributes.some((s) => s.type === 'reference' && s.referenceTypes.some((t) => !NON_RESOURCE_REFERENCES.has(t))))) {
      if (sub.name === 'primary') value[sub.name] = true;
      else return { skip: `${def.name} refers to another resource (its $ref), which a generated value cannot name` };
      continue;
    }
    const generated = generateSingle({ ...sub, multiValued: false }, variant, def.name);
    if ('skip' in generated) {
      if (sub.required) return { skip: `${def.name}: ${generated.skip}` };
      continue;
    }
    value[sub.name] = generated.value;
  }
  return Object.keys(value).length > 0 ? { value } : { skip: `${def.name} has no sub-attribute a client may write` };
}
