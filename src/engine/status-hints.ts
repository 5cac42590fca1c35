/** What the hint knows of the request whose status was not the expected one. */
export interface StatusContext {
  /** The suite: `rfc`, or the IdP whose request this is (`okta`, `entra`, …); undefined for a library caller. */
  suite?: string;
  method: string;
  /** The step's path template, e.g. `/Users/{{userId}}`. */
  path: string;
  /** The step's query template, when it has one. */
  query?: string;
  expected: number[];
  got: number;
}

const IDP_NAMES: Record<string, string> = { okta: 'Okta', entra: 'Entra ID', 'entra-aadoptscim062020': 'Entra ID (aadOptscim062020)', onelogin: 'OneLogin' };
const DISCOVERY = /^\/(ServiceProviderConfig|ResourceTypes|Schemas)(\/|$)/i;
const COLLECTION = /^\/(Users|Groups|Bulk|\.search)\/?$/i;

/**
 * What to do when a status is not the expected one: one sentence that fits the endpoint and the suite.
 * A 404 on a discovery endpoint or a collection means the endpoint is missing, not that an id is wrong;
 * a refusal in an IdP suite is a refusal of what that IdP sends, in the rfc suite of what the RFC defines.
 * @see RFC 7644 §3.12 (status codes), §4 (discovery endpoints)
 */
export function hintForStatus({ suite, method, path, query, expected, got }: StatusContext): string {
  const idp = suite && suite !== 'rfc' ? IDP_NAMES[suite] ?? suite : undefined;
  const endpoint = `/${path.split('/')[1] ?? ''}`;
  if (got === 401 || got === 403) {
    return expected.includes(401)
      ? 'the server must refuse this request'
      : 'check the credentials given with --token, --auth-header or --basic, and that the server accepts the Authorization form this IdP sends';
  }
  if (got === 404 && DISCOVERY.test(path)) return `the server does not implement ${endpoint} (RFC 7644 §4 defines it for every service provider): add the endpoint`;
  if (got === 404 && method === 'GET' && COLLECTION.test(path)) {
    return /(^|&)filter=/.test(query ?? '') ? 'answer a filter that matches nothing with 200 and an empty ListResponse (RFC 7644 §3.4.2), not 404' : `answer a query that matches nothing with 200 and an empty ListResponse (RFC 7644 §3.4.2), not 404; if ${endpoint} is not implemented at all, add it`;
  }
  if (got === 404 && COLLECTION.test(path)) return `the server does not implement ${method} ${endpoint}: add the endpoint (RFC 7644 §3.3)`;
  if (got === 404 && path.includes('{{')) return 'the server did not find a resource it created earlier in this scenario: check that the id returned by the create addresses it';
  if (got === 404) return `the server answered 404 for ${endpoint}: check that --base-url is the SCIM root and that ${endpoint} is implemented`;
  if (got === 200 && expected.includes(201)) return 'answer a create with 201 Created and the new resource (RFC 7644 §3.3)';
  if (got === 415) return 'accept request bodies sent as application/scim+json (with "; charset=utf-8"), as IdPs send them (RFC 7644 §3.1)';
  if (got === 406) return 'do not refuse the Accept header this client sends; answer with application/scim+json';
  if (got === 409 && !expected.includes(409)) return 'a uniqueness conflict here means the server still holds data from another run or ignores the id; check the userName index';
  if (got === 400) {
    return idp
      ? `read the server's error detail above: this is the request ${idp} sends, so refusing it breaks provisioning from ${idp}, even where the request bends the RFC (the scenario's notes say where)`
      : 'read the server\'s error detail above: the request is valid SCIM (RFC 7644), so the server must accept it';
  }
  if (got === 429) return 'the server rate-limited the harness; lower --max-rps or raise the server\'s limit';
  if (got === 501) {
    return idp
      ? `the server does not implement this operation, and ${idp} sends it: provisioning from ${idp} fails here`
      : 'the server does not implement this; if the RFC makes it optional, declare it unsupported in /ServiceProviderConfig (RFC 7643 §5) and the check is skipped';
  }
  if (got >= 500) return 'the server failed internally: check its logs for this request';
  if (got >= 300 && got < 400) return 'the harness does not follow redirects (credentials must not go to another origin): point --base-url at the final address';
  return `make the server answer with ${expected.join(' or ')}`;
}
