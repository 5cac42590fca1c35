import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './support/run-cli.ts';

test('Okta password sync honours a declared changePassword.supported false: skipped with the reason, not failed', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/password-sync,okta/password-sync-put,okta/create-user', '--mock-fault', 'change-password-unsupported']);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  for (const id of ['okta/password-sync', 'okta/password-sync-put']) {
    const result = run.report!.results.find((r) => r.id === id)!;
    assert.equal(result.status, 'skipped', id);
    assert.match(result.skipReason!, /needs change-password: the server's ServiceProviderConfig says changePassword\.supported is false/);
  }
  assert.equal(run.report!.results.find((r) => r.id === 'okta/create-user')!.status, 'passed');
});

test('a broken create fails the create scenarios once; the sequences that only need a user are blocked, naming them', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/create-user,okta/deactivate-user,okta/get-user,okta/update-user-patch', '--mock-fault', 'create-returns-200']);
  assert.equal(run.exitCode, 1);
  const byId = new Map(run.report!.results.map((r) => [r.id, r]));
  assert.equal(byId.get('okta/create-user')!.status, 'failed');
  for (const id of ['okta/deactivate-user', 'okta/get-user', 'okta/update-user-patch']) {
    const result = byId.get(id)!;
    assert.equal(result.status, 'blocked', id);
    assert.equal(result.blockedBy, 'okta/create-user');
    assert.deepEqual(result.failures, []);
  }
  assert.match(run.stdout, /\n0 passed, 1 failed, 0 skipped, 3 blocked, \d+ warnings\n/);
  // Without the scenario that owns the cause in the run, the cause is not lost: the sequence fails on it.
  const alone = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/deactivate-user', '--mock-fault', 'create-returns-200']);
  assert.equal(alone.exitCode, 1);
  assert.equal(alone.report!.results[0]!.status, 'failed');
  assert.match(alone.report!.results[0]!.failures[0]!.message, /expected status 201, got 200/);
});
