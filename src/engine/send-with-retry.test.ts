import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendWithRetry } from './send-with-retry.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { WireResponse } from './http-client.ts';

const ok: WireResponse = { status: 200, statusText: 'OK', headers: [], body: '' };
const tooMany = (retryAfter?: string): WireResponse => ({ status: 429, statusText: '', headers: retryAfter ? [['Retry-After', retryAfter]] : [], body: '' });
const request = { method: 'GET', url: 'http://127.0.0.1/scim/v2/Users', headers: [] };

function scripted(responses: WireResponse[]) {
  let calls = 0;
  return { send: async () => responses[Math.min(calls++, responses.length - 1)]!, calls: () => calls };
}

test('Retry-After seconds: waits exactly that long, retries, and notes it', async () => {
  const waits: number[] = [];
  const server = scripted([tooMany('2'), ok]);
  const { response, notes } = await sendWithRetry(server.send, request, {}, { sleep: async (ms) => void waits.push(ms) });
  assert.equal(response.status, 200);
  assert.deepEqual(waits, [2000]);
  assert.match(notes[0]!, /429 with Retry-After 2: waited 2 s/);
});

test('no Retry-After: doubling back-off and a warning that says what Okta does', async () => {
  const waits: number[] = [];
  const server = scripted([tooMany(), tooMany(), ok]);
  const { notes } = await sendWithRetry(server.send, request, {}, { sleep: async (ms) => void waits.push(ms) });
  assert.deepEqual(waits, [1000, 2000]);
  assert.match(notes[0]!, /without a usable Retry-After.*Okta otherwise waits 5 minutes/);
});

test('retries are bounded: the last 429 comes back with a note', async () => {
  const server = scripted([tooMany('0')]);
  const { response, notes } = await sendWithRetry(server.send, request, {}, { maxRetries: 2, sleep: async () => {} });
  assert.equal(response.status, 429);
  assert.equal(server.calls(), 3);
  assert.match(notes.at(-1)!, /still 429 after 2 retries/);
});

test('a Retry-After longer than the harness waits is not waited for', async () => {
  const waits: number[] = [];
  const { response } = await sendWithRetry(scripted([tooMany('3600'), ok]).send, request, {}, { sleep: async (ms) => void waits.push(ms) });
  assert.equal(response.status, 429);
  assert.deepEqual(waits, []);
});

test('Retry-After as an HTTP date is read as the seconds until then', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now), 5);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(' 7 ', now), 7);
});

test('a 429 tells the run to pause for the wait before it begins, with or without Retry-After', async () => {
  const events: string[] = [];
  const server = scripted([tooMany('3'), tooMany(), ok]);
  await sendWithRetry(server.send, request, {}, {
    sleep: async (ms) => void events.push(`sleep ${ms}`),
    pause: (ms) => void events.push(`pause ${ms}`),
  });
  assert.deepEqual(events, ['pause 3000', 'sleep 3000', 'pause 1000', 'sleep 1000']);
});
