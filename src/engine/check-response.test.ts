import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResponse, type CheckInput } from './check-response.ts';
import type { Expectation } from '../scenario/types.ts';

const SCIM = [['Content-Type', 'application/scim+json']] as Array<[string, string]>;
const user = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'Ann@example.com', active: false, emails: [{ value: 'a@x', type: 'work', primary: true }] };

function check(expect: Expectation, status: number, body: unknown, headers = SCIM, extra: Partial<CheckInput> = {}) {
  return checkResponse({
    method: 'PATCH',
    path: '/Users/{{userId}}',
    expect,
    reference: 'docs/idp/okta.md §3.7',
    response: { status, statusText: '', headers, body: typeof body === 'string' ? body : JSON.stringify(body) },
    fill: (v) => (v === '{{user1.userName}}' ? 'Ann@example.com' : v),
    ...extra,
  });
}

test('a wrong status is one failure that names expected and actual, the body, and what to do', () => {
  const { findings } = check({ status: [200, 204] }, 404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'gone' });
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /^expected status 200 or 204, got 404 with body \{.*"detail":"gone"\}\. What to do: the server did not find a resource it created earlier/);
  assert.equal(findings[0]!.reference, 'docs/idp/okta.md §3.7');
});

test('a 404 to a list filter says to answer with an empty ListResponse', () => {
  const { findings } = checkResponse({ method: 'GET', path: '/Users', expect: { status: 200 }, reference: 'r', response: { status: 404, statusText: 'Not Found', headers: [], body: '' }, fill: (v) => v });
  assert.match(findings[0]!.message, /empty ListResponse \(RFC 7644 §3\.4\.2\), not 404/);
});

test('the media type check follows the expectation severity and is skipped for empty bodies', () => {
  const json = [['Content-Type', 'application/json; charset=utf-8']] as Array<[string, string]>;
  assert.deepEqual(check({ status: 200, mediaType: { is: 'application/scim+json', severity: 'warning' } }, 200, user, json).findings.map((f) => f.severity), ['warning']);
  assert.deepEqual(check({ status: 200 }, 200, user, json).findings.map((f) => f.severity), ['failure']);
  assert.deepEqual(check({ status: 204 }, 204, '', []).findings, []);
  assert.deepEqual(check({ status: 200, mediaType: false }, 200, user, json).findings, []);
});

test('a body that does not follow the schema fails with the JSON path and the RFC section', () => {
  const { findings } = check({ status: 200, schema: 'User' }, 200, { ...user, id: 42 });
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /expected a valid SCIM User body, got one where .*\/id/);
  assert.match(findings[0]!.reference, /RFC 7643/);
});

test('an expected error status is checked against the SCIM Error schema: a numeric status is a finding', () => {
  const { findings } = check({ status: 409 }, 409, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: 409, detail: 'dup' });
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /Error/);
  assert.deepEqual(check({ status: 409, errorSchema: false }, 409, { status: 409 }).findings, []);
});

test('an empty 200 where a resource is expected fails (Okta: "Create new user returned empty user")', () => {
  const { findings } = check({ status: [200, 201], schema: 'User' }, 201, '');
  assert.match(findings[0]!.message, /expected a User body with status 201, got an empty body/);
});

test('a body that is not JSON fails and names its media type', () => {
  const { findings } = check({ status: 200, schema: 'User', mediaType: false }, 200, '<html>oops</html>', [['Content-Type', 'text/html']]);
  assert.match(findings[0]!.message, /expected a JSON body, got a body that is not JSON \(text\/html\)/);
});

test('body checks: equals with placeholders, because, whenStatus and severity', () => {
  const expect: Expectation = {
    status: [200, 204],
    body: [
      { pointer: '/active', equals: true, because: 'the PATCH set it' },
      { pointer: '/userName', equals: '{{user1.userName}}' },
      { pointer: '/nickName', exists: true, severity: 'warning' },
      { pointer: '/displayName', exists: true, whenStatus: [201] },
    ],
  };
  const { findings } = check(expect, 200, user);
  assert.deepEqual(findings.map((f) => [f.severity, f.message]), [
    ['failure', 'expected /active to equal true, got false. Why: the PATCH set it.'],
    ['warning', 'expected /nickName to be present, got nothing.'],
  ]);
});

test('contains matches an array element that has at least the expected members; notContains is its opposite', () => {
  const group = { members: [{ value: 'u1', display: 'Ann', $ref: 'http://x/Users/u1' }] };
  const headers = SCIM;
  assert.deepEqual(check({ status: 200, body: [{ pointer: '/members', contains: { value: 'u1' } }] }, 200, group, headers).findings, []);
  assert.equal(check({ status: 200, body: [{ pointer: '/members', contains: { value: 'u2' } }] }, 200, group, headers).findings.length, 1);
  assert.equal(check({ status: 200, body: [{ pointer: '/members', notContains: { value: 'u1' } }] }, 200, group, headers).findings.length, 1);
  assert.deepEqual(check({ status: 200, body: [{ pointer: '/members', minItems: 1, maxItems: 1 }] }, 200, group, headers).findings, []);
});

