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

type Validators = Record<SchemaName, ValidateFunction>;
let validators: Validators | undefined;

/** Compiled on first use, once per process: a run that never checks a body never pays for ajv. */
function compileValidators(): Validators {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  addFormatsModule.default(ajv);
  ajv.addFormat('scim-date-time', { type: 'string', validate: isScimDateTime });
  ajv.addSchema([commonSchema, userSchema, groupSchema, listResponseSchema, errorSchema, patchOpSchema, serviceProviderConfigSchema]);
  const compiled = (id: string): ValidateFunction => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`src/schemas: schema ${id} was not registered; add it to ajv.addSchema in validate-body.ts.`);
    return validate;
  };
  return {
    User: compiled(userSchema.$id),
    Group: compiled(groupSchema.$id),
    ListResponse: compiled(listResponseSchema.$id),
    Error: compiled(errorSchema.$id),
    PatchOp: compiled(patchOpSchema.$id),
    ServiceProviderConfig: compiled(serviceProviderConfigSchema.$id),
  };
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
  validators ??= compileValidators();
  const validate = validators[name];
  if (!validate) throw new TypeError(`validateBody: unknown schema "${String(name)}"; expected one of ${Object.keys(validators).join(', ')}.`);
  if (validate(data)) return { valid: true };
  const errors = describeAjvErrors(validate.errors).map((p) => `${p.pointer || '(root)'} ${p.message}`);
  return { valid: false, errors, reference: SCHEMA_REFERENCES[name] };
}
