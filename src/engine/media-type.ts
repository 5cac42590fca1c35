/** The `type/subtype` of a Content-Type value, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence ? essence : undefined;
}

/** True for `application/json`, `application/scim+json` and any other `+json` type. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType === 'application/json' || (mediaType?.endsWith('+json') ?? false) || mediaType === 'text/json';
}

/** The first value of a header, by case-insensitive name. */
export function headerValue(headers: ReadonlyArray<[string, string]>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1];
}
