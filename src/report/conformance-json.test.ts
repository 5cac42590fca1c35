import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderConformanceJson } from './conformance-json.ts';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';

describe('renderConformanceJson', () => {
  const text = renderConformanceJson(sampleResults(), sampleRun());
  const json = JSON.parse(text);

  it('has exactly the agreed top-level shape, in order', () => {
    assert.deepEqual(Object.keys(json), ['tool', 'target', 'summary', 'results']);
    assert.deepEqual(json.tool, { name: 'scim-conformance', version: '0.1.0' });
    assert.deepEqual(json.target, { baseUrl: 'http://127.0.0.1:8080/scim/v2', profile: 'generic' });
    assert.deepEqual(Object.keys(json.summary), ['passed', 'failed', 'skipped', 'warnings']);
  });

  it('counts statuses and warning strings', () => {
    assert.deepEqual(json.summary, { passed: 4, failed: 2, skipped: 1, warnings: 1 });
  });

  it('writes each result with only the agreed fields plus operation (and skipReason when skipped)', () => {
    for (const r of json.results) {
      const expected = ['id', 'idp', 'title', 'status', 'failures', 'warnings', 'operation'];
      assert.deepEqual(Object.keys(r), r.status === 'skipped' ? [...expected, 'skipReason'] : expected, r.id);
      for (const f of r.failures) assert.deepEqual(Object.keys(f), ['step', 'message', 'reference']);
    }
    assert.deepEqual(json.results[0], {
      id: 'okta/deactivate-user', idp: 'okta', title: 'Deactivate user', status: 'passed',
      failures: [], warnings: [], operation: 'deactivate',
    });
    const skipped = json.results.find((r: { status: string }) => r.status === 'skipped');
    assert.equal(skipped.skipReason, 'Profile talkdesk provisions Users only: group scenarios do not apply.');
  });

  it('keeps failures with step, message and reference', () => {
    const failed = json.results.find((r: { id: string }) => r.id === 'okta/create-user');
    assert.equal(failed.failures[0].step, '2 POST /Users — create user');
    assert.equal(failed.failures[0].reference, 'RFC 7644 §3.3');
    assert.match(failed.failures[0].message, /Expected 201 Created/);
  });

  it('redacts the token in failure messages and warnings', () => {
    assert.deepEqual(findSampleSecrets(text), []);
    assert.match(text, /for token \[REDACTED\]/);
    assert.match(text, /credential \[REDACTED\]/);
  });

  it('writes a valid empty report when nothing ran', () => {
    const empty = JSON.parse(renderConformanceJson([], sampleRun()));
    assert.deepEqual(empty.summary, { passed: 0, failed: 0, skipped: 0, warnings: 0 });
    assert.deepEqual(empty.results, []);
  });
});
