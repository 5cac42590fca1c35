import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockServer, type MockServer } from '../mocks/index.ts';
import { ROOT, runCli } from './support/run-cli.ts';

const TOKEN = 'rec-T0ken-9f8e7d6c5b4a';
const BIN = path.join(ROOT, 'bin', 'scim-conformance.js');
const SHIPPED = path.join(ROOT, 'scenarios', 'okta', 'deactivate-user.json');

let server: MockServer;
const dir = mkdtempSync(path.join(tmpdir(), 'scim-record-'));
const recording = path.join(dir, 'okta-deactivate.json');
/** The report folder of the run that went through the proxy: its transcript.har holds the original session. */
let originalReportDir = '';
let recorder: { exitCode: number; stdout: string; stderr: string };

/** Starts `record` in a child process and resolves with the URL it prints, plus a way to stop it. */
function startRecorder(args: string[]): Promise<{ url: string; stop: () => Promise<{ exitCode: number; stdout: string; stderr: string }> }> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, 'record', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      stdout += d;
      const firstLine = /^(\S+)\n/.exec(stdout);
      if (firstLine && stdout.indexOf('\n') === firstLine[0].length - 1) {
        resolve({
          url: firstLine[1]!,
          stop: async () => {
            child.kill('SIGTERM');
            return { exitCode: await exited, stdout, stderr };
          },
        });
      }
    });
    exited.then((code) => reject(new Error(`record exited with ${code} before printing its URL: ${stderr}`)));
  });
}

before(async () => {
  server = await startMockServer({ credentials: { token: TOKEN } });
  const proxy = await startRecorder(['--listen', '127.0.0.1:0', '--upstream', server.url, '--out', recording, '--name', 'okta-deactivate', '--idp', 'okta-live']);
  assert.match(proxy.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/, 'the proxy URL mirrors the upstream base path');
  const run = await runCli(['run', '--base-url', proxy.url, '--token', TOKEN, '--idp', 'okta', '--scenario', 'okta/deactivate-user', '--keep-data', '--seed', 'record-test']);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  originalReportDir = run.reportDir;
  recorder = await proxy.stop();
});

after(() => server.close());

test('record writes the session through the proxy as one scenario file on SIGTERM', () => {
  assert.equal(recorder.exitCode, 0, recorder.stderr);
  assert.match(recorder.stdout, /recorded 4 requests to .*okta-deactivate\.json/);
  const scenario = JSON.parse(readFileSync(recording, 'utf8'));
  assert.equal(scenario.id, 'okta-deactivate');
  assert.equal(scenario.idp, 'okta-live');
  assert.equal(scenario.operation, 'protocol');
  assert.match(scenario.source.reference, /^recorded by scim-conformance record from 127\.0\.0\.1:\d+ on \d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(scenario.steps.map((s: { request: { method: string; path: string } }) => `${s.request.method} ${s.request.path}`), ['GET /Users', 'POST /Users', 'PATCH /Users/{{user1Id}}', 'GET /Users/{{user1Id}}']);
  assert.deepEqual(scenario.steps[1].capture, { user1Id: '/id' });
});

test('no token, email, name, password or server id from the original session remains in the recording', () => {
  const text = readFileSync(recording, 'utf8');
  for (const form of [TOKEN, Buffer.from(TOKEN).toString('base64')]) assert.ok(!text.includes(form), 'the token leaked into the recording');
  const har = JSON.parse(readFileSync(path.join(originalReportDir, 'transcript.har'), 'utf8'));
  const createEntry = har.log.entries.find((e: { request: { method: string } }) => e.request.method === 'POST');
  const sent = JSON.parse(createEntry.request.postData.text);
  const created = JSON.parse(createEntry.response.content.text);
  const personal = { userName: sent.userName, email: sent.emails[0].value, givenName: sent.name.givenName, familyName: sent.name.familyName, displayName: sent.displayName, password: sent.password, externalId: sent.externalId, id: created.id };
  for (const [what, value] of Object.entries(personal)) {
    assert.equal(typeof value, 'string', `${what} missing from the HAR`);
    for (const form of [value, encodeURIComponent(value)]) assert.ok(!text.includes(form), `the original ${what} is still in the recording`);
  }
  assert.match(text, /"userName": "\{\{user1\.userName\}\}"/);
  assert.match(text, /filter=userName%20eq%20%22\{\{user1\.userName\|url\}\}%22/);
});

test('the recording replays green against the same server with run --scenario-file', async () => {
  const run = await runCli(['run', '--scenario-file', recording, '--base-url', server.url, '--token', TOKEN]);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.deepEqual(run.report!.results.map((r) => [r.id, r.status]), [['okta-live/okta-deactivate', 'passed']]);
});

test('diff of the recording against the scenario it came from shows no difference', async () => {
  const run = await runCli(['diff', SHIPPED, recording]);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^no difference in 4 steps/);
});

test('diff against a changed copy names each change, one line per difference, exit 1', async () => {
  const scenario = JSON.parse(readFileSync(recording, 'utf8'));
  scenario.steps[0].request.query = scenario.steps[0].request.query.replace(/%20/g, '+');
  delete scenario.steps[2].request.headers['User-Agent'];
  scenario.steps.push(structuredClone(scenario.steps[3]));
  const changed = path.join(dir, 'changed.json');
  writeFileSync(changed, JSON.stringify(scenario, null, 2));
  const run = await runCli(['diff', SHIPPED, changed]);
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.deepEqual(run.stdout.trimEnd().split('\n'), [
    'step 1 GET /Users: query: "filter=userName%20eq%20%22{{user1.userName|url}}%22&startIndex=1&count=100" → "filter=userName+eq+%22{{user1.userName|url}}%22&startIndex=1&count=100" (space as %20 → +)',
    'step 3 PATCH /Users/{userId}: header User-Agent: "Okta SCIM Client 1.0.0" → absent',
    'step 5 GET /Users/{user1Id}: step only in the second file (added)',
  ]);
});

test('diff exits 2 for a usage error or an unreadable file', async () => {
  const missing = await runCli(['diff', SHIPPED, path.join(dir, 'nope.json')]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
  const one = await runCli(['diff', SHIPPED]);
  assert.equal(one.exitCode, 2);
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{"id": "x"');
  assert.equal((await runCli(['diff', SHIPPED, broken])).exitCode, 2);
});

test('record refuses a missing --upstream or a bad --name with exit 2, before listening', async () => {
  const noUpstream = await runCli(['record', '--listen', '127.0.0.1:0', '--out', path.join(dir, 'x.json')]);
  assert.equal(noUpstream.exitCode, 2);
  assert.match(noUpstream.stderr, /--upstream URL is required/);
  const badName = await runCli(['record', '--listen', '127.0.0.1:0', '--upstream', server.url, '--out', path.join(dir, 'x.json'), '--name', 'Not Kebab']);
  assert.equal(badName.exitCode, 2);
  assert.ok(!existsSync(path.join(dir, 'x.json')));
});
