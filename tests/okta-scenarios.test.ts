import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Scenario, Step } from '../src/scenario/types.ts';

// Okta-specific invariants of the scenario data (the format itself is checked by the loader's tests).
const DIR = new URL('../scenarios/okta/', import.meta.url);
const suite: Scenario[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Scenario);
const byId = new Map(suite.map((s) => [s.id, s]));
const OKTA_UA = 'Okta SCIM Client 1.0.0';
const isOktaClient = (step: Step) => step.request.headers['User-Agent'] === OKTA_UA;

test('the suite has a scenario for every Okta sequence of docs/idp/okta.md §3 and §5', () => {
  const required = [
    'test-api-credentials', 'import-users', 'import-groups', 'create-user', 'create-user-plus-encoding', 'get-user',
    'update-user-put', 'update-user-put-echo', 'update-user-patch', 'deactivate-user', 'deactivate-user-put',
    'reactivate-user', 'create-user-conflict', 'existing-user-match', 'group-push-create', 'group-push-create-with-members',
    'group-push-rename', 'group-push-add-member', 'group-push-remove-member', 'group-push-replace-members',
    'group-push-delete', 'password-sync', 'runscope-spec-test',
  ];
  assert.deepEqual(required.filter((id) => !byId.has(id)), []);
  for (const s of suite) assert.equal(s.idp, 'okta', `${s.id}: idp`);
});

test('Okta client requests carry the [O-2019] headers in capture order (docs/idp/okta.md §1.2)', () => {
  const get = ['Accept', 'Accept-Charset', 'User-Agent', 'Authorization', 'Accept-Encoding'];
  const withBody = ['Accept', 'Accept-Charset', 'Content-Type', 'User-Agent', 'Authorization', 'Accept-Encoding'];
  for (const s of suite) {
    for (const step of s.steps.filter(isOktaClient)) {
      const { method, headers } = step.request;
      assert.deepEqual(Object.keys(headers), method === 'GET' ? get : withBody, `${s.id} / ${step.name}`);
      assert.equal(headers.Accept, 'application/scim+json');
      assert.equal(headers.Authorization, '{{auth}}');
      if (method !== 'GET') assert.equal(headers['Content-Type'], 'application/scim+json; charset=utf-8', `${s.id} / ${step.name}`);
      assert.equal(method === 'DELETE' || method === 'GET', step.request.body === undefined, `${s.id} / ${step.name}: body`);
    }
  }
});

test('every step the harness did not add is an Okta client or a Runscope request', () => {
  for (const s of suite) {
    for (const step of s.steps.filter((st) => !st.harness && !isOktaClient(st))) {
      assert.equal(s.id, 'runscope-spec-test', `${s.id} / ${step.name} has neither Okta's User-Agent nor harness: true`);
      const ua = step.request.headers['User-Agent'];
      if (step.request.method === 'GET') assert.equal(ua, 'OKTA SCIM Integration', step.name);
      else assert.equal(ua, undefined, `${step.name}: Runscope POSTs send no User-Agent`);
    }
  }
});

test('Okta never deletes users, so no scenario sends DELETE /Users (docs/idp/okta.md §3.10)', () => {
  for (const s of suite) for (const step of s.steps) assert.ok(!(step.request.method === 'DELETE' && step.request.path.startsWith('/Users')), `${s.id} / ${step.name}`);
});

test('no userName or email is hard-coded and filters are percent- or form-encoded', () => {
  for (const s of suite) {
    for (const step of s.steps) {
      const text = JSON.stringify({ q: step.request.query, b: step.request.body }).replace(/\{\{[^}]*\}\}/g, '');
      assert.ok(!text.includes('@'), `${s.id} / ${step.name}: a literal address; use {{userN.userName}}`);
      assert.ok(!/[ "]/.test(step.request.query ?? ''), `${s.id} / ${step.name}: a raw space or quote in the query`);
    }
  }
});

test('every step names its reference, and titles marked [INFERRED] list the inferred facts', () => {
  for (const s of suite) {
    for (const step of s.steps) assert.ok(step.reference.length > 10, `${s.id} / ${step.name}: reference`);
    const mentionsInferred = s.title.includes('[INFERRED') || s.steps.some((st) => st.reference.includes('[INFERRED'));
    if (mentionsInferred) assert.ok((s.source.inferred ?? []).length > 0, `${s.id}: source.inferred is empty`);
  }
});
