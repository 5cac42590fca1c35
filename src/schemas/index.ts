/* Body validation against the SCIM JSON Schemas */
export { validateBody, SCHEMA_REFERENCES } from './validate-body.ts';
export type { BodyValidation } from './validate-body.ts';

/* Helpers shared with other validators */
export { describeAjvErrors } from './describe-ajv-errors.ts';
export type { SchemaProblem } from './describe-ajv-errors.ts';
export { isScimDateTime } from './scim-date-time.ts';
