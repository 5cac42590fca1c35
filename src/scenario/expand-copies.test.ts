import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandCopies } from './expand-copies.ts';
import type { Step } from './types.ts';

const step: Step = {
  name: 'add member',
  copies: 3,
  request: { method: 'PATCH', path: '/Groups/{{groupId}}', headers: { Authorization: '{{auth}}' }, body: { value: '{{member#Id}}', n: '{{copy}}', name: '{{user#.userName|url}}' } },
  expect: { status: [200, 204], body: [{ pointer: '/members', contains: { value: '{{member#Id}}' } }] },
  capture: { 'member#Id': '/id' },
  reference: 'RFC 7644 §3.5.2',
};

test('a step with copies becomes one numbered plain step per copy', () => {
  const copies = expandCopies(step);
  assert.equal(copies.length, 3);
  assert.deepEqual(copies[2]!.request.body, { value: '{{member3Id}}', n: '3', name: '{{user3.userName|url}}' });
  assert.deepEqual(copies[1]!.expect.body![0]!.contains, { value: '{{member2Id}}' });
  assert.deepEqual(copies[0]!.capture, { member1Id: '/id' });
  assert.equal(copies[0]!.request.path, '/Groups/{{groupId}}');
  assert.equal(copies[0]!.copies, undefined);
  assert.equal(copies[2]!.name, 'add member (copy 3 of 3)');
});

test('a step without copies is itself, and # outside a placeholder stays', () => {
  const plain: Step = { ...step, copies: undefined, request: { ...step.request, query: 'filter=a%23b' } };
  assert.deepEqual(expandCopies(plain), [plain]);
  assert.equal(expandCopies({ ...plain, copies: 2 })[0]!.request.query, 'filter=a%23b');
});
