import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SchemaName } from '../scenario/types.ts';
import { describeAjvErrors } from './describe-ajv-errors.ts';
import { isScimDateTime } from './scim-date-time.ts';
import commonSchema from './common.schema.json' with { type: 'json' };
import userSchema from './user.schema.json' with { type: 'json' };
import groupSchema from './group.schema.json' with { type: 'json' };
import listResponseSchema from './list-response.schema.json' with { type: 'json' };
import errorSchema from './error.schema.json' with { type: 'json' };
import patchOpSchema from './patch-op.schema.json' with { type: 'json' };
import serviceProviderConfigSchema from './service-provider-config.schema.json' with { type: 'json' };

/** The RFC section each body schema is written from; reports cite it beside every schema finding. */
export const SCHEMA_REFERENCES: Readonly<Record<SchemaName, string>> = {
  User: 'RFC 7643 §4.1',
  Group: 'RFC 7643 §4.2',
  ListResponse: 'RFC 7644 §3.4.2',
  Error: 'RFC 7644 §3.12',
  PatchOp: 'RFC 7644 §3.5.2',
  ServiceProviderConfig: 'RFC 7643 §5',
};

export type BodyValidation = { valid: true } | { valid: false; errors: string[]; reference: string };

const SCHEMA_IDS: Readonly<Record<SchemaName, string>> = {
  User: userSchema.$id,
  Group: groupSchema.$id,
  ListResponse: listResponseSchema.$id,
  Error: errorSchema.$id,
  PatchOp: patchOpSchema.$id,
  ServiceProviderConfig: serviceProviderConfigSchema.$id,
};

/** The body schemas in the order ajv registers them (common first: the others refer to it). */
export const BODY_SCHEMAS: readonly object[] = [commonSchema, userSchema, groupSchema, listResponseSchema, errorSchema, patchOpSchema, serviceProviderConfigSchema];

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/**
 * Each schema is compiled on its first use, once per process: a run that never checks a Group body never
 * pays for compiling the Group schema, and one that checks no body never loads ajv's formats.
 */
function validatorFor(name: SchemaName): ValidateFunction {
  const known = validators.get(name);
  if (known) return known;
  if (!ajv) {
    // validateSchema off: checking our own schemas against the 2020-12 meta-schema compiles the meta-schema
    // first (about 60 ms per process, in every Playwright worker); validate-body.test.ts checks them instead.
    ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, validateSchema: false });
    addFormatsModule.default(ajv);
    ajv.addFormat('scim-date-time', { type: 'string', validate: isScimDateTime });
    ajv.addSchema([...BODY_SCHEMAS]);
  }
  const validate = ajv.getSchema(SCHEMA_IDS[name]);
  if (!validate) throw new Error(`src/schemas: schema ${SCHEMA_IDS[name]} was not registered; add it to ajv.addSchema in validate-body.ts.`);
  validators.set(name, validate);
  return validate;
}

/**
 * Checks a parsed JSON body against the SCIM schema `name`. Each error reads
 * `<JSON pointer> <what is wrong>`, e.g. `/emails/0/value must be string or null (got 5)` or
 * `(root) must have required property 'id'`; `reference` is the RFC section the schema follows.
 * @example validateBody('Error', { schemas: [ERROR_URN], status: 409 })
 *   // → { valid: false, errors: ['/status must be string (got 409)'], reference: 'RFC 7644 §3.12' }
 * @see RFC 7643 §4.1, §4.2, §5; RFC 7644 §3.4.2, §3.5.2, §3.12
 */
export function validateBody(name: SchemaName, data: unknown): BodyValidation {
  if (!Object.hasOwn(SCHEMA_IDS, name)) throw new TypeError(`validateBody: unknown schema "${String(name)}"; expected one of ${Object.keys(SCHEMA_IDS).join(', ')}.`);
  const validate = validatorFor(name);
  if (validate(data)) return { valid: true };
  const errors = describeAjvErrors(validate.errors).map((p) => `${p.pointer || '(root)'} ${p.message}`);
  return { valid: false, errors, reference: SCHEMA_REFERENCES[name] };
}
