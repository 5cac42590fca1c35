import { isObject, type DeclaredSchemas } from './declared-schemas.ts';

/** An attribute definition read with the defaults of RFC 7643 §2.2 for what it leaves out. */
export interface AttributeDefinition {
  name: string;
  type: string;
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
  mutability: string;
  returned: string;
  uniqueness: string;
  /** Absent when the definition lists none; an empty list admits no value (a server may refuse any). */
  canonicalValues?: unknown[];
  referenceTypes: string[];
  subAttributes: AttributeDefinition[];
}

/** One top-level attribute of a resource type the harness can create (User or Group), core or extension. */
export interface AttributeTarget {
  /** `User` or `Group`. */
  resourceType: 'User' | 'Group';
  /** `/Users` or `/Groups`, as the server declares it. */
  endpoint: string;
  /** The resource type's core schema URN. */
  coreSchema: string;
  /** The schema URN the attribute belongs to. */
  schema: string;
  /** True for an extension attribute (held under its schema URN, RFC 7643 §3.3). */
  extension: boolean;
  def: AttributeDefinition;
  /** The full attribute name, `urn:…:acme:2.0:User:badgeNumber`: how steps name it. */
  label: string;
  /** Its JSON pointer in a resource: `/nickName`, `/urn:…:acme:2.0:User/badgeNumber`. */
  pointer: string;
}

/** Reads one definition, with the RFC 7643 §2.2 defaults. */
export function readDefinition(raw: Record<string, unknown>): AttributeDefinition {
  const text = (key: string, fallback: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : fallback);
  const flag = (key: string) => raw[key] === true;
  return {
    name: text('name', ''),
    type: text('type', 'string'),
    multiValued: flag('multiValued'),
    required: flag('required'),
    caseExact: flag('caseExact'),
    mutability: text('mutability', 'readWrite'),
    returned: text('returned', 'default'),
    uniqueness: text('uniqueness', 'none'),
    ...(Array.isArray(raw['canonicalValues']) ? { canonicalValues: raw['canonicalValues'] } : {}),
    referenceTypes: Array.isArray(raw['referenceTypes']) ? raw['referenceTypes'].filter((t): t is string => typeof t === 'string') : [],
    subAttributes: Array.isArray(raw['subAttributes']) ? raw['subAttributes'].filter(isObject).map(readDefinition) : [],
  };
}

const KINDS: ReadonlyArray<'User' | 'Group'> = ['User', 'Group'];

/**
 * Every top-level attribute of the User and Group resource types the server declares, core schema first, then
 * each extension (enterprise and any other): the attributes the schema-driven checks may exercise. Resource types
 * other than User and Group are left out: the harness creates only Users and Groups.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function attributeTargets(declared: DeclaredSchemas): AttributeTarget[] {
  const targets: AttributeTarget[] = [];
  for (const kind of KINDS) {
    const rt = declared.resourceTypes.find((t) => t.name.toLowerCase() === kind.toLowerCase() || t.endpoint.toLowerCase() === `/${kind.toLowerCase()}s`);
    if (!rt) continue;
    for (const [schemaUrn, extension] of [[rt.schema, false], ...rt.extensions.map((e) => [e.schema, true])] as Array<[string, boolean]>) {
      const schema = declared.schemas.find((s) => s.id === schemaUrn);
      for (const raw of schema?.attributes ?? []) {
        const def = readDefinition(raw);
        if (!def.name) continue;
        targets.push({
          resourceType: kind,
          endpoint: rt.endpoint,
          coreSchema: rt.schema,
          schema: schemaUrn,
          extension,
          def,
          label: `${schemaUrn}:${def.name}`,
          pointer: extension ? `/${schemaUrn}/${def.name}` : `/${def.name}`,
        });
      }
    }
  }
  return targets;
}

/** The attributes every resource has (RFC 7643 §3.1) and the harness never sets itself. */
export const COMMON_ATTRIBUTES: ReadonlySet<string> = new Set(['id', 'externalId', 'meta', 'schemas']);
