/**
 * What to do when a status is not what the IdP expects: one sentence per common case.
 * @see RFC 7644 §3.12 (status codes)
 */
export function hintForStatus(method: string, path: string, expected: number[], got: number): string {
  const isList = method === 'GET' && /^\/(Users|Groups)\/?$/i.test(path);
  if (got === 401 || got === 403) {
    return expected.includes(401)
      ? 'the server must refuse this request'
      : 'check the credentials given with --token, --auth-header or --basic, and that the server accepts the Authorization form this IdP sends';
  }
  if (got === 404 && isList) return 'answer a filter that matches nothing with 200 and an empty ListResponse (RFC 7644 §3.4.2), not 404';
  if (got === 404) return 'the server did not find the resource; check that the id returned when it was created addresses it';
  if (got === 200 && expected.includes(201)) return 'answer a create with 201 Created and the new resource (RFC 7644 §3.3)';
  if (got === 415) return 'accept request bodies sent as application/scim+json (with "; charset=utf-8"), as IdPs send them (RFC 7644 §3.1)';
  if (got === 406) return 'do not refuse the Accept header this IdP sends; answer with application/scim+json';
  if (got === 409 && !expected.includes(409)) return 'a uniqueness conflict here means the server still holds data from another run or ignores the id; check the userName index';
  if (got === 400) return 'read the server\'s error detail above: the request is valid SCIM (in an IdP suite, exactly what the IdP sends), so the server must accept it';
  if (got === 429) return 'the server rate-limited the harness; lower --max-rps or raise the server\'s limit';
  if (got === 501) return 'the server does not implement this operation, but the IdP (or, in the rfc suite, RFC 7644) requires it';
  if (got >= 500) return 'the server failed internally: check its logs for this request';
  if (got >= 300 && got < 400) return 'the harness does not follow redirects (credentials must not go to another origin): point --base-url at the final address';
  return `make the server answer with ${expected.join(' or ')}`;
}
