import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchOAuthToken } from './fetch-oauth-token.ts';
import type { WireRequest } from './http-client.ts';

const credentials = { tokenUrl: 'http://127.0.0.1:1/oauth/token', clientId: 'client-a', clientSecret: 's3cret-value', scope: 'scim' };

test('sends Basic client credentials and the STS form fields, and returns the access token', async () => {
  let sent: WireRequest | undefined;
  const token = await fetchOAuthToken(credentials, {
    send: async (request) => {
      sent = request;
      return { status: 200, statusText: 'OK', headers: [], body: '{"access_token":"tok-1","token_type":"Bearer","expires_in":3600}' };
    },
  });
  assert.equal(token, 'tok-1');
  assert.deepEqual(sent!.headers.find(([n]) => n === 'Authorization'), ['Authorization', `Basic ${Buffer.from('client-a:s3cret-value').toString('base64')}`]);
  assert.equal(sent!.body, 'grant_type=client_credentials&scope=scim&token_type=opaque&expires_in=31556952');
});

test('a refused client is an error that says what to check and never shows the secret', async () => {
  await assert.rejects(
    fetchOAuthToken(credentials, { send: async () => ({ status: 401, statusText: '', headers: [], body: '{"error":"invalid_client"}' }) }),
    (error: Error) => /expected 200 with an access_token, got 401\. What to do: check --client-id and --client-secret/.test(error.message) && !error.message.includes('s3cret-value'),
  );
});
