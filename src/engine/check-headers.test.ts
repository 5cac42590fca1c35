import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHeaders } from './check-headers.ts';
import type { HeaderCheck } from '../scenario/types.ts';

const LOCATION = 'https://scim.example/Users/2819c223';
const body = { id: '2819c223', meta: { location: LOCATION, version: 'W/"3"' } };
const response = (headers: Array<[string, string]>) => ({ status: 201, statusText: 'Created', headers, body: JSON.stringify(body) });
const location: HeaderCheck[] = [{ name: 'Location', exists: true, equalsPointer: '/meta/location', reference: 'RFC 7644 §3.3' }];

test('a Location header equal to meta.location passes, whatever the header name case', () => {
  assert.deepEqual(checkHeaders(location, response([['location', LOCATION]]), body, 'step'), []);
});

test('a missing Location header fails, naming the header, the section and what to do', () => {
  const [finding] = checkHeaders(location, response([]), body, 'step');
  assert.equal(finding?.severity, 'failure');
  assert.equal(finding?.reference, 'RFC 7644 §3.3');
  assert.match(finding!.message, /^expected the Location header, got none\. What to do: send Location/);
});

test('a Location header that differs from meta.location fails with both values', () => {
  const [finding] = checkHeaders(location, response([['Location', '/Users/2819c223']]), body, 'step');
  assert.match(finding!.message, /expected the Location header to equal \/meta\/location of the body \("https:\/\/scim\.example\/Users\/2819c223"\), got "\/Users\/2819c223"/);
});

test('severity, whenStatus and the step reference apply as for body checks', () => {
  const checks: HeaderCheck[] = [{ name: 'ETag', equalsPointer: '/meta/version', severity: 'warning', whenStatus: [201] }];
  const [finding] = checkHeaders(checks, response([['ETag', 'W/"2"']]), body, 'the step says');
  assert.deepEqual([finding?.severity, finding?.reference], ['warning', 'the step says']);
  assert.deepEqual(checkHeaders(checks, { ...response([['ETag', 'W/"2"']]), status: 200 }, body, 'step'), []);
});

test('a check that says severity "failure" itself is firm (it fails even in a warn-only scenario); the default is not', () => {
  const said: HeaderCheck[] = [{ name: 'Location', equalsPointer: '/meta/location', severity: 'failure' }];
  assert.equal(checkHeaders(said, response([['Location', '/Me']]), body, 'step')[0]?.firm, true);
  assert.equal(checkHeaders(location, response([['Location', '/Me']]), body, 'step')[0]?.firm, undefined);
});
