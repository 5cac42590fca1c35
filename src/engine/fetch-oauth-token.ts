import { sendRequest, TransportError, type SendOptions, type WireRequest, type WireResponse } from './http-client.ts';

export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

/**
 * Gets an access token by the OAuth 2.0 client credentials grant, the way Talkdesk's STS flow is
 * documented: HTTP Basic with client id and secret, form fields grant_type, scope, token_type=opaque
 * and expires_in. The error never contains the secret.
 * @see docs/profiles.md §1.3 (Talkdesk STS tokens); RFC 6749 §4.4
 */
export async function fetchOAuthToken(
  credentials: ClientCredentials,
  options: SendOptions & { send?: (request: WireRequest, options: SendOptions) => Promise<WireResponse> } = {},
): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', scope: credentials.scope, token_type: 'opaque', expires_in: '31556952' });
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  const request: WireRequest = {
    method: 'POST',
    url: credentials.tokenUrl,
    headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Authorization', `Basic ${basic}`], ['Accept', 'application/json']],
    body: form.toString(),
  };
  let response: WireResponse;
  try {
    response = await (options.send ?? sendRequest)(request, options);
  } catch (error) {
    const why = error instanceof TransportError ? error.message : String(error);
    throw new Error(`could not get an OAuth token from ${credentials.tokenUrl}: ${why}. What to do: check --oauth-token-url`);
  }
  let token: unknown;
  try {
    token = (JSON.parse(response.body) as { access_token?: unknown }).access_token;
  } catch {
    token = undefined;
  }
  if (response.status !== 200 || typeof token !== 'string' || !token) {
    throw new Error(
      `could not get an OAuth token from ${credentials.tokenUrl}: expected 200 with an access_token, got ${response.status}` +
        (response.status === 401 ? '. What to do: check --client-id and --client-secret' : '. What to do: check the token endpoint and --scope'),
    );
  }
  return token;
}
