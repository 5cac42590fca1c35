/** RFC 7644 §3.12 error message schema. */
export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

/**
 * A SCIM error the server answers with: HTTP status, optional `scimType` and a `detail` sentence.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Builds an RFC 7644 §3.12 Error body; `status` travels as a string, as the RFC's examples show.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function errorBody(status: number, scimType: string | undefined, detail: string): Record<string, unknown> {
  return { schemas: [ERROR_URN], status: String(status), ...(scimType ? { scimType } : {}), detail };
}
