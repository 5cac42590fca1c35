import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockServer, type MockServer } from '../mocks/index.ts';
import { ROOT, runCli } from './support/run-cli.ts';

/**
 * `scim-conformance load` run as a user runs it, against servers this test starts on 127.0.0.1, small and
 * fast (a few dozen users at a high rate): the reports, the verdicts, the exit codes and the clean-up.
 */
const TOKEN = 'load-secret-token';
type Verdicts = Record<string, string>;

function readReport(dir: string): { verdicts: Array<{ id: string; status: string; detail: string }>; sync: { stopped?: string; import?: { pages: number } } } {
  return JSON.parse(readFileSync(path.join(dir, 'load.json'), 'utf8'));
}
const statuses = (dir: string): Verdicts => Object.fromEntries(readReport(dir).verdicts.map((v) => [v.id, v.status]));
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'scim-load-'));

describe('load against a correct server', () => {
  let server: MockServer;
  before(async () => void (server = await startMockServer({ credentials: { token: TOKEN } })));
  after(() => server.close());

  test('Entra: every verdict passes, the three reports are written, nothing stays, the token appears nowhere', async () => {
    const dir = tempDir();
    const run = await runCli(['load', '--base-url', server.url, '--token', TOKEN, '--users', '30', '--groups', '2', '--batch', '4', '--rate', '400', '--report-dir', dir]);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(statuses(dir), { throughput: 'passed', 'server-errors': 'passed', timeouts: 'passed', 'rate-limit': 'passed', quarantine: 'passed', completed: 'passed', 'clean-up': 'passed' });
    for (const file of ['load.json', 'summary.md', 'load.html']) assert.ok(existsSync(path.join(dir, file)), file);
    const everything = ['load.json', 'summary.md', 'load.html'].map((f) => readFileSync(path.join(dir, f), 'utf8')).join('') + run.stdout + run.stderr;
    assert.ok(!everything.includes(TOKEN), 'the token leaked into the output');
    assert.match(readFileSync(path.join(dir, 'summary.md'), 'utf8'), /\| membership-patch \| 8 \|/);
    assert.equal(server.mock.store.count('User') + server.mock.store.count('Group'), 0);
  });

  test('Okta: the import pages through every user 100 at a time', async () => {
    const dir = tempDir();
    const run = await runCli(['load', '--idp', 'okta', '--base-url', server.url, '--token', TOKEN, '--users', '120', '--groups', '1', '--batch', '60', '--rate', '600', '--report-dir', dir]);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(statuses(dir)['import-paging'], 'passed');
    assert.equal(readReport(dir).sync.import?.pages, 2);
    assert.equal(server.mock.store.count('User') + server.mock.store.count('Group'), 0);
  });
});

test('a 404 to a filter quarantines an Entra job at once and 5xx bursts fail "no 5xx" (exit 1); the clean-up retries past the bursts', async () => {
  const dir = tempDir();
  const run = await runCli(['load', '--users', '60', '--groups', '1', '--rate', '400', '--mock-fault', 'filter-404-when-empty', '--mock-fault', 'error-bursts', '--report-dir', dir]);
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  const found = statuses(dir);
  assert.deepEqual([found['quarantine'], found['server-errors'], found['clean-up']], ['failed', 'failed', 'passed']);
  assert.match(readReport(dir).verdicts.find((v) => v.id === 'quarantine')!.detail, /quarantine at once: .*answered 404/);
  assert.match(run.stdout, /✗ no 5xx and no dropped connections under load: \d+ of \d+ requests: \d+× 503/);
});

test('Ctrl-C stops the sync, removes what was created, writes the reports and exits 1', async () => {
  const server = await startMockServer({ credentials: { token: TOKEN } });
  const dir = tempDir();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'scim-conformance.js'), 'load', '--base-url', server.url, '--token', TOKEN, '--users', '500', '--rate', '40', '--report-dir', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.once('data', () => setTimeout(() => child.kill('SIGINT'), 700));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(exitCode, 1);
  assert.equal(readReport(dir).sync.stopped, 'interrupted');
  assert.equal(server.mock.store.count('User') + server.mock.store.count('Group'), 0);
  await server.close();
});
