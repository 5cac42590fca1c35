/** The media types a SCIM request body may use (RFC 7644 §8.1 and §3.1: application/json is accepted too). */
export const ACCEPTED_REQUEST_MEDIA_TYPES: readonly string[] = ['application/scim+json', 'application/json'];

/**
 * The lower-cased essence of a Content-Type header (`application/scim+json; charset=utf-8` ->
 * `application/scim+json`), or undefined when the header is absent or empty.
 * @see RFC 7644 §8.1
 */
export function mediaTypeOf(contentType: string | null): string | undefined {
  if (contentType === null) return undefined;
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === '' ? undefined : essence;
}
