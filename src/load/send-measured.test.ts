import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitAfter429 } from './send-measured.ts';

test("Okta: Retry-After seconds, else 5 minutes; each retry doubles the wait; 10 attempts at most", () => {
  assert.equal(waitAfter429('okta', '7', 0, 1), 7);
  assert.equal(waitAfter429('okta', undefined, 0, 1), 300);
  assert.equal(waitAfter429('okta', 'Wed, 21 Oct 2026 07:28:00 GMT', 0, 1), 300, 'an HTTP date is not supported: 5 minutes');
  assert.equal(waitAfter429('okta', '7', 7, 2), 14);
  assert.equal(waitAfter429('okta', '7', 7, 10), undefined);
});

test('Entra: waits Retry-After seconds; without them the object waits for a later cycle', () => {
  assert.equal(waitAfter429('entra', '3', 0, 1), 3);
  assert.equal(waitAfter429('entra', undefined, 0, 1), undefined);
});
