// examples/github-actions.yml is what users copy into their pipelines: its command must work as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, ROOT } from './support/run-cli.ts';
import { startServe } from './support/start-serve.ts';

interface Step { name?: string; run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }

const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs)[0]!.steps;

test('the CI recipe: its run command, pointed at a server, passes with the token from SCIM_TOKEN and never prints it', async () => {
  const step = steps.find((s) => s.run?.includes('scim-conformance run'));
  assert.ok(step, 'a step runs scim-conformance');
  assert.equal(step.env?.['SCIM_TOKEN'], '${{ secrets.SCIM_TOKEN }}');
  const words = step.run!.trim().split(/\s+/);
  assert.deepEqual(words.slice(0, 3), ['npx', 'scim-conformance', 'run']);
  const token = 'ci-recipe-t0ken-4711';
  const serve = await startServe(['--token', token]);
  try {
    const args = words.slice(2).map((w) => (w === 'http://127.0.0.1:8080/scim/v2' ? serve.url : w));
    assert.ok(args.includes(serve.url), 'the command names the base URL the recipe starts its server on');
    // Narrowed to one suite to keep npm test quick; the command itself is unchanged.
    const run = await runCli([...args, '--idp', 'okta'], { env: { SCIM_TOKEN: token } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.ok(existsSync(path.join(run.reportDir, 'summary.md')));
    assert.ok(!(run.stdout + run.stderr).includes(token));
  } finally {
    await serve.stop('SIGTERM');
  }
});

test('the CI recipe installs scim-conformance from the project\'s lockfile before running it', () => {
  const install = steps.findIndex((s) => s.run?.trim() === 'npm ci');
  const run = steps.findIndex((s) => s.run?.includes('scim-conformance run'));
  assert.ok(install >= 0 && install < run, 'npm ci comes before the run step');
  assert.match(readFileSync(path.join(ROOT, 'examples', 'github-actions.yml'), 'utf8'), /npm install --save-dev scim-conformance/);
  // That the command works from an installed package, as written: tests/packaging.test.ts.
});

test('the CI recipe keeps the reports and the job summary whatever the outcome', () => {
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
  assert.deepEqual([upload?.if, upload?.with?.['path']], ['always()', 'reports/']);
  const summary = steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'));
  assert.equal(summary?.if, 'always()');
  assert.match(summary!.run!, /cat reports\/summary\.md >> "\$GITHUB_STEP_SUMMARY"/);
});
