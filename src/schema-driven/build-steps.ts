import type { BodyCheck, Expectation, Step } from '../scenario/types.ts';
import type { AttributeTarget } from './attribute-targets.ts';
import { isObject, type DeclaredSchemas } from './declared-schemas.ts';
import { readDefinition, type AttributeDefinition } from './attribute-targets.ts';
import { generateValue } from './generate-value.ts';

/** The headers every generated step sends, as the rfc scenarios do. */
export const HEADERS: Readonly<Record<string, string>> = {
  Accept: 'application/scim+json',
  'Content-Type': 'application/scim+json',
  Authorization: '{{auth}}',
};

/**
 * The smallest body the harness can create a resource of this kind with: `userName` (Users) or `displayName`
 * (Groups) from the scenario's generated data (number `n`), plus a value for every other attribute the core
 * schema declares required and every extension the resource type declares required, with that extension's
 * required attributes (RFC 7643 §6). Undefined when a required value cannot be generated.
 */
export function baseBody(target: Pick<AttributeTarget, 'resourceType' | 'coreSchema' | 'endpoint'>, declared: DeclaredSchemas, n: number): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = { schemas: [target.coreSchema] };
  if (target.resourceType === 'User') body['userName'] = `{{user${n}.userName}}`;
  else body['displayName'] = `{{group${n}.displayName}}`;
  const core = declared.schemas.find((s) => s.id === target.coreSchema);
  if (!fillRequired(body, core?.attributes ?? [])) return undefined;
  const rt = declared.resourceTypes.find((t) => t.endpoint === target.endpoint);
  for (const extension of rt?.extensions.filter((e) => e.required) ?? []) {
    const holder: Record<string, unknown> = {};
    if (!fillRequired(holder, declared.schemas.find((s) => s.id === extension.schema)?.attributes ?? [])) return undefined;
    body[extension.schema] = holder;
    (body['schemas'] as string[]).push(extension.schema);
  }
  return body;
}

/** Adds a generated value for each required, client-writable attribute not in `holder`; false when one cannot be made. */
export function fillRequired(holder: Record<string, unknown>, attributes: ReadonlyArray<Record<string, unknown>>): boolean {
  for (const def of attributes.map(readDefinition)) {
    if (!def.required || def.mutability === 'readOnly' || def.name in holder || ['id', 'schemas', 'meta'].includes(def.name)) continue;
    const generated = generateValue(def);
    if ('skip' in generated) return false;
    holder[def.name] = generated.value;
  }
  return true;
}

/**
 * A copy of `body` with the attribute set: under its extension URN (listed in `schemas`) when it is an
 * extension's, with the extension's other required attributes generated too (`declared` given).
 */
export function withAttribute(body: Record<string, unknown>, target: AttributeTarget, value: unknown, declared?: DeclaredSchemas): Record<string, unknown> {
  const copy = structuredClone(body);
  if (!target.extension) {
    copy[target.def.name] = value;
    return copy;
  }
  const holder = isObject(copy[target.schema]) ? (copy[target.schema] as Record<string, unknown>) : {};
  holder[target.def.name] = value;
  if (declared) fillRequired(holder, declared.schemas.find((s) => s.id === target.schema)?.attributes ?? []);
  copy[target.schema] = holder;
  const schemas = copy['schemas'] as string[];
  if (!schemas.includes(target.schema)) schemas.push(target.schema);
  return copy;
}

/** A copy of `body` that also carries `values` under an extension URN (listed in `schemas`). */
export function withExtension(body: Record<string, unknown>, schema: string, values: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(body);
  copy[schema] = { ...(isObject(copy[schema]) ? (copy[schema] as Record<string, unknown>) : {}), ...values };
  const schemas = copy['schemas'] as string[];
  if (!schemas.includes(schema)) schemas.push(schema);
  return copy;
}

/** `POST /Users` (or `/Groups`) with this body; a 201's id is kept as `capture` when given. */
export function createStep(options: { name: string; endpoint: string; body: unknown; expect: Expectation; reference: string; capture?: string; harness?: boolean }): Step {
  return {
    name: options.name,
    ...(options.harness ? { harness: true } : {}),
    request: { method: 'POST', path: options.endpoint, headers: { ...HEADERS }, body: options.body },
    expect: options.expect,
    ...(options.capture ? { capture: { [options.capture]: '/id' } } : {}),
    reference: options.reference,
  };
}

/** `GET <path>` (with an optional query) judged by `body` checks on a 200. */
export function getStep(options: { name: string; path: string; query?: string; body: BodyCheck[]; reference: string; harness?: boolean }): Step {
  const { Accept, Authorization } = HEADERS;
  return {
    name: options.name,
    ...(options.harness ? { harness: true } : {}),
    request: { method: 'GET', path: options.path, ...(options.query ? { query: options.query } : {}), headers: { Accept: Accept!, Authorization: Authorization! } },
    expect: { status: 200, mediaType: false, body: options.body },
    reference: options.reference,
  };
}

/**
 * The statuses a generated create accepts: 201 is RFC 7644 §3.3's and rfc/create-user's subject, not these
 * checks', so a server answering 200 is judged on the attribute, once.
 */
export const CREATED = [201, 200];

/** `PUT <endpoint>/{{<idName>}}` with this body. */
export function putStep(options: { name: string; endpoint: string; idName: string; body: unknown; expect: Expectation; reference: string }): Step {
  return {
    name: options.name,
    request: { method: 'PUT', path: `${options.endpoint}/{{${options.idName}}}`, headers: { ...HEADERS }, body: options.body },
    expect: options.expect,
    reference: options.reference,
  };
}

/**
 * The read-back checks that `value` came back at `pointer`: equality for simple values (ignoring case for a
 * string declared caseExact false, RFC 7643 §2.2; a dateTime only present, its format being the server's, RFC 7643
 * §2.3.5), each member for a complex one, and for a multi-valued one an element holding the members that must
 * come back exactly (case-insensitive strings left out, as a server may canonicalise them).
 */
export function valueChecks(pointer: string, value: unknown, def: AttributeDefinition, because: string, reference: string): BodyCheck[] {
  const subDef = (name: string) => def.subAttributes.find((s) => s.name === name);
  if (Array.isArray(value)) {
    return value.map((item) => {
      const exact = isObject(item) ? Object.fromEntries(Object.entries(item).filter(([k, v]) => !(typeof v === 'string' && !subDef(k)?.caseExact) && subDef(k)?.type !== 'dateTime')) : item;
      if (def.type === 'dateTime' || (typeof item === 'string' && !def.caseExact) || (isObject(exact) && Object.keys(exact).length === 0)) return { pointer, minItems: 1, because, reference };
      return { pointer, contains: exact, because, reference };
    });
  }
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => simpleCheck(`${pointer}/${key}`, item, subDef(key), because, reference));
  return simpleCheck(pointer, value, def, because, reference);
}

function simpleCheck(pointer: string, value: unknown, def: AttributeDefinition | undefined, because: string, reference: string): BodyCheck[] {
  if (def?.type === 'dateTime') return [{ pointer, exists: true, because, reference }];
  if (typeof value === 'string' && def && !def.caseExact) return [{ pointer, equalsIgnoreCase: value, because, reference }];
  return [{ pointer, equals: value, because, reference }];
}

/** A query string `filter=<expression>` percent-encoded, with `{{…|url}}` placeholders left to the engine. */
export function filterQuery(parts: ReadonlyArray<string | { placeholder: string }>): string {
  return `filter=${parts.map((p) => (typeof p === 'string' ? encodeURIComponent(p) : `{{${p.placeholder}|url}}`)).join('')}`;
}
