import type { HeaderReader } from './mock-message.ts';

/**
 * Evaluates If-Match / If-None-Match against a resource's current ETag (weak comparison, as SCIM
 * versions are weak: W/"3"). Returns 304 (GET/HEAD with a matching If-None-Match), 412 (stale If-Match,
 * or matching If-None-Match on other methods), or undefined to go on.
 * @see RFC 7644 §3.14; RFC 7232 §3.1, §3.2
 */
export function evaluatePreconditions(method: string, headers: HeaderReader, etag: string | undefined): 304 | 412 | undefined {
  const ifMatch = headers.get('if-match');
  if (ifMatch !== null && !matchesAny(ifMatch, etag)) return 412;
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null && matchesAny(ifNoneMatch, etag)) return method === 'GET' || method === 'HEAD' ? 304 : 412;
  return undefined;
}

function matchesAny(header: string, etag: string | undefined): boolean {
  if (etag === undefined) return false;
  if (header.trim() === '*') return true;
  const current = opaque(etag);
  return header.split(',').some((candidate) => opaque(candidate) === current);
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//i, '');
}
