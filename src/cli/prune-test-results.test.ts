import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pruneTestResults } from './prune-test-results.ts';

test('empty per-test folders go, and test-results itself when only .last-run.json is left', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'prune-')), 'test-results');
  mkdirSync(path.join(dir, 'replay-okta-create-user', 'nested'), { recursive: true });
  mkdirSync(path.join(dir, 'replay-okta-get-user'));
  writeFileSync(path.join(dir, '.last-run.json'), '{"status":"passed"}');
  pruneTestResults(dir);
  assert.equal(existsSync(dir), false);
});

test('a folder with an attachment is kept, with test-results', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'prune-')), 'test-results');
  mkdirSync(path.join(dir, 'replay-okta-create-user'), { recursive: true });
  mkdirSync(path.join(dir, 'replay-okta-get-user'));
  writeFileSync(path.join(dir, 'replay-okta-get-user', 'trace.zip'), 'x');
  pruneTestResults(dir);
  assert.equal(existsSync(path.join(dir, 'replay-okta-create-user')), false);
  assert.equal(existsSync(path.join(dir, 'replay-okta-get-user', 'trace.zip')), true);
});

test('a missing folder is no error', () => {
  pruneTestResults(path.join(tmpdir(), 'no-such-test-results-folder'));
});
