import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Scenario, Step } from '../scenario/types.ts';
import { diffScenarios, formatDifference } from './diff-scenarios.ts';

function step(request: Partial<Step['request']>, extra: Partial<Step> = {}): Step {
  return {
    name: 'a step',
    request: { method: 'GET', path: '/Users', headers: { Accept: 'application/scim+json', 'User-Agent': 'Okta SCIM Client 1.0.0', Authorization: '{{auth}}' }, ...request },
    expect: { status: 200 },
    reference: 'RFC 7644 §3.4',
    ...extra,
  };
}
function scenario(steps: Step[]): Scenario {
  return { id: 'x', idp: 'okta', title: 't', operation: 'protocol', source: { reference: 'r' }, steps };
}
const create = (n: number, capture: string) => step(
  { method: 'POST', body: { userName: `{{user${n}.userName}}`, name: { givenName: `{{user${n}.givenName}}` } } },
  { capture: { [capture]: '/id' }, expect: { status: 201 } },
);
const patch = (capture: string, given: string) => step({ method: 'PATCH', path: `/Users/{{${capture}}}`, body: { Operations: [{ op: 'replace', value: { 'name.givenName': given } }] } });
const lines = (a: Scenario, b: Scenario) => diffScenarios(a, b).map(formatDifference);

test('placeholders compare by kind and consistent use: renumbered users and renamed captures are no difference', () => {
  const a = scenario([create(1, 'userId'), patch('userId', '{{user2.givenName}}')]);
  const b = scenario([create(3, 'user1Id'), patch('user1Id', '{{user7.givenName}}')]);
  assert.deepEqual(lines(a, b), []);
});

test('an inconsistent mapping is a difference: the update reuses the first user\'s name instead of a new one', () => {
  const a = scenario([create(1, 'userId'), patch('userId', '{{user2.givenName}}')]);
  const b = scenario([create(1, 'userId'), patch('userId', '{{user1.givenName}}')]);
  assert.deepEqual(lines(a, b), ['step 2 PATCH /Users/{userId}: body /Operations/0/value/name.givenName: "{{user2.givenName}}" → "{{user1.givenName}}"']);
});

test('the query compares byte for byte: %20 against + is named as the space encoding', () => {
  const a = scenario([step({ query: 'filter=userName%20eq%20%22{{user1.userName|url}}%22' })]);
  const b = scenario([step({ query: 'filter=userName+eq+%22{{user1.userName|url}}%22' })]);
  assert.deepEqual(lines(a, b), ['step 1 GET /Users: query: "filter=userName%20eq%20%22{{user1.userName|url}}%22" → "filter=userName+eq+%22{{user1.userName|url}}%22" (space as %20 → +)']);
  assert.match(lines(a, scenario([step({})]))[0]!, /query: "filter=.*" → absent$/);
});

test('headers: removed, added, changed, renamed in case, and reordered', () => {
  const a = scenario([step({ headers: { Accept: 'application/scim+json', 'User-Agent': 'Okta SCIM Client 1.0.0', Authorization: '{{auth}}', 'Accept-Charset': 'utf-8' } })]);
  const b = scenario([step({ headers: { Authorization: '{{auth}}', accept: 'application/json', 'Accept-Charset': 'utf-8', ADSCIMVersion: '5.0' } })]);
  assert.deepEqual(lines(a, b), [
    'step 1 GET /Users: header name: "Accept" → "accept"',
    'step 1 GET /Users: header Accept: "application/scim+json" → "application/json"',
    'step 1 GET /Users: header User-Agent: "Okta SCIM Client 1.0.0" → absent',
    'step 1 GET /Users: header ADSCIMVersion: absent → "5.0"',
    'step 1 GET /Users: header order: Accept, Authorization, Accept-Charset → Authorization, accept, Accept-Charset',
  ]);
});

test('body shape: members added and removed, a changed type, and key order', () => {
  const a = scenario([step({ method: 'POST', body: { userName: '{{user1.userName}}', active: true, emails: [{ value: '{{user1.email}}', type: 'work' }] } })]);
  const b = scenario([step({ method: 'POST', body: { active: 'True', userName: '{{user1.userName}}', emails: [{ value: '{{user1.email}}' }], locale: 'en-US' } })]);
  assert.deepEqual(lines(a, b), [
    'step 1 POST /Users: body /active: true → "True"',
    'step 1 POST /Users: body /emails/0/type: "work" → absent',
    'step 1 POST /Users: body /locale: absent → "en-US"',
    'step 1 POST /Users: body key order at /: userName, active, emails → active, userName, emails',
  ]);
});

test('expected status differs only when neither accepts every status of the other', () => {
  const a = scenario([step({}, { expect: { status: [200, 404] } }), step({}, { expect: { status: 200 } })]);
  const b = scenario([step({}, { expect: { status: 200 } }), step({}, { expect: { status: 201 } })]);
  assert.deepEqual(lines(a, b), ['step 2 GET /Users: expected status: 200 → 201']);
});

test('steps only one file has are reported last, and a different method or path is named', () => {
  const a = scenario([step({ method: 'PATCH', path: '/Users/{{userId}}' }, {}), step({ method: 'GET', path: '/Groups' })]);
  const b = scenario([step({ method: 'PUT', path: '/Users/{{userId}}/x' })]);
  assert.deepEqual(lines(a, b), [
    'step 1 PATCH /Users/{userId}: method: PATCH → PUT',
    'step 1 PATCH /Users/{userId}: path: "/Users/{{userId}}" → "/Users/{{userId}}/x"',
    'step 2 GET /Groups: step only in the first file (missing in the second)',
  ]);
  assert.deepEqual(lines(b, a).at(-1), 'step 2 GET /Groups: step only in the second file (added)');
});

test('an exact-bytes body is compared as text', () => {
  const a = scenario([step({ method: 'POST', rawBody: '{"userName":"{{user1.userName}}"}' })]);
  const b = scenario([step({ method: 'POST', rawBody: '{"userName": "{{user2.userName}}"}' })]);
  assert.match(lines(a, b)[0]!, /^step 1 POST \/Users: body text: .* \(bytes differ near character 13\)$/);
  assert.deepEqual(lines(a, scenario([step({ method: 'POST', body: { userName: '{{user1.userName}}' } })])), ['step 1 POST /Users: body form: rawBody (exact text) → body (JSON) (same bytes)']);
});

test('"{{user1.givenName}} {{user1.familyName}}" and "{{user1.displayName}}" are the same generated text', () => {
  const a = scenario([step({ method: 'POST', body: { name: { formatted: '{{user1.givenName}} {{user1.familyName}}' } } })]);
  const b = scenario([step({ method: 'POST', body: { name: { formatted: '{{user4.displayName}}' } } })]);
  assert.deepEqual(lines(a, b), []);
  const c = scenario([step({ method: 'POST', body: { name: { formatted: '{{user1.familyName}} {{user1.givenName}}' } } })]);
  assert.equal(lines(a, c).length, 1);
});
