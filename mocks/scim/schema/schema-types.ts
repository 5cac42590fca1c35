/**
 * One attribute definition, shaped exactly like the JSON of RFC 7643 §7 so a `/Schemas` endpoint can
 * serialise it as is.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export interface AttributeDef {
  name: string;
  type: 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'complex' | 'binary';
  subAttributes?: AttributeDef[];
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  canonicalValues?: string[];
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'never' | 'default' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  referenceTypes?: string[];
}

/** A schema resource (RFC 7643 §7). */
export interface SchemaDef {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDef[];
}

/** A resource type (RFC 7643 §6) with its schema objects resolved. */
export interface ResourceTypeDef {
  name: string;
  endpoint: string;
  schema: SchemaDef;
  extensions: Array<{ schema: SchemaDef; required: boolean }>;
}