test('a members check on a group that has no members attribute at all is inconclusive (one warning), not a failure', () => {
  const group = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g1', displayName: 'g' };
  const expect: Expectation = { status: 200, body: [
    { pointer: '/members', inconclusiveWithout: '/members', contains: { value: 'u1' } },
    { pointer: '/members/0/value', inconclusiveWithout: '/members', equals: 'u1' },
  ] };
  const { findings } = check(expect, 200, group);
  assert.deepEqual(findings.map((f) => f.severity), ['warning', 'warning']);
  assert.match(findings[0]!.message, /^inconclusive: the response has no \/members at all.*RFC 7643 §4\.2: Group members/);
  assert.equal(findings[0]!.message, findings[1]!.message, 'the same words, so the run reports the cause once');
  // With members present, the check is judged as usual.
  assert.deepEqual(check(expect, 200, { ...group, members: [{ value: 'u2' }] }).findings.map((f) => f.severity), ['failure', 'failure']);
});

test('an inconclusive check on another attribute cites the schema\'s returned characteristic, not the Group members rule', () => {
  const { findings } = check({ status: 200, body: [{ pointer: '/emails/0/value', inconclusiveWithout: '/emails', equals: 'a@x.com' }] }, 200, { ...user, emails: undefined });
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /no \/emails at all.*RFC 7643 §7: an attribute whose schema says returned "default"/);
  assert.doesNotMatch(findings[0]!.message, /Group members/);
});

test('maxItems holds for an absent multi-valued attribute: unassigned is empty (RFC 7643 §2.5)', () => {
  assert.deepEqual(check({ status: 200, body: [{ pointer: '/members', maxItems: 1 }] }, 200, { id: 'g1' }).findings, []);
  assert.equal(check({ status: 200, body: [{ pointer: '/members', maxItems: 1 }] }, 200, { id: 'g1', members: [{}, {}] }).findings.length, 1);
});

test('a schema error under /meta that is the meta the request sent is named as stored readOnly data, not a date problem', () => {
  const sentMeta = { resourceType: 'User', created: '04-12-2018 00:00:00' };
  const echoed = { ...user, meta: { ...sentMeta, location: 'https://x/Users/u1' } };
  const plain = check({ status: 200, schema: 'User' }, 200, echoed);
  const named = check({ status: 200, schema: 'User' }, 200, echoed, SCIM, { requestBody: { userName: 'a', meta: sentMeta } });
  assert.equal(plain.findings.length, 1);
  assert.match(plain.findings[0]!.message, /\/meta\/created/);
  assert.equal(named.findings.length, 1);
  assert.match(named.findings[0]!.message, /got back what the request sent \(meta\.created "04-12-2018 00:00:00"\): the server stored client-sent readOnly data/);
  assert.match(named.findings[0]!.reference, /RFC 7643 §3\.1/);
  // A server's own bad date is still a date problem.
  const own = check({ status: 200, schema: 'User' }, 200, { ...user, meta: { created: 'yesterday' } }, SCIM, { requestBody: { meta: sentMeta } });
  assert.doesNotMatch(own.findings[0]!.message, /readOnly/);
});

const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const declineCo: Expectation = {
  status: 200,
  schema: 'ListResponse',
  decline: { status: [400], scimType: 'invalidFilter', what: 'the co operator (displayName co "x")', reference: 'RFC 7644 §3.4.2.2' },
};

test('an allowed decline (400 invalidFilter) is one warning naming what was declined, and nothing else is judged', () => {
  const outcome = check(declineCo, 400, { schemas: [ERROR], status: '400', scimType: 'invalidFilter', detail: 'co is not supported' });
  assert.equal(outcome.declined?.verdict, 'warning');
  assert.deepEqual(outcome.findings.map((f) => f.severity), ['warning']);
  assert.match(outcome.findings[0]!.message, /^declined: the server answered 400 invalidFilter \("co is not supported"\) to the co operator \(displayName co "x"\)\. RFC 7644 §3\.4\.2\.2 lets a server refuse/);
  assert.equal(outcome.findings[0]!.reference, 'RFC 7644 §3.4.2.2');
});

test('a 400 with another scimType, or a 5xx, is not a decline: it fails the status check', () => {
  const other = check(declineCo, 400, { schemas: [ERROR], status: '400', scimType: 'invalidSyntax' });
  assert.equal(other.declined, undefined);
  assert.match(other.findings[0]!.message, /^expected status 200, got 400 .*\. A 400 declines this only with scimType "invalidFilter" \(RFC 7644 §3\.4\.2\.2\); this one has scimType "invalidSyntax"\. What to do:/);
  const crash = check(declineCo, 500, { schemas: [ERROR], status: '500' });
  assert.equal(crash.declined, undefined);
  assert.deepEqual(crash.findings.map((f) => f.severity), ['failure']);
});

test('a 200 with wrong results is judged as usual even when a decline is allowed', () => {
  const outcome = check({ ...declineCo, body: [{ pointer: '/totalResults', equals: 1 }] }, 200, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 7, Resources: [] });
  assert.equal(outcome.declined, undefined);
  assert.match(outcome.findings[0]!.message, /expected \/totalResults to equal 1, got 7/);
});

