import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactDeep, redactHeaders, redactSecrets } from './redact.ts';

const T = 'tok-9f8e/7d+6c 5b';

describe('redactSecrets', () => {
  it('replaces the secret as typed, everywhere', () => {
    assert.equal(redactSecrets(`a ${T} b ${T}`, [T]), 'a [REDACTED] b [REDACTED]');
  });
  it('replaces base64 and base64url forms', () => {
    const b64 = Buffer.from(T).toString('base64');
    const b64url = Buffer.from(T).toString('base64url');
    assert.equal(redactSecrets(`x ${b64} y ${b64url}`, [T]), 'x [REDACTED] y [REDACTED]');
  });
  it('replaces percent-encoded (upper and lower hex) and form-encoded forms', () => {
    const pct = encodeURIComponent(T);
    const text = `?a=${pct}&b=${pct.toLowerCase()}&c=${pct.replace(/%20/g, '+')}`;
    assert.equal(redactSecrets(text, [T]), '?a=[REDACTED]&b=[REDACTED]&c=[REDACTED]');
  });
  it('replaces the JSON-escaped form', () => {
    const s = 'ab"cd\\ef';
    assert.equal(redactSecrets(JSON.stringify({ s }), [s]), '{"s":"[REDACTED]"}');
  });
  it('ignores secrets shorter than 4 characters instead of mangling the text', () => {
    assert.equal(redactSecrets('abc abc', ['abc', '']), 'abc abc');
  });
  it('leaves text without secrets unchanged', () => {
    assert.equal(redactSecrets('nothing here', [T]), 'nothing here');
  });
});

describe('redactHeaders', () => {
  it('keeps the scheme word of Authorization and Proxy-Authorization', () => {
    assert.deepEqual(redactHeaders([['Authorization', `Bearer ${T}`], ['proxy-authorization', 'Basic YWxpY2U6cHc=']]), [
      ['Authorization', 'Bearer [REDACTED]'],
      ['proxy-authorization', 'Basic [REDACTED]'],
    ]);
  });
  it('redacts a raw header value (no known scheme) completely', () => {
    assert.deepEqual(redactHeaders([['Authorization', 'raw secret value']]), [['Authorization', '[REDACTED]']]);
    assert.deepEqual(redactHeaders([['AUTHORIZATION', 'abcdef']]), [['AUTHORIZATION', '[REDACTED]']]);
  });
  it('redacts cookies keeping their names, and X-Api-Key', () => {
    assert.deepEqual(redactHeaders({ Cookie: 'sid=1; theme=dark', 'Set-Cookie': 'sid=2; Path=/; HttpOnly', 'X-Api-Key': 'k123' }), {
      Cookie: 'sid=[REDACTED]; theme=[REDACTED]',
      'Set-Cookie': 'sid=[REDACTED]; Path=/; HttpOnly',
      'X-Api-Key': '[REDACTED]',
    });
  });
  it('leaves other headers alone', () => {
    assert.deepEqual(redactHeaders([['User-Agent', 'Okta SCIM Client 1.0.0']]), [['User-Agent', 'Okta SCIM Client 1.0.0']]);
  });
});

describe('redactDeep', () => {
  it('redacts strings in nested objects and arrays, keeping other values', () => {
    assert.deepEqual(redactDeep({ a: [T, 1, { b: `x${T}` }], n: null, t: true }, [T]), {
      a: ['[REDACTED]', 1, { b: 'x[REDACTED]' }], n: null, t: true,
    });
  });
});
