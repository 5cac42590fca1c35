import { unknownAttributes, type ResourceTypeDef } from '../scim/index.ts';
import type { Finding } from './finding.ts';

/**
 * Flags what a POST/PUT resource body gets wrong: missing or unknown `schemas` URNs, extension objects
 * not declared in `schemas`, missing required attributes, attributes no schema defines.
 * @see RFC 7643 §3 (schemas), §3.3 (extensions), §2.4 and §7 (required); RFC 7644 §3.3
 */
export function checkResourceBody(input: Record<string, unknown>, rt: ResourceTypeDef): Finding[] {
  const findings: Finding[] = [];
  const known = [rt.schema.id, ...rt.extensions.map((extension) => extension.schema.id)].map((urn) => urn.toLowerCase());
  const schemas = input['schemas'];
  if (!Array.isArray(schemas) || schemas.length === 0) {
    findings.push({
      rule: 'missing-schemas',
      rfc: 'RFC 7643 §3',
      message: `${rt.name} body: expected "schemas": ["${rt.schema.id}"], got ${JSON.stringify(schemas ?? null)}. Every resource names its schemas; add the array.`,
    });
  } else {
    const declared = schemas.map((urn) => String(urn).toLowerCase());
    for (const urn of schemas) {
      if (!known.includes(String(urn).toLowerCase())) {
        findings.push({
          rule: 'unknown-schema',
          rfc: 'RFC 7643 §3; RFC 7644 §3.3',
          message: `${rt.name} body: "schemas" lists ${JSON.stringify(urn)}, which /ResourceTypes/${rt.name} does not support (expected ${[rt.schema.id, ...rt.extensions.map((e) => e.schema.id)].join(', ')}). Read /ResourceTypes and /Schemas and send only those URNs.`,
        });
      }
    }
    if (!declared.includes(rt.schema.id.toLowerCase())) {
      findings.push({
        rule: 'missing-core-schema',
        rfc: 'RFC 7643 §3',
        message: `${rt.name} body: "schemas" must include the core schema ${rt.schema.id}; got ${JSON.stringify(schemas)}. Add it.`,
      });
    }
    for (const key of Object.keys(input)) {
      if (key.toLowerCase().startsWith('urn:') && known.includes(key.toLowerCase()) && !declared.includes(key.toLowerCase())) {
        findings.push({
          rule: 'extension-not-declared',
          rfc: 'RFC 7643 §3.3',
          message: `${rt.name} body: carries the extension object "${key}" but "schemas" does not list it. Add the URN to "schemas".`,
        });
      }
    }
  }
  const present = new Set(Object.keys(input).map((key) => key.toLowerCase()));
  for (const def of rt.schema.attributes) {
    if (def.required && def.mutability !== 'readOnly' && !present.has(def.name.toLowerCase())) {
      findings.push({
        rule: 'missing-required-attribute',
        rfc: 'RFC 7643 §2.4, §7',
        message: `${rt.name} body: the required attribute "${def.name}" is missing. The service provider must reject it with 400; always send "${def.name}".`,
      });
    }
  }
  for (const path of unknownAttributes(input, rt)) {
    findings.push({
      rule: 'unknown-attribute',
      rfc: 'RFC 7643 §3; RFC 7644 §3.3',
      message: `${rt.name} body: "${path}" is not defined by any schema of /ResourceTypes/${rt.name}. Service providers may reject or drop it; map only attributes /Schemas lists.`,
    });
  }
  return findings;
}
