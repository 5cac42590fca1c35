import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildHar, parseRawQuery, renderHar } from './har.ts';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';

describe('parseRawQuery', () => {
  it('splits the raw query without decoding or re-encoding', () => {
    assert.deepEqual(parseRawQuery('http://h/Users?filter=userName+eq+%22a%22&x=%20b&flag#frag'), [
      { name: 'filter', value: 'userName+eq+%22a%22' },
      { name: 'x', value: '%20b' },
      { name: 'flag', value: '' },
    ]);
    assert.deepEqual(parseRawQuery('http://h/Users'), []);
  });
});

describe('renderHar', () => {
  const text = renderHar(sampleResults(), sampleRun());
  const har = JSON.parse(text);
  const entries = har.log.entries;

  it('is HAR 1.2 by scim-conformance', () => {
    assert.equal(har.log.version, '1.2');
    assert.deepEqual(har.log.creator, { name: 'scim-conformance', version: '0.1.0' });
  });

  it('has one entry per request in steps then cleanup, in order, with _scenario/_step/_harness', () => {
    assert.deepEqual(entries.map((e: Record<string, unknown>) => [e._scenario, e._step, e._phase, e._harness]), [
      ['okta/deactivate-user', 'deactivate', 'steps', false],
      ['okta/deactivate-user', 'delete user', 'cleanup', true],
      ['okta/create-user', 'userName pre-check', 'steps', false],
      ['okta/create-user', 'create user', 'steps', false],
      ['entra/test-connection', 'random GUID probe', 'steps', false],
      ['onelogin/suspend-user', 'suspend', 'steps', false],
    ]);
  });

  it('keeps the URL and query byte-exact (%20 stays %20, + stays +)', () => {
    const okta = entries[2].request;
    assert.equal(okta.url, 'http://127.0.0.1:8080/scim/v2/Users?filter=userName%20eq%20%22a%2Bb%40x.com%22&startIndex=1&count=100');
    assert.deepEqual(okta.queryString[0], { name: 'filter', value: 'userName%20eq%20%22a%2Bb%40x.com%22' });
    const entra = entries[4].request;
    assert.match(entra.url, /\/Users\?filter=userName\+eq\+%2244e1a8%22&token=/);
    assert.deepEqual(entra.queryString[0], { name: 'filter', value: 'userName+eq+%2244e1a8%22' });
  });

  it('fills request fields: method, httpVersion, headers, postData, headersSize -1, bodySize', () => {
    const req = entries[0].request;
    assert.equal(req.method, 'PATCH');
    assert.equal(req.httpVersion, 'HTTP/1.1');
    assert.equal(req.headersSize, -1);
    assert.deepEqual(req.headers[0], { name: 'Content-Type', value: 'application/scim+json; charset=utf-8' });
    assert.equal(req.postData.mimeType, 'application/scim+json; charset=utf-8');
    assert.match(req.postData.text, /^\{"schemas":\["urn:ietf:params:scim:api:messages:2\.0:PatchOp"\]/);
    const raw = sampleResults()[0]!.steps[0]!.request!.body!;
    assert.equal(req.bodySize, Buffer.byteLength(raw));
    assert.equal(entries[2].request.postData, undefined);
    assert.equal(entries[2].request.bodySize, 0);
  });

  it('fills response fields: status, statusText, headers, content, timings, startedDateTime', () => {
    const e = entries[0];
    assert.equal(e.startedDateTime, '2026-05-01T10:00:02.000Z');
    assert.deepEqual([e.response.status, e.response.statusText], [200, 'OK']);
    assert.equal(e.response.content.mimeType, 'application/scim+json; charset=utf-8');
    assert.equal(e.response.content.text, '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1"}');
    assert.equal(e.response.content.size, e.response.content.text.length);
    assert.equal(e.time, 12);
    assert.equal(e.timings.wait, 12);
  });

  it('records a transport error as status 0 with _error', () => {
    const e = entries[5];
    assert.equal(e.response.status, 0);
    assert.match(e._error, /^Timed out after 5000 ms/);
    assert.equal(entries[0]._error, undefined);
  });

  it('redacts the token in headers, body, URL and error message', () => {
    assert.deepEqual(findSampleSecrets(text), []);
    assert.deepEqual(entries[0].request.headers[1], { name: 'Authorization', value: 'Bearer [REDACTED]' });
    assert.match(entries[0].request.postData.text, /"note":"\[REDACTED\]"/);
    assert.match(entries[4].request.url, /&token=\[REDACTED\]$/);
    assert.match(entries[5]._error, /with Basic \[REDACTED\]$/);
  });

  it('skips steps that were never sent (no request)', () => {
    const [r] = sampleResults();
    const { request: _unused, ...unsent } = r!.steps[0]!;
    const har = buildHar([{ ...r!, steps: [unsent], cleanup: [] }], sampleRun());
    assert.equal(har.log.entries.length, 0);
  });
});
