import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './support/run-cli.ts';
import { startIndependentServer } from './support/independent-server/index.ts';
import { startSlowProxy, type Arrival } from './support/hostile-server.ts';

const BIN = path.join(ROOT, 'bin', 'scim-conformance.js');
const TOKEN = 'interrupt-token-5678';

/** Starts the CLI as a user would and keeps hold of the process, so the test can interrupt it. */
function startCli(args: string[]) {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'scim-cli-'));
  const child = spawn(process.execPath, [BIN, ...args, '--report-dir', reportDir], {
    cwd: ROOT,
    env: { ...process.env, SCIM_BASE_URL: undefined, SCIM_TOKEN: undefined, SCIM_CONFORMANCE_RUN: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; reportDir: string }>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, output, reportDir });
    }),
  );
  return { child, exited };
}

async function usersOnServer(baseUrl: string): Promise<string[]> {
  const list = await fetch(`${baseUrl}/Users?count=1000`, { headers: { Authorization: `Bearer ${TOKEN}` } }).then((r) => r.json());
  return (list.Resources ?? []).map((u: { userName: string }) => u.userName);
}

/** Five scenarios that each create exactly one user (one POST /Users), run one after another. */
const ONE_USER_EACH = ['okta/create-user', 'okta/get-user', 'okta/deactivate-user', 'okta/reactivate-user', 'okta/update-user-put'];
const isCreate = (a: Arrival) => a.method === 'POST' && /\/Users$/.test(a.url);

// SIGINT is Ctrl+C; SIGTERM is what a cancelled CI job sends first.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`a run interrupted with ${signal} halfway leaves none of its users on the server`, async () => {
    const server = await startIndependentServer({ token: TOKEN });
    let interrupt = () => {};
    // Slow enough that the 3rd create is still on its way to the server when the signal arrives: the hardest moment.
    const proxy = await startSlowProxy({
      upstream: server.url,
      delayMs: 200,
      onArrival: (arrival, all) => {
        if (isCreate(arrival) && all.filter(isCreate).length === 3) interrupt();
      },
    });
    try {
      const { child, exited } = startCli(['run', '--base-url', proxy.url, '--token', TOKEN, '--seed', 'interrupt', '--scenario', ONE_USER_EACH.join(',')]);
      interrupt = () => child.kill(signal);
      const { code, output, reportDir } = await exited;

      // Requests still on their way when the CLI exited reach the server now: wait for them before looking.
      await proxy.settled();
      const creates = proxy.arrivals.filter(isCreate);
      assert.ok(creates.length >= 3 && creates.length < ONE_USER_EACH.length, `${creates.length} creates: the run was not interrupted halfway\n${output}`);
      assert.ok(creates.filter((a) => a.status === 201).length >= 3, `the server did not create 3 users before the run ended\n${output}`);
      assert.deepEqual((await usersOnServer(server.url)).filter((n) => n.startsWith('scimtest-')), [], `users left behind:\n${output}`);
      // Interrupted, yet an orderly end: a failing exit code, reports, no stack trace.
      assert.equal(code, 1, output);
      assert.ok(existsSync(path.join(reportDir, 'conformance.json')), output);
      assert.match(readFileSync(path.join(reportDir, 'summary.md'), 'utf8'), /not sent: the run was stopped \(SIGINT\/SIGTERM or --run-timeout-ms\) before this step|the harness did not finish this scenario: the test ended with status interrupted/);
      assert.doesNotMatch(output, /^\s{4}at /m);
      assert.match(output, new RegExp(`${signal}: stopping; removing what this run created, then writing the reports`));
    } finally {
      await proxy.close();
      await server.close();
    }
  });
}

/** The densest window of `windowMs` (each window starts at an arrival): the requests in it. */
function densestWindow(arrivals: Arrival[], windowMs: number): Arrival[] {
  const sorted = [...arrivals].sort((a, b) => a.at - b.at);
  let best: Arrival[] = [];
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]!.at - sorted[i]!.at < windowMs) j++;
    if (j - i > best.length) best = sorted.slice(i, j);
  }
  return best;
}

test('--max-rps 4 never lets more than 4 requests reach the server within any 1000 ms', async (t) => {
  const server = await startIndependentServer({ token: TOKEN });
  const proxy = await startSlowProxy({ upstream: server.url });
  try {
    const run = await runCli(['run', '--base-url', proxy.url, '--token', TOKEN, '--max-rps', '4', '--seed', 'pacing', '--scenario', 'okta/create-user,okta/get-user,okta/deactivate-user']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.ok(proxy.arrivals.length >= 10, `only ${proxy.arrivals.length} requests: too few to show the pacing`);
    const densest = densestWindow(proxy.arrivals, 1000);
    const most = densest.length;
    const times = proxy.arrivals.map((a) => a.at);
    t.diagnostic(`${times.length} requests; at most ${most} in any 1000 ms; closest two ${Math.min(...times.slice(1).map((x, i) => x - times[i]!)).toFixed(1)} ms apart`);
    const listed = densest.map((a) => `+${(a.at - densest[0]!.at).toFixed(0)} ms ${a.method} ${a.url.split('?')[0]}`).join('\n');
    assert.ok(most <= 4, `${most} requests arrived within one 1000 ms window:\n${listed}`);
    // The pacing is not vacuous: requests came as fast as allowed, so a broken limit would show.
    assert.ok(most >= 3, `at most ${most} requests in a second: the run was too slow to test the limit`);
  } finally {
    await proxy.close();
    await server.close();
  }
});
