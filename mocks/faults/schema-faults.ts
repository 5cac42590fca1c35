import type { Fault, SchemaFault } from './fault-types.ts';

function schemaFault(id: SchemaFault, description: string, breaks: string): Fault {
  return { id, description, breaks, apply: (b) => void b.schemaFaults.push(id) };
}

/**
 * Faults that break one characteristic the server declares in /Schemas (RFC 7643 §2, §7): what the schema-driven
 * checks (src/schema-driven/) exist to catch. They act on the custom acme extension (and every other extension).
 */
export const SCHEMA_FAULTS: readonly Fault[] = [
  schemaFault('schema-attribute-malformed', '/Schemas serves the acme extension with malformed definitions: a quoted keyword ("\\"writeOnly\\""), a name with a space, a type "int", a boolean with subAttributes, a complex sub-attribute, a complex attribute without subAttributes, no uniqueness (RFC 7643 §1.1, §1.2, §2.1, §2.3, §2.3.8, §7).', 'Clients that build their mapping from /Schemas (Okta\'s and Entra\'s attribute discovery, SCIM SDKs) misread or reject the schema.'),
  schemaFault('immutable-overwritten', 'A PUT changes an attribute declared immutable instead of answering 400 mutability (RFC 7643 §7, RFC 7644 §3.5.1).', 'An identifier the server promised never changes (a badge number) is silently rewritten.'),
  schemaFault('read-only-stored', 'A readOnly extension attribute sent in a POST is stored and returned (RFC 7644 §3.3: SHALL be ignored).', 'Clients can forge server-set values.'),
  schemaFault('write-only-returned', 'Extension attributes declared writeOnly or returned "never" are returned (RFC 7643 §7).', 'Secrets (PINs, hashes) leak into IdP logs.'),
  schemaFault('returned-request-always', 'Extension attributes declared returned "request" are returned unasked (RFC 7643 §7).', 'Responses carry data the client did not ask for.'),
  schemaFault('extension-required-ignored', 'Required attributes and sub-attributes of extensions are not demanded: a create without them succeeds (RFC 7643 §6, §2.2).', 'Resources are stored without data the server declares required.'),
  schemaFault('extension-uniqueness-ignored', 'Extension attributes declared uniqueness "server" are not checked: two resources hold the same value (RFC 7643 §7).', 'Two people get the same badge number.'),
  schemaFault('extension-types-stringified', 'Extension integers, decimals and booleans come back as strings ("42", "true") (RFC 7643 §2.3).', 'Typed clients fail to parse the resource or compare values wrongly.'),
  schemaFault('bulk-id-unresolved-in-extensions', 'Bulk replaces "bulkId:…" references in core attributes only; in extension attributes the bulkId stays (RFC 7644 §3.7.2).', 'A manager or sponsor set in one BulkRequest points at nothing.'),
];
