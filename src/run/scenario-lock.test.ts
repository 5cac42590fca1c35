import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScenarioLock } from './scenario-lock.ts';

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('shared scenarios run together; an exclusive one waits for them and then runs alone', async () => {
  const lock = createScenarioLock();
  const log: string[] = [];
  const a = await lock.acquire('shared');
  const b = await lock.acquire('shared');
  const x = lock.acquire('exclusive').then((release) => (log.push('x'), release));
  const c = lock.acquire('shared').then((release) => (log.push('c'), release));
  await settle();
  assert.deepEqual(log, [], 'the exclusive one waits for a and b; c, asked for after it, waits for it');
  a();
  await settle();
  assert.deepEqual(log, []);
  b();
  await settle();
  assert.deepEqual(log, ['x'], 'x runs alone');
  (await x)();
  await settle();
  assert.deepEqual(log, ['x', 'c']);
  (await c)();
});

test('two exclusive scenarios never overlap, and releasing twice frees only once', async () => {
  const lock = createScenarioLock();
  const first = await lock.acquire('exclusive');
  let second = false;
  const next = lock.acquire('exclusive').then((release) => ((second = true), release));
  await settle();
  assert.equal(second, false);
  first();
  first();
  await settle();
  assert.equal(second, true);
  let shared = false;
  void lock.acquire('shared').then(() => (shared = true));
  await settle();
  assert.equal(shared, false, 'the second release of the first did not free the lock the second holds');
  (await next)();
  await settle();
  assert.equal(shared, true);
});
