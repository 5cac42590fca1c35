import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkImportPages } from './check-import.ts';
import type { WireResponse } from '../engine/http-client.ts';

const page = (body: unknown): WireResponse => ({ status: 200, statusText: 'OK', headers: [], body: JSON.stringify(body) });
const users = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_u, i) => ({ id: `u${from + i}` }));

test('pages 100 at a time to the end and finds every created user', async () => {
  const asked: number[] = [];
  const check = await checkImportPages(async (start) => {
    asked.push(start);
    return page({ totalResults: 150, startIndex: start, itemsPerPage: start === 1 ? 100 : 50, Resources: start === 1 ? users(1, 100) : users(101, 150) });
  }, ['u1', 'u150'], () => true);
  assert.deepEqual(asked, [1, 101]);
  assert.deepEqual(check.problems, []);
  assert.equal(check.distinctIds, 150);
});

test('an unstable order (a user on two pages), string paging fields and a missing user are named', async () => {
  const check = await checkImportPages(async (start) => page({ totalResults: 150, startIndex: String(start), itemsPerPage: 100, Resources: start === 1 ? users(1, 100) : users(51, 100) }), ['u140'], () => true);
  assert.match(check.problems.join('\n'), /startIndex is "1", not an integer/);
  assert.match(check.problems.join('\n'), /50 user\(s\) came back on more than one page/);
  assert.match(check.problems.join('\n'), /1 of the 1 users the sync created were on no page/);
});
