import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlaceholders, isBuiltInPlaceholder } from './check-placeholders.ts';
import type { Scenario, Step } from './types.ts';

function withSteps(...steps: Array<Partial<Step>>): Scenario {
  return {
    id: 'x',
    idp: 'okta',
    title: 'x',
    operation: 'create',
    source: { reference: 'test' },
    steps: steps.map((s, i) => ({ name: `s${i}`, request: { method: 'GET', path: '/Users', headers: {} }, expect: { status: 200 }, reference: 'r', ...s })),
  };
}

describe('isBuiltInPlaceholder', () => {
  for (const name of ['auth', 'run.id', 'base.path', 'user1.userName', 'group12.externalId', 'guid3']) {
    it(`knows ${name}`, () => assert.equal(isBuiltInPlaceholder(name), true));
  }
  for (const name of ['userId', 'user.userName', 'user1.user_name', 'guid', 'run.marker']) {
    it(`does not know ${name}`, () => assert.equal(isBuiltInPlaceholder(name), false));
  }
});

describe('checkPlaceholders', () => {
  it('finds placeholders in header values, body keys and rawBody, with their JSON pointers', () => {
    const problems = checkPlaceholders(
      withSteps({
        request: { method: 'POST', path: '/Users', headers: { 'If-Match': '{{etag}}' }, body: { 'a/b': { '{{key}}': 1 } } },
      }, {
        request: { method: 'POST', path: '/Users', headers: {}, rawBody: '{"x":"{{raw}}"}' },
      }),
    );
    assert.deepEqual(problems.map((p) => p.pointer), ['/steps/0/request/headers/If-Match', '/steps/0/request/body/a~1b/{{key}}', '/steps/1/request/rawBody']);
  });

  it('accepts spaces inside the braces, as the engine does', () => {
    assert.deepEqual(checkPlaceholders(withSteps({ request: { method: 'GET', path: '/Users/{{ user1.userName | url }}', headers: {} } })), []);
  });

  it('refuses two filters and a malformed name', () => {
    const problems = checkPlaceholders(withSteps({ request: { method: 'GET', path: '/{{user1.userName|url|upper}}/{{1x}}', headers: {} } }));
    assert.deepEqual(problems.map((p) => p.message), [
      '{{user1.userName|url|upper}} has 2 filters; a placeholder takes at most one (url, form, upper, lower, lastSegment, fullwidth)',
      '{{1x}} is not a placeholder: write {{name}} or {{name|filter}}',
    ]);
  });

  it('does not let a step use its own capture', () => {
    const problems = checkPlaceholders(withSteps({ capture: { userId: '/id' }, expect: { status: 200, body: [{ pointer: '/id', equals: '{{userId}}' }] } }));
    assert.match(problems[0]!.message, /captured only by step 0 \(\/steps\/0\/capture\), which runs too late/);
  });

  it('refuses a capture name that shadows a built-in', () => {
    const problems = checkPlaceholders(withSteps({ capture: { auth: '/id' } }));
    assert.deepEqual(problems, [{ pointer: '/steps/0/capture/auth', message: 'capture name "auth" shadows the built-in placeholder {{auth}}; pick another name' }]);
  });

  it('numbers copies: a capture per copy is known to later steps, # outside copies is refused', () => {
    const ok = checkPlaceholders(
      withSteps(
        { copies: 2, request: { method: 'POST', path: '/Users', headers: {}, body: { userName: '{{user#.userName}}' } }, capture: { 'member#Id': '/id' } },
        { request: { method: 'GET', path: '/Users/{{member2Id}}', headers: {} } },
      ),
    );
    assert.deepEqual(ok, []);
    const bad = checkPlaceholders(withSteps({ request: { method: 'GET', path: '/Users/{{member#Id}}', headers: {} } }));
    assert.match(bad[0]!.message, /numbers copies only in a step with "copies"/);
  });

  it('refuses a capture used by another step of the same concurrent group', () => {
    const problems = checkPlaceholders(
      withSteps(
        { concurrent: 'g', request: { method: 'POST', path: '/Users', headers: {} }, capture: { userId: '/id' } },
        { concurrent: 'g', request: { method: 'GET', path: '/Users/{{userId}}', headers: {} } },
        { request: { method: 'GET', path: '/Users/{{userId}}', headers: {} } },
      ),
    );
    assert.deepEqual(problems.map((p) => p.pointer), ['/steps/1/request/path']);
  });

  it('checks the placeholder of a repeat: it must be captured by an earlier step', () => {
    const repeat = { pointer: '/Operations', times: '{{bulkMaxOperations}}', max: 1001, what: 'x' };
    assert.deepEqual(checkPlaceholders(withSteps({ repeat })).map((p) => p.pointer), ['/steps/0/repeat/times']);
    assert.deepEqual(checkPlaceholders(withSteps({ capture: { bulkMaxOperations: '/bulk/maxOperations' } }, { repeat })), []);
  });
});
