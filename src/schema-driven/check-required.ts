import type { Step } from '../scenario/types.ts';
import { readDefinition } from './attribute-targets.ts';
import { CREATED, baseBody, createStep, withExtension } from './build-steps.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import { generateValue } from './generate-value.ts';
import type { Generation } from './generation.ts';

/**
 * For each extension of the User and Group resource types: when the resource type declares it required, a create
 * without it answers 400 (RFC 7643 §6: a resource of this type MUST include it, a MUST: failure); for each of its
 * required attributes, and each required sub-attribute of its complex attributes, a create with the extension
 * but without that one answers 400 (a MUST for a required extension; for an optional one RFC 7643 §2.2 only
 * declares it required, so a server taking it is a warning); then a create with every required value answers 201
 * and returns them (RFC 7643 §6).
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-6
 */
export function checkRequired(declared: DeclaredSchemas, options: { maxSteps: number }): Generation {
  const steps: Step[] = [];
  const notExercised: string[] = [];
  let n = 0;
  for (const rt of declared.resourceTypes) {
    const kind = rt.name.toLowerCase() === 'user' || rt.endpoint.toLowerCase() === '/users' ? 'User' : rt.name.toLowerCase() === 'group' || rt.endpoint.toLowerCase() === '/groups' ? 'Group' : undefined;
    if (!kind) continue;
    for (const extension of rt.extensions) {
      const schema = declared.schemas.find((s) => s.id === extension.schema);
      if (!schema) {
        notExercised.push(`${extension.schema}: /Schemas does not define it`);
        continue;
      }
      const defs = schema.attributes.map(readDefinition);
      const target = { resourceType: kind, coreSchema: rt.schema, endpoint: rt.endpoint } as const;
      const base = baseBody(target, declared, ++n);
      const full: Record<string, unknown> = {};
      const missing = defs.filter((d) => d.required && d.mutability !== 'readOnly').find((d) => {
        const g = generateValue(d);
        if ('value' in g) full[d.name] = g.value;
        return 'skip' in g;
      });
      if (!base || missing) {
        notExercised.push(`${extension.schema}: a required value cannot be generated (${missing?.name ?? `the ${kind}'s core schema`})`);
        continue;
      }
      const core = structuredClone(base);
      delete core[extension.schema];
      core['schemas'] = (core['schemas'] as string[]).filter((s) => s !== extension.schema);
      // Each create gets its own userName (or displayName), so one the server wrongly takes does not block the next.
      const fresh = (body: Record<string, unknown>) => ({ ...body, ...(kind === 'User' ? { userName: `{{user${++n}.userName}}` } : { displayName: `{{group${++n}.displayName}}` }) });
      const severity = extension.required ? 'failure' : 'warning';
      const level = extension.required ? 'RFC 7643 §6 (a required extension\'s required attributes MUST be included)' : 'RFC 7643 §2.2 and §7 ("required"; the extension itself is optional)';
      const refused = (what: string): Step['expect'] => ({ status: extension.required ? 400 : [400, ...CREATED], mediaType: false, errorSchema: false, body: [{ pointer: '/status', equals: '400', whenStatus: [...CREATED], severity, because: `the server created a ${kind} ${what}`, reference: level }] });
      if (extension.required) {
        steps.push(createStep({ name: `${extension.schema} (required extension): create a ${kind} without it`, endpoint: rt.endpoint, body: fresh(core), expect: { status: 400, mediaType: false, errorSchema: false }, reference: 'RFC 7643 §6 (a resource of this type MUST include this schema extension)' }));
      }
      // An extension object left empty is no extension at all: send an optional value beside the others.
      const optional = defs.find((d) => !d.required && d.type !== 'complex' && d.mutability === 'readWrite' && d.returned !== 'never' && 'value' in generateValue(d));
      const filler = optional ? { [optional.name]: (generateValue(optional) as { value: unknown }).value } : {};
      for (const def of defs.filter((d) => d.name in full)) {
        const rest = { ...filler, ...full };
        delete rest[def.name];
        steps.push(createStep({ name: `${extension.schema}:${def.name} (required): create without it`, endpoint: rt.endpoint, body: fresh(withExtension(core, extension.schema, rest)), expect: refused(`whose ${extension.schema} lacks the required ${def.name}`), reference: level }));
      }
      for (const def of defs.filter((d) => d.type === 'complex' && !d.required && d.mutability !== 'readOnly')) {
        for (const sub of def.subAttributes.filter((s) => s.required)) {
          const value = generateValue({ ...def, multiValued: false });
          if ('skip' in value) {
            notExercised.push(`${extension.schema}:${def.name}.${sub.name}: ${value.skip}`);
            continue;
          }
          const partial = { ...(value.value as Record<string, unknown>) };
          delete partial[sub.name];
          const sent = def.multiValued ? [partial] : partial;
          steps.push(createStep({ name: `${extension.schema}:${def.name}.${sub.name} (required sub-attribute): create without it`, endpoint: rt.endpoint, body: fresh(withExtension(core, extension.schema, { ...full, [def.name]: sent })), expect: refused(`whose ${def.name} lacks its required sub-attribute ${sub.name}`), reference: 'RFC 7643 §2.2 and §7 ("required")' }));
        }
      }
      if (Object.keys(full).length > 0 || extension.required) {
        const pointer = (name: string) => `/${extension.schema}/${name}`;
        steps.push(createStep({
          name: `${extension.schema} (required attributes): create with them`,
          endpoint: rt.endpoint,
          body: fresh(withExtension(core, extension.schema, full)),
          expect: { status: CREATED, mediaType: false, body: [{ pointer: '/schemas', contains: extension.schema, because: `a ${kind} that includes the extension lists its URN in schemas`, reference: 'RFC 7643 §3; RFC 7643 §6' }, ...Object.keys(full).map((name) => ({ pointer: pointer(name), exists: true, because: `the required ${name} sent in the extension comes back`, reference: 'RFC 7643 §6' }))] },
          reference: 'RFC 7643 §6',
        }));
      }
    }
  }
  const capped = steps.slice(options.maxSteps).map((s) => `${s.name}: beyond the cap of ${options.maxSteps} steps`);
  const kept = steps.slice(0, options.maxSteps);
  return { steps: kept, notExercised: [...notExercised, ...capped], ...(kept.length === 0 ? { nothing: notExercised.length ? `no extension could be exercised: ${notExercised.join('; ')}` : 'no User or Group extension declares a required attribute, and none is required' } : {}) };
}
