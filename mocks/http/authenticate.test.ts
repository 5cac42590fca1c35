import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAuthorized, redactAuthorization } from './authenticate.ts';

describe('isAuthorized', () => {
  const config = { token: 't', basic: { username: 'u', password: 'p' }, issuedTokens: new Map([['issued', 100]]), required: true };
  it('accepts Bearer in any case, the bare token, Basic, and unexpired issued tokens', () => {
    for (const header of ['Bearer t', 'BEARER t', 'bearer t', 't', `Basic ${Buffer.from('u:p').toString('base64')}`, 'Bearer issued']) {
      assert.equal(isAuthorized(header, config, 50), true, header);
    }
  });
  it('refuses wrong, missing and expired credentials', () => {
    for (const header of [null, 'Bearer x', 'Basic !!!', `Basic ${Buffer.from('u:x').toString('base64')}`, 'Token t']) {
      assert.equal(isAuthorized(header, config, 50), false, String(header));
    }
    assert.equal(isAuthorized('Bearer issued', config, 100), false);
  });
  it('reads a token with spaces at its ends the trimming way, as before the exact "Bearer <token>" shortcut', () => {
    const padded = { token: ' t', issuedTokens: new Map<string, number>(), required: true };
    assert.equal(isAuthorized('Bearer  t', padded, 0), false);
    assert.equal(isAuthorized('Bearer t', { ...padded, token: 't' }, 0), true);
  });
  it('accepts anything when no credential is configured', () => {
    assert.equal(isAuthorized(null, { issuedTokens: new Map(), required: false }, 0), true);
  });
  it('redacts the credential and keeps the scheme', () => {
    assert.equal(redactAuthorization('Bearer abc'), 'Bearer [redacted]');
    assert.equal(redactAuthorization('abc'), '[redacted]');
  });
});
