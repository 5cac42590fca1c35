import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';

const TALKDESK = 'urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User';
const talkdeskUser = (userName: string, extension?: Record<string, unknown>) =>
  userBody(userName, extension ? { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', TALKDESK], [TALKDESK]: extension } : {});
const noLimit = { rateLimit: false as const };

describe('talkdesk profile', () => {
  it('serves Users only: /Groups 404 and /ResourceTypes lists User with the Talkdesk extension', async () => {
    const mock = createScimMock({ profile: 'talkdesk', ...noLimit });
    assert.equal((await callMock(mock, 'GET', '/Groups')).status, 404);
    const types = (await callMock(mock, 'GET', '/ResourceTypes')).body.Resources;
    assert.deepEqual(types.map((rt: { name: string }) => rt.name), ['User']);
    assert.deepEqual(types[0].schemaExtensions, [{ schema: TALKDESK, required: false }]);
  });

  it('requires name.givenName and name.familyName (400 invalidValue)', async () => {
    const mock = createScimMock({ profile: 'talkdesk', ...noLimit });
    const reply = await callMock(mock, 'POST', '/Users', { body: { ...userBody('ada'), name: { givenName: 'Ada' } } });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.scimType, 'invalidValue');
    assert.match(reply.body.detail, /familyName/);
  });

  it('stores a user without a role as Agent', async () => {
    const mock = createScimMock({ profile: 'talkdesk', ...noLimit });
    const reply = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('ada') });
    assert.equal(reply.status, 201);
    assert.equal(reply.body[TALKDESK].rolesString, 'Agent');
  });

  it('accepts configured roles and teams and rejects an unknown one naming it', async () => {
    const mock = createScimMock({ profile: 'talkdesk', roles: ['Agent', 'Lead'], teams: ['Blue'], ...noLimit });
    const ok = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('ada', { rolesString: 'Lead', teamsString: 'Blue' }) });
    assert.equal(ok.status, 201);
    assert.equal(ok.body[TALKDESK].teamsString, 'Blue');
    const badRole = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('bob', { rolesString: 'Admin' }) });
    assert.equal(badRole.status, 400);
    assert.equal(badRole.body.scimType, 'invalidValue');
    assert.match(badRole.body.detail, /"Admin"/);
    const badTeam = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('cy', { teamsString: 'Red' }) });
    assert.match(badTeam.body.detail, /"Red"/);
  });

  it('creates users beyond the licence count with active false', async () => {
    const mock = createScimMock({ profile: 'talkdesk', licences: 1, ...noLimit });
    const first = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('ada') });
    const second = await callMock(mock, 'POST', '/Users', { body: talkdeskUser('bob') });
    assert.deepEqual([first.body.active, second.body.active], [true, false]);
  });

  it('answers the 5th request within one second with 429 and Retry-After: 1, then recovers', async () => {
    let clock = 1_000_000;
    const mock = createScimMock({ profile: 'talkdesk', now: () => clock });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await callMock(mock, 'GET', '/Users')).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    const limited = await callMock(mock, 'GET', '/Users');
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal(limited.body.status, '429');
    clock += 1000;
    assert.equal((await callMock(mock, 'GET', '/Users')).status, 200);
  });

  it('takes a configured rate limit', async () => {
    const mock = createScimMock({ profile: 'talkdesk', rateLimit: { requests: 1, windowMs: 60_000 }, now: () => 0 });
    assert.equal((await callMock(mock, 'GET', '/Users')).status, 200);
    assert.equal((await callMock(mock, 'GET', '/Users')).status, 429);
  });

  it('issues STS tokens by client credentials that the SCIM API then accepts', async () => {
    const mock = createScimMock({ profile: 'talkdesk', oauthClients: [{ clientId: 'cid', clientSecret: 'csecret' }], ...noLimit });
    assert.equal((await callMock(mock, 'GET', '/Users')).status, 401);
    const origin = new URL(mock.baseUrl).origin;
    const tokenReply = await mock.handle(
      new Request(`${origin}/oauth/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from('cid:csecret').toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&scope=scim&token_type=opaque&expires_in=31556952',
      }),
    );
    assert.equal(tokenReply.status, 200);
    const token = (await tokenReply.json()) as { access_token: string; token_type: string; expires_in: number; scope: string };
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 31556952);
    assert.equal(token.scope, 'scim');
    assert.equal((await callMock(mock, 'GET', '/Users', { headers: { Authorization: `Bearer ${token.access_token}` } })).status, 200);
  });

  it('refuses the token endpoint with wrong client credentials (401) or grant (400)', async () => {
    const mock = createScimMock({ profile: 'talkdesk', oauthClients: [{ clientId: 'cid', clientSecret: 'csecret' }], ...noLimit });
    const origin = new URL(mock.baseUrl).origin;
    const ask = (user: string, body: string) =>
      mock.handle(
        new Request(`${origin}/oauth/token`, {
          method: 'POST',
          headers: { Authorization: `Basic ${Buffer.from(user).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
          body,
        }),
      );
    assert.equal((await ask('cid:wrong', 'grant_type=client_credentials')).status, 401);
    const wrongGrant = await ask('cid:csecret', 'grant_type=password');
    assert.equal(wrongGrant.status, 400);
    assert.equal(((await wrongGrant.json()) as { error: string }).error, 'unsupported_grant_type');
  });

  it('does not accept an expired token', async () => {
    let clock = 0;
    const mock = createScimMock({ profile: 'talkdesk', oauthClients: [{ clientId: 'c', clientSecret: 's' }], now: () => clock, ...noLimit });
    const reply = await mock.handle(
      new Request(`${new URL(mock.baseUrl).origin}/oauth/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from('c:s').toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&expires_in=10',
      }),
    );
    const { access_token } = (await reply.json()) as { access_token: string };
    const get = () => callMock(mock, 'GET', '/Users', { headers: { Authorization: `Bearer ${access_token}` } });
    assert.equal((await get()).status, 200);
    clock = 10_000;
    assert.equal((await get()).status, 401);
  });
});

describe('cx profile', () => {
  const cxUser = (phone: unknown, extra: Record<string, unknown> = {}) =>
    userBody('ada@example.com', { externalId: '00u1', phoneNumbers: phone === undefined ? undefined : [{ type: 'work', value: phone }], ...extra });

  it('serves Users only', async () => {
    const mock = createScimMock({ profile: 'cx' });
    assert.equal((await callMock(mock, 'GET', '/Groups')).status, 404);
  });

  it('accepts an E.164 work phone', async () => {
    const reply = await callMock(createScimMock({ profile: 'cx' }), 'POST', '/Users', { body: cxUser('+442071234567') });
    assert.equal(reply.status, 201);
  });

  for (const [label, phone] of [['missing', undefined], ['with spaces', '+44 20 7123 4567'], ['without +', '442071234567'], ['too long', '+1234567890123456']] as const) {
    it(`rejects a work phone ${label} with 400 invalidValue`, async () => {
      const reply = await callMock(createScimMock({ profile: 'cx' }), 'POST', '/Users', { body: cxUser(phone) });
      assert.equal(reply.status, 400);
      assert.equal(reply.body.scimType, 'invalidValue');
      assert.match(reply.body.detail, /phoneNumbers\[type eq "work"\]/);
    });
  }

  it('requires externalId', async () => {
    const reply = await callMock(createScimMock({ profile: 'cx' }), 'POST', '/Users', { body: cxUser('+442071234567', { externalId: undefined }) });
    assert.equal(reply.status, 400);
    assert.match(reply.body.detail, /externalId/);
  });

  it('accepts the documented "bearer {APIKEY}" header', async () => {
    const mock = createScimMock({ profile: 'cx', credentials: { token: 'ABC123' } });
    assert.equal((await callMock(mock, 'GET', '/Users', { headers: { Authorization: 'bearer ABC123' } })).status, 200);
  });
});

describe('deskpro profile', () => {
  it('serves Users only and accepts the HTTP Header token bare', async () => {
    const mock = createScimMock({ profile: 'deskpro', credentials: { token: 'dp-token' } });
    assert.equal((await callMock(mock, 'GET', '/Users', { headers: { Authorization: 'dp-token' } })).status, 200);
    assert.equal((await callMock(mock, 'GET', '/Groups', { headers: { Authorization: 'dp-token' } })).status, 404);
  });

  it('keeps userName unique', async () => {
    const mock = createScimMock({ profile: 'deskpro' });
    await callMock(mock, 'POST', '/Users', { body: userBody('ada') });
    assert.equal((await callMock(mock, 'POST', '/Users', { body: userBody('Ada') })).status, 409);
  });
});

describe('profile selection', () => {
  it('an unknown profile throws listing the valid ones', () => {
    assert.throws(() => createScimMock({ profile: 'nope' as never }), /expected one of generic, talkdesk, cx, deskpro/);
  });
});
