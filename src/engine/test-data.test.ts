import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestData } from './test-data.ts';

const options = { seed: 'abc', runId: 'r1x2', scenarioKey: 'okta/create-user' };

test('the same seed and scenario give the same users', () => {
  const a = createTestData(options);
  const b = createTestData(options);
  for (const name of ['user1.userName', 'user1.givenName', 'user1.password', 'user2.phone', 'group1.displayName', 'guid1']) {
    assert.equal(a.resolve(name), b.resolve(name), name);
  }
});

test('another seed gives other users', () => {
  assert.notEqual(createTestData(options).resolve('user1.givenName') + '' + createTestData(options).resolve('user1.oktaId'),
    createTestData({ ...options, seed: 'xyz' }).resolve('user1.givenName') + '' + createTestData({ ...options, seed: 'xyz' }).resolve('user1.oktaId'));
});

test('userNames carry the run marker and stay on example.com', () => {
  const data = createTestData(options);
  assert.match(String(data.resolve('user1.userName')), /^scimtest-r1x2-[0-9a-z]{4}-1\.[A-Z][A-Za-z]*@example\.com$/);
  assert.match(String(data.resolve('group3.displayName')), /^scimtest-r1x2-[0-9a-z]{4}-g3 /);
  assert.deepEqual(data.markers(), [data.resolve('user1.userName'), data.resolve('group3.displayName')]);
});

test('generated values have the shapes IdPs send', () => {
  const data = createTestData(options);
  assert.match(String(data.resolve('user1.phone')), /^\+[1-9]\d{10}$/);
  assert.match(String(data.resolve('user1.oktaId')), /^00u[A-Za-z0-9]{17}$/);
  assert.match(String(data.resolve('user1.password')), /^[A-Za-z0-9]{8}$/);
  assert.match(String(data.resolve('guid2')), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('names that are not generated data resolve to undefined', () => {
  const data = createTestData(options);
  assert.equal(data.resolve('userId'), undefined);
  assert.equal(data.resolve('user1.unknownField'), undefined);
});

test('data.prefix is the start every userName and group name of the scenario shares, and only this scenario\'s', () => {
  const data = createTestData(options);
  const prefix = String(data.resolve('data.prefix'));
  assert.match(prefix, /^scimtest-r1x2-[0-9a-z]{4}-$/);
  assert.ok(String(data.resolve('user2.userName')).startsWith(prefix));
  assert.ok(String(data.resolve('group1.displayName')).startsWith(prefix));
  assert.notEqual(createTestData({ ...options, scenarioKey: 'rfc/filter-co' }).resolve('data.prefix'), prefix);
});
