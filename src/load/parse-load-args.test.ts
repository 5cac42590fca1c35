import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLoadArgs } from './parse-load-args.ts';

test('defaults: Entra, 100 users, 2 groups, 25 requests/second, the embedded mock', () => {
  const { config } = parseLoadArgs([], {});
  assert.deepEqual([config.idp, config.users, config.groups, config.batch, config.rate, config.concurrency, config.durationMs, config.baseUrl], ['entra', 100, 2, 10, 25, 8, 600_000, undefined]);
});

test('a target that is not loopback needs --yes; counts are bounded; bad values name the flag', () => {
  assert.throws(() => parseLoadArgs(['--base-url', 'https://scim.example.com/v2'], {}), /not this machine.*--yes/);
  assert.equal(parseLoadArgs(['--base-url', 'https://scim.example.com/v2', '--yes'], {}).config.baseUrl, 'https://scim.example.com/v2');
  assert.throws(() => parseLoadArgs(['--users', '100001'], {}), /--users must be a number from 1 to 100000/);
  assert.throws(() => parseLoadArgs(['--rate', 'fast'], {}), /--rate must be a number/);
  assert.throws(() => parseLoadArgs(['--idp', 'onelogin'], {}), /entra or okta/);
  assert.throws(() => parseLoadArgs(['--mock-fault', 'slow-writes', '--base-url', 'http://127.0.0.1:1/v2'], {}), /embedded mock/);
});
