import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';

test("a server that rejects capitalised PATCH ops fails Entra's default dialect, and only that, naming the cause", async () => {
  const run = await runCli(['run', '--mock-fault', 'reject-capitalised-patch-ops', '--seed', 'caps']);
  assert.equal(run.exitCode, 1);
  const failed = run.report!.results.filter((r) => r.status === 'failed');
  assert.ok(failed.length >= 5, `only ${failed.length} failed`);
  // The concurrency suite sends Entra's capitalised form too (concurrency/entra-add-members-at-once and the attribute PATCHes).
  assert.deepEqual([...new Set(failed.map((r) => r.idp))], ['entra', 'concurrency']);
  const sendsCapitalisedPatch = (id: string) => {
    const scenario = JSON.parse(readFileSync(path.join('scenarios', `${id}.json`), 'utf8'));
    return JSON.stringify(scenario.steps.map((s: { request: { body?: unknown } }) => s.request.body)).match(/"op":"(Add|Replace|Remove)"/);
  };
  for (const result of failed) {
    assert.ok(sendsCapitalisedPatch(result.id), `${result.id} failed but sends no capitalised op`);
    assert.match(result.failures[0]!.message, /got 400.*(Replace|Add|Remove)/, result.failures[0]!.message);
  }
  // Every Entra default-dialect sequence that sends a capitalised op is failed, blocked by one that failed
  // on the same cause, or (resting on inferred evidence) warned.
  const entraDefault = run.report!.results.filter((r) => r.idp === 'entra' && sendsCapitalisedPatch(r.id));
  const failedIds = new Set(failed.map((r) => r.id));
  for (const result of entraDefault.filter((r) => r.status !== 'failed')) {
    if (result.status === 'blocked') assert.ok(failedIds.has(result.blockedBy!), `${result.id} is blocked by ${result.blockedBy}, which did not fail`);
    else assert.match(result.warnings.join('\n'), /got 400.*a warning, not a failure/s, `${result.id} is ${result.status} without a warning`);
  }
});

test("a server that ignores active on PUT fails OneLogin's suspend once, names it, and blocks the sequence that repeats it", async () => {
  const run = await runCli(['run', '--idp', 'onelogin', '--mock-fault', 'ignore-active-on-put', '--seed', 'put']);
  assert.equal(run.exitCode, 1);
  const failed = run.report!.results.filter((r) => r.status === 'failed').map((r) => r.id).sort();
  // suspend-user-in-group suspends with the same PUT: blocked, naming suspend-user-put, not failed twice.
  assert.deepEqual(failed, ['onelogin/suspend-user-put']);
  const inGroup = run.report!.results.find((r) => r.id === 'onelogin/suspend-user-in-group')!;
  assert.equal(inGroup.status, 'blocked');
  assert.equal(inGroup.blockedBy, 'onelogin/suspend-user-put');
  assert.match(inGroup.skipReason!, /^blocked at step 7 \(PUT \/Users\/\{userId\} — Suspend: PUT the template with active false\): expected \/active to equal false, got true; the cause is reported by onelogin\/suspend-user-put$/);
  const suspend = run.report!.results.find((r) => r.id === 'onelogin/suspend-user-put')!;
  assert.match(suspend.failures[0]!.message, /expected \/active to equal false, got true/);
});

test('--profile talkdesk sends the Talkdesk extension, skips group scenarios with the reason, and keeps to 4 requests/second', async () => {
  const run = await runCli(['run', '--idp', 'okta', '--profile', 'talkdesk', '--seed', 'td']);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const groups = run.report!.results.filter((r) => r.id.startsWith('okta/group-push'));
  assert.ok(groups.length > 0);
  for (const result of groups) {
    assert.equal(result.status, 'skipped');
    assert.match(result.skipReason!, /talkdesk profile supports the User resource only/);
  }
  const har = JSON.parse(readFileSync(path.join(run.reportDir, 'transcript.har'), 'utf8'));
  const creates = har.log.entries.filter((e: { request: { method: string; url: string } }) => e.request.method === 'POST' && /\/Users$/.test(e.request.url));
  assert.ok(creates.length > 0);
  for (const create of creates) {
    const body = JSON.parse(create.request.postData.text);
    assert.deepEqual(body['urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User'], { rolesString: 'Agent', teamsString: 'Support' });
    assert.ok(body.schemas.includes('urn:ietf:params:scim:schemas:extension:talkdesk:2.0:User'));
  }
  // The mock answers 429 above 4 requests/second: none was needed.
  assert.equal(har.log.entries.filter((e: { response: { status: number } }) => e.response.status === 429).length, 0);
  assert.ok(!JSON.stringify(run.report).includes('429 with Retry-After'), 'the run was rate-limited');
});

test('OAuth client credentials: the token from the embedded token endpoint authenticates the run; the secret is never shown', async () => {
  const secret = 'client-secret-value-77aa';
  const run = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/get-user', '--profile', 'talkdesk', '--client-id', 'td-client', '--client-secret', secret]);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.ok(!run.allOutput().includes(secret));
  const wrong = await runCli(['run', '--idp', 'okta', '--scenario', 'okta/get-user', '--client-id', 'td-client', '--client-secret', secret, '--oauth-token-url', 'http://scim-mock.invalid/oauth/nowhere']);
  assert.equal(wrong.exitCode, 1);
  assert.match(wrong.report!.results[0]!.failures[0]!.message, /could not get an OAuth token from http:\/\/scim-mock\.invalid\/oauth\/nowhere: expected 200 with an access_token, got 404/);
});
