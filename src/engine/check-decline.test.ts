import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDecline, explainNotDeclined } from './check-decline.ts';
import type { Decline } from '../scenario/types.ts';

const filterDecline: Decline = { status: [400], scimType: 'invalidFilter', what: 'the gt operator (userName gt "{{user1.userName}}")', reference: 'RFC 7644 §3.4.2.2' };
const respond = (status: number, body: unknown) => ({ status, statusText: '', headers: [] as Array<[string, string]>, body: typeof body === 'string' ? body : JSON.stringify(body) });
const fill = (value: unknown) => String(value).replace('{{user1.userName}}', 'ada@example.com');

test('a listed status with the named scimType is a decline; the wording names what, how, and the section, with placeholders filled', () => {
  const outcome = checkDecline(filterDecline, respond(400, { status: '400', scimType: 'invalidFilter', detail: 'gt\nis not supported' }), fill);
  assert.equal(outcome?.verdict, 'warning');
  assert.equal(outcome?.reference, 'RFC 7644 §3.4.2.2');
  assert.match(outcome!.message, /^declined: the server answered 400 invalidFilter \("gt is not supported"\) to the gt operator \(userName gt "ada@example\.com"\)\. RFC 7644 §3\.4\.2\.2 lets a server refuse/);
});

test('no decline without one, for another status, for another or a missing scimType, or for a body that is not JSON', () => {
  assert.equal(checkDecline(undefined, respond(400, { scimType: 'invalidFilter' }), fill), undefined);
  assert.equal(checkDecline(filterDecline, respond(500, { scimType: 'invalidFilter' }), fill), undefined);
  assert.equal(checkDecline(filterDecline, respond(400, { scimType: 'invalidValue' }), fill), undefined);
  assert.equal(checkDecline(filterDecline, respond(400, { detail: 'bad filter' }), fill), undefined);
  assert.equal(checkDecline(filterDecline, respond(400, '<html>Bad Request</html>'), fill), undefined);
});

test('without a scimType any listed status declines, even with an empty body; a long detail is cut', () => {
  const search: Decline = { status: [404, 501], what: 'POST /.search', verdict: 'skipped', reference: 'RFC 7644 §3.4.3' };
  assert.equal(checkDecline(search, respond(501, ''), fill)?.message, 'the server declined POST /.search (501), which RFC 7644 §3.4.3 allows');
  const long = checkDecline(search, respond(404, { detail: 'x'.repeat(500) }), fill)!;
  assert.ok(long.message.length < 300, long.message);
});

test('a decline status without the decline scimType is explained, so the failure names the real cause', () => {
  assert.equal(explainNotDeclined(filterDecline, respond(400, { scimType: 'invalidSyntax' })), 'A 400 declines this only with scimType "invalidFilter" (RFC 7644 §3.4.2.2); this one has scimType "invalidSyntax"');
  assert.match(explainNotDeclined(filterDecline, respond(400, 'Bad Request'))!, /this one has no scimType$/);
  assert.equal(explainNotDeclined(filterDecline, respond(500, {})), undefined);
  assert.equal(explainNotDeclined(undefined, respond(400, {})), undefined);
});
