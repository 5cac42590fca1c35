import { ScimError } from '../scim/index.ts';

/**
 * The path segments after `basePath` (compared case-insensitively), percent-decoded, or undefined when
 * the path is not under it. `/scim/v2/Users/abc` with base `/scim/v2` -> `['Users', 'abc']`.
 * @throws ScimError 400 invalidPath when a segment is not valid percent-encoding.
 */
export function routeSegments(pathname: string, basePath: string): string[] | undefined {
  const base = basePath.replace(/\/+$/, '');
  // Compared case-insensitively: exact case first, lower-casing only when that fails.
  if (!(pathname.startsWith(base) && (pathname.length === base.length || pathname.charCodeAt(base.length) === 47))) {
    const lowerPath = pathname.toLowerCase();
    const lowerBase = base.toLowerCase();
    if (lowerPath !== lowerBase && !lowerPath.startsWith(`${lowerBase}/`)) return undefined;
  }
  const segments: string[] = [];
  for (const segment of pathname.slice(base.length).split('/')) {
    if (segment === '') continue;
    if (!segment.includes('%')) segments.push(segment);
    else {
      try {
        segments.push(decodeURIComponent(segment));
      } catch {
        throw new ScimError(400, `URL path: segment "${segment}" is not valid percent-encoding. Encode ids with encodeURIComponent.`, 'invalidPath');
      }
    }
  }
  return segments;
}
