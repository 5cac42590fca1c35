import { randomBytes } from 'node:crypto';
import { decodeBasic } from '../http/authenticate.ts';
import type { MockRequest, MockResponse } from '../http/mock-message.ts';
import { plainJson } from '../http/scim-response.ts';
import type { OAuthClient } from '../mock-types.ts';

/** Default token lifetime when the request names none (seconds). */
export const DEFAULT_TOKEN_LIFETIME = 3600;

/**
 * The mock STS token endpoint `POST {origin}/oauth/token`: client credentials in HTTP Basic, form body
 * `grant_type=client_credentials`, `scope` (scim), `token_type=opaque`, `expires_in` (seconds). Answers
 * `{access_token, token_type: "Bearer", expires_in, scope}` and records the token in `issued` so the SCIM
 * endpoints accept it until it expires. Errors follow RFC 6749 §5.2 (`{"error": …}`).
 * @see docs/profiles.md §1.3 (Talkdesk: Create a new STS token)
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
export function issueOAuthToken(
  request: MockRequest,
  bodyText: string,
  clients: readonly OAuthClient[],
  issued: Map<string, number>,
  now: number,
): MockResponse {
  if (request.method !== 'POST') return oauthError(405, 'invalid_request', 'The token endpoint accepts POST only.');
  const match = /^basic\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  const pair = match ? decodeBasic(match[1]!) : undefined;
  const client = pair === undefined ? undefined : clients.find((c) => `${c.clientId}:${c.clientSecret}` === pair);
  if (!client) {
    return oauthError(401, 'invalid_client', 'Authenticate with HTTP Basic: base64(clientId:clientSecret) of a configured OAuth client.', {
      'WWW-Authenticate': 'Basic realm="scim-mock"',
    });
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return oauthError(400, 'invalid_request', `Expected Content-Type application/x-www-form-urlencoded, got ${type || 'none'}.`);
  }
  const form = new URLSearchParams(bodyText);
  if (form.get('grant_type') !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', `Expected grant_type=client_credentials, got ${form.get('grant_type') ?? 'none'}.`);
  }
  const scope = form.get('scope') ?? 'scim';
  if (!scope.split(' ').includes('scim')) return oauthError(400, 'invalid_scope', `Expected scope=scim, got ${scope}.`);
  const tokenType = form.get('token_type') ?? 'opaque';
  if (tokenType !== 'opaque') return oauthError(400, 'invalid_request', `Expected token_type=opaque, got ${tokenType}.`);
  const lifetime = form.has('expires_in') ? Number(form.get('expires_in')) : DEFAULT_TOKEN_LIFETIME;
  if (!Number.isInteger(lifetime) || lifetime <= 0) {
    return oauthError(400, 'invalid_request', `Expected expires_in as a positive integer of seconds, got ${form.get('expires_in')}.`);
  }
  const token = randomBytes(24).toString('base64url');
  issued.set(token, now + lifetime * 1000);
  return plainJson(200, { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope }, { 'Cache-Control': 'no-store' });
}

function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): MockResponse {
  return plainJson(status, { error, error_description: description }, { 'Cache-Control': 'no-store', ...headers });
}
