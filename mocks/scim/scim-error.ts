/**
 * The `scimType` keywords of RFC 7644 §3.12, Table 9.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/**
 * A protocol error a SCIM service provider answers with (RFC 7644 §3.12). The HTTP layer turns it into
 * `{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":…,"detail":…}`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class ScimError extends Error {
  readonly status: number;
  // `declare` keeps the property off errors that have no scimType, so JSON bodies omit it.
  declare readonly scimType?: ScimType;
  readonly detail: string;

  constructor(status: number, detail: string, scimType?: ScimType) {
    super(detail);
    this.name = 'ScimError';
    this.status = status;
    this.detail = detail;
    if (scimType !== undefined) Object.defineProperty(this, 'scimType', { value: scimType, enumerable: true });
  }
}
