import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { runCli } from './support/run-cli.ts';
import { readHtmlReportData } from './support/read-html-report.ts';
import { startHostileServer, type HostileBehaviour } from './support/hostile-server.ts';

interface HostileCase {
  behaviour: HostileBehaviour;
  /** What the failed step must say. */
  message: RegExp;
  args?: string[];
}

const CASES: HostileCase[] = [
  { behaviour: 'not-json', message: /expected a JSON body, got a body that is not JSON \(text\/plain\)/ },
  { behaviour: 'html-error', message: /expected status 200 or 404, got 502 Bad Gateway with body <!DOCTYPE html>.*What to do: the server failed internally/ },
  { behaviour: 'too-large', message: /response body is over 10485760 bytes; the harness stopped reading it\. What to do: keep responses small/ },
  { behaviour: 'reset', message: /the server 127\.0\.0\.1:\d+ reset the connection before a complete response\. What to do: check the server's logs/ },
  { behaviour: 'close-mid-body', message: /the server closed the connection in the middle of the response body/ },
  { behaviour: 'hang', message: /no complete response within 500 ms \(--timeout-ms\)\. What to do: .*raise --timeout-ms/, args: ['--timeout-ms', '500'] },
  { behaviour: 'redirect', message: /expected status 200 or 404, got 302 Found.*the harness does not follow redirects \(credentials must not go to another origin\)/ },
  // https:// to a plain-HTTP port is caught before the run (tests/cli-newcomer-mistakes.test.ts).
  { behaviour: 'tls-self-signed', message: /TLS failed with 127\.0\.0\.1:\d+: self[- ]signed certificate\. What to do: give the server a certificate this machine trusts/ },
];

const REPORTS = ['conformance.json', 'junit.xml', 'summary.md', 'transcript.har', 'matrix.html', 'html/index.html'];

// Each case is a separate CLI run (Playwright start-up ~3 s); run a few at once.
describe('a hostile or broken server gives a failed step with a clear message, written reports and no leaked credential', { concurrency: 3 }, () => {
  for (const { behaviour, args = [] } of CASES) {
    test(behaviour, async () => {
      const server = await startHostileServer(behaviour);
      const secret = `hostile-secret-${randomBytes(6).toString('hex')}`;
      try {
        const run = await runCli(['run', '--base-url', server.url, '--token', secret, '--scenario', 'okta/get-user', '--seed', 'hostile', ...args], { timeoutMs: 60_000 });
        const context = `exit ${run.exitCode}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

        assert.ok(run.exitCode === 1 || run.exitCode === 2, context);
        for (const file of REPORTS) assert.ok(run.files.includes(file), `${file} was not written; ${context}`);
        const result = run.report!.results.find((r) => r.id === 'okta/get-user')!;
        assert.equal(result.status, 'failed', context);
        const served = CASES.find((c) => c.behaviour === server.behaviour)!;
        assert.match(result.failures[0]!.message, served.message);
        assert.match(result.failures[0]!.step, /^1 GET \/Users/, 'the first step meets the misbehaviour');
        // The person at the console reads the same reason, not a stack trace.
        assert.match(run.stdout, /✗ okta\/get-user/);
        assert.doesNotMatch(run.stderr, /^\s{4}at /m, context);
        assert.doesNotMatch(run.stdout, /^\s{4}at /m, context);

        // Over TLS the handshake fails before any HTTP request; every other server saw the request.
        if (!behaviour.startsWith('tls-')) assert.ok(server.requests.length >= 1, 'the server was reached');
        assert.ok(!run.allOutput().includes(secret), 'the token appears in the console or a report file');
        assert.ok(!readHtmlReportData(run.reportDir).includes(secret), 'the token appears in the Playwright HTML report');

        if (behaviour === 'redirect') {
          const other = server.redirectTarget!;
          assert.equal(server.requests[0]!.authorization, `Bearer ${secret}`, 'the hostile origin itself got the credential');
          assert.deepEqual(other.requests.filter((r) => r.authorization !== undefined), [], `${other.origin} received an Authorization header`);
          assert.deepEqual(other.requests, [], 'the harness followed the redirect');
        }
      } finally {
        await server.close();
      }
    });
  }
});
