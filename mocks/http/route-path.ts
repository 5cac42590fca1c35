import { ScimError } from '../scim/index.ts';

/**
 * The path segments after `basePath` (compared case-insensitively), percent-decoded, or undefined when
 * the path is not under it. `/scim/v2/Users/abc` with base `/scim/v2` -> `['Users', 'abc']`.
 * @throws ScimError 400 invalidPath when a segment is not valid percent-encoding.
 */
export function routeSegments(pathname: string, basePath: string): string[] | undefined {
  const base = basePath.replace(/\/+$/, '');
  const lowerPath = pathname.toLowerCase();
  const lowerBase = base.toLowerCase();
  if (lowerPath !== lowerBase && !lowerPath.startsWith(`${lowerBase}/`)) return undefined;
  return pathname
    .slice(base.length)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      if (!segment.includes('%')) return segment;
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new ScimError(400, `URL path: segment "${segment}" is not valid percent-encoding. Encode ids with encodeURIComponent.`, 'invalidPath');
      }
    });
}