test('a decline with verdict skipped adds no finding and carries its reason', () => {
  const outcome = check({ status: 200, decline: { status: [404, 501], what: 'POST /.search', verdict: 'skipped', reference: 'RFC 7644 §3.4.3' } }, 501, '');
  assert.equal(outcome.declined?.verdict, 'skipped');
  assert.deepEqual(outcome.findings, []);
  assert.match(outcome.declined!.message, /^the server declined POST \/\.search \(501\)/);
});

test('equalsPointer compares two places of one body (lastModified equals created on a new resource)', () => {
  const fresh = { meta: { created: '2026-01-01T00:00:00Z', lastModified: '2026-01-01T00:00:00Z' } };
  const later = { meta: { created: '2026-01-01T00:00:00Z', lastModified: '2026-01-01T00:00:01Z' } };
  const expect: Expectation = { status: 200, body: [{ pointer: '/meta/lastModified', equalsPointer: '/meta/created' }] };
  assert.deepEqual(check(expect, 200, fresh, SCIM).findings, []);
  assert.equal(check(expect, 200, later, SCIM).findings[0]!.message,
    'expected /meta/lastModified to equal /meta/created ("2026-01-01T00:00:00Z"), got "2026-01-01T00:00:01Z".');
  assert.deepEqual(check(expect, 200, { meta: { created: '2026-01-01T00:00:00Z' } }, SCIM).findings, [], 'an absent lastModified is for exists to judge');
});

test('itemsOneOf: every item is an allowed value, a placeholder filling to an array stands for its items', () => {
  const body = { schemas: ['urn:core', 'urn:ext', 'urn:other'] };
  const expect = (itemsOneOf: unknown[]): Expectation => ({ status: 200, body: [{ pointer: '/schemas', itemsOneOf }] });
  assert.deepEqual(check(expect(['urn:core', ['urn:ext', 'urn:other']]), 200, body, SCIM).findings, []);
  assert.match(check(expect(['urn:core', ['urn:ext']]), 200, body, SCIM).findings[0]!.message, /^expected \/schemas to hold only "urn:core", "urn:ext", got "urn:other" in \[/);
  assert.match(check({ status: 200, body: [{ pointer: '/flag', itemsOneOf: [true, false] }] }, 200, {}, SCIM).findings[0]!.message, /^expected \/flag to hold only true, false, got nothing\./);
});

test('unique: whole items, or the listed members of each item', () => {
  const emails = { schemas: ['a', 'a'], emails: [{ value: 'x', type: 'work', primary: true }, { value: 'x', type: 'work' }, { value: 'x', type: 'home' }] };
  assert.match(check({ status: 200, body: [{ pointer: '/schemas', unique: true }] }, 200, emails, SCIM).findings[0]!.message, /^expected \/schemas to hold each value once, got "a" more than once\./);
  assert.deepEqual(check({ status: 200, body: [{ pointer: '/emails', unique: true }] }, 200, emails, SCIM).findings, [], 'whole items differ in primary');
  assert.match(check({ status: 200, body: [{ pointer: '/emails', unique: ['type', 'value'] }] }, 200, emails, SCIM).findings[0]!.message, /hold each type and value once, got \{"value":"x","type":"work"\} more than once/);
});

test('a * segment applies the check to every match; an entry missing the leaf fails by its own pointer', () => {
  const types = { Resources: [{ schemaExtensions: [{ schema: 'e1', required: false }] }, { name: 'Group' }, { schemaExtensions: [{ schema: 'e2', required: true }, { schema: 'e3' }] }] };
  const expect: Expectation = { status: 200, body: [{ pointer: '/Resources/*/schemaExtensions/*/required', exists: true, oneOf: [true, false] }] };
  const { findings } = check(expect, 200, types, SCIM);
  assert.deepEqual(findings.map((f) => f.message), ['expected /Resources/2/schemaExtensions/1/required to be present, got nothing.']);
});

test('notEquals, oneOf (when present) and matches: the checks schema-driven steps use', () => {
  const def = { name: 'badge', type: 'string', mutability: '"readOnly"' };
  const messages = (body: Expectation['body']) => check({ status: 200, mediaType: false, body }, 200, def).findings.map((f) => f.message);
  assert.deepEqual(messages([{ pointer: '/type', oneOf: ['string', 'boolean'] }, { pointer: '/uniqueness', oneOf: ['none'] }, { pointer: '/name', matches: '^[A-Za-z][-_0-9A-Za-z]*$' }, { pointer: '/name', notEquals: 'other' }]), []);
  assert.deepEqual(messages([{ pointer: '/mutability', oneOf: ['readOnly', 'readWrite'] }, { pointer: '/name', matches: '^x' }, { pointer: '/name', notEquals: 'badge' }]), [
    'expected /mutability to be one of "readOnly", "readWrite", got "\\"readOnly\\"".',
    'expected /name to match /^x/, got "badge".',
    'expected /name not to equal "badge", got that value.',
  ]);
});
