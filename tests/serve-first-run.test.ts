// Issue 14 §4: the README's serve-then-run pair, a run without credentials, and stopping serve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startMockServer } from '../mocks/index.ts';
import { runCli, ROOT } from './support/run-cli.ts';
import { startServe } from './support/start-serve.ts';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The words of the README's command line that starts with `prefix`, up to its comment. */
function readmeCommand(prefix: string): string[] {
  const line = README.split('\n').find((l) => l.startsWith(prefix));
  assert.ok(line, `the README shows no "${prefix} …" line`);
  return line.replace(/#.*$/, '').trim().split(/\s+/);
}

test('the serve-then-run pair the README shows passes, the rfc auth checks included, and leaves no test-results folder', async () => {
  const serveWords = readmeCommand('npx scim-conformance serve --port 8080 --token');
  const runWords = readmeCommand('npx scim-conformance run --base-url http://127.0.0.1:8080/scim/v2 --token');
  const serveArgs = serveWords.slice(3);
  serveArgs.splice(serveArgs.indexOf('--port'), 2); // startServe listens on port 0
  const serve = await startServe(serveArgs);
  try {
    const runArgs = runWords.slice(2).map((w) => (w === 'http://127.0.0.1:8080/scim/v2' ? serve.url : w));
    // Narrowed to the rfc suite, which holds the auth checks, to keep npm test quick.
    const run = await runCli([...runArgs, '--idp', 'rfc', '--seed', 'readme-pair']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const auth = run.report!.results.filter((r) => r.id.startsWith('rfc/auth-'));
    assert.ok(auth.length >= 2, 'the rfc auth checks ran');
    for (const result of auth) assert.equal(result.status, 'passed', result.id);
    assert.ok(!run.files.some((f) => f.startsWith('test-results')), `empty Playwright folders left: ${run.files.filter((f) => f.startsWith('test-results')).slice(0, 3).join(', ')}`);
  } finally {
    await serve.stop();
  }
});

test('serve without --token prints the token it generated, and run --token with it passes the auth checks', async () => {
  const serve = await startServe();
  try {
    const said = await waitFor(() => /accepts this generated one: (\S+)\n/.exec(serve.output()), 'serve printed no generated token');
    const token = said[1]!;
    assert.match(serve.output(), new RegExp(`try: npx scim-conformance run --base-url ${serve.url} --token ${token}\\n`));
    const run = await runCli(['run', '--base-url', serve.url, '--token', token, '--scenario', 'rfc/auth-missing,rfc/auth-wrong,okta/get-user', '--seed', 'generated']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(run.report!.results.map((r) => `${r.id} ${r.status}`).sort(), ['okta/get-user passed', 'rfc/auth-missing passed', 'rfc/auth-wrong passed']);
  } finally {
    await serve.stop();
  }
});

test('a run without credentials sends no Authorization header at all', async () => {
  const server = await startMockServer();
  try {
    const run = await runCli(['run', '--base-url', server.url, '--scenario', 'okta/get-user,okta/create-user']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const requests = server.mock.requests();
    assert.ok(requests.length >= 4, `only ${requests.length} requests`);
    assert.deepEqual(requests.filter((r) => 'authorization' in r.headers).map((r) => `${r.method} ${r.url}: "${r.headers['authorization']}"`), []);
  } finally {
    await server.close();
  }
});

for (const how of ['the npx process', 'its process group (a shell job)'] as const) {
  test(`stopping \`npx scim-conformance serve\` with SIGTERM to ${how} frees the port`, async () => {
    const child = spawn('npx', ['--no-install', 'scim-conformance', 'serve', '--port', '0', '--quiet'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      const url = new URL((await waitFor(() => /^(http:\/\/\S+)\n/.exec(out), `serve printed no URL: ${out}`, 30_000))[1]!);
      assert.equal(await connects(url), true, 'serve is listening');
      if (how === 'the npx process') process.kill(child.pid!, 'SIGTERM');
      else process.kill(-child.pid!, 'SIGTERM');
      await waitFor(async () => !(await connects(url)), `a process still holds ${url.host} 10 s after SIGTERM to ${how}`, 10_000);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL'); // whatever is left of this test's own process group
      } catch {
        /* already gone */
      }
    }
  });
}

/** Polls `check` every 100 ms until it gives a truthy value. */
async function waitFor<T>(check: () => T | Promise<T>, failure: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function connects(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
