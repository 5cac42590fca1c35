import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatItems } from './repeat-items.ts';
import { MissingValueError } from './placeholders.ts';
import type { RepeatItems, StepRequest } from '../scenario/types.ts';

const request: StepRequest = { method: 'POST', path: '/Bulk', headers: {}, body: { schemas: ['x'], Operations: [{ method: 'PATCH', path: '/Users/{{user1Id}}' }] } };
const repeat: RepeatItems = { pointer: '/Operations', times: '{{max}}', plus: 1, max: 1001, what: 'one operation more than bulk.maxOperations' };
const declaring = (max: unknown) => (name: string) => (name === 'max' ? max : undefined);

test('the one-item array gets times + plus copies of its item, placeholders left for the request builder', () => {
  const { request: built } = repeatItems(request, repeat, declaring(3));
  const operations = (built!.body as { Operations: unknown[] }).Operations;
  assert.equal(operations.length, 4);
  assert.deepEqual(operations[3], { method: 'PATCH', path: '/Users/{{user1Id}}' });
  assert.equal((request.body as { Operations: unknown[] }).Operations.length, 1, 'the scenario is not changed');
});

test('above max the request is not built: the reason names the count, the declared value and the bound', () => {
  const outcome = repeatItems(request, repeat, declaring(5000));
  assert.equal(outcome.request, undefined);
  assert.match(outcome.skipped!, /^a request of 5001 items \(one operation more than bulk\.maxOperations, max = 5000\) is more than the harness sends \(at most 1001\)/);
});

test('a declared value that is no whole number, a missing one, or a pointer to no one-item array is an error', () => {
  assert.throws(() => repeatItems(request, repeat, declaring('lots')), /repeat\.times \{\{max\}\} must hold a whole number, got "lots"/);
  assert.throws(() => repeatItems(request, repeat, declaring(undefined)), MissingValueError);
  assert.throws(() => repeatItems(request, { ...repeat, pointer: '/schemas/0' }, declaring(2)), /repeat\.pointer \/schemas\/0 must name a one-item array/);
});

test('a body above bytesAtMost is not sent: it would exceed the payload limit too, and the answer could name either', () => {
  const resolve = (name: string) => ({ max: 3, bytes: 100, user1Id: 'u-1' })[name];
  const outcome = repeatItems(request, { ...repeat, bytesAtMost: '{{bytes}}' }, resolve);
  assert.match(outcome.skipped!, /^a request of 4 items \(one operation more than bulk\.maxOperations\) is \d+ bytes, more than bytes = 100 as well/);
  assert.ok(repeatItems(request, { ...repeat, bytesAtMost: '{{bytes}}' }, (name) => ({ max: 3, bytes: 100000, user1Id: 'u-1' })[name]).request);
});
