// The package as a user gets it: packed, installed from the tarball into a fresh project (no network),
// and used from there: the CLI, both library doors from ESM, CommonJS and strict TypeScript, and a
// consumer's own Playwright spec. Nothing here may reach the checkout's sources or tsx.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './support/run-cli.ts';
import { packAndInstall, type ConsumerProject } from './support/consumer-project.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'consumer');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let consumer: ConsumerProject;
let installed: string;

before(() => {
  consumer = packAndInstall();
  installed = path.join(consumer.dir, 'node_modules', 'scim-conformance');
  for (const file of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, file), path.join(consumer.dir, file));
});
after(() => rmSync(path.dirname(consumer.dir), { recursive: true, force: true }));

interface Ran { code: number | null; out: string }

/** Runs a command in the consumer's folder, with no TypeScript loader in its environment. */
function inConsumer(command: string, args: string[], { stopOn, env }: { stopOn?: RegExp; env?: NodeJS.ProcessEnv } = {}): Promise<Ran & { stop?: () => void }> {
  const child = spawn(command, args, { cwd: consumer.dir, env: { ...process.env, NODE_OPTIONS: '', SCIM_BASE_URL: undefined, SCIM_TOKEN: undefined, SCIM_CONFORMANCE_RUN: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => {
    const collect = (d: Buffer) => {
      out += d;
      if (stopOn?.test(out)) resolve({ code: null, out, stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const cli = (...args: string[]) => inConsumer(process.execPath, [path.join(consumer.dir, 'node_modules', '.bin', 'scim-conformance'), ...args]);

test('the tarball ships compiled JavaScript, declarations, scenarios, docs and LICENSE, and no sources, tests or tsx', () => {
  for (const file of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/mocks/index.js', 'dist/playwright.config.js', 'dist/suites/replay.spec.js', 'scenarios/scenario.schema.json', 'scenarios/okta/create-user.json', 'docs/idp/okta.md', 'docs/profiles.md', 'README.md', 'LICENSE']) {
    assert.ok(existsSync(path.join(installed, file)), `${file} is in the package`);
  }
  for (const absent of ['src', 'tests', 'bench', '.ci', 'tsconfig.json']) assert.ok(!existsSync(path.join(installed, absent)), `${absent} is not shipped`);
  assert.ok(!existsSync(path.join(consumer.dir, 'node_modules', 'tsx')), 'tsx is not a runtime dependency');
  const declarations = readdirSync(path.join(installed, 'dist'), { recursive: true }).map(String).filter((f) => f.endsWith('.d.ts'));
  for (const file of declarations) assert.doesNotMatch(readFileSync(path.join(installed, 'dist', file), 'utf8'), /from '\.{1,2}\/[^']*\.ts'/, `${file} imports .js, not .ts`);
});

test('--version, -v and version print the package version', async () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-v', 'version']) {
    const ran = await cli(flag);
    assert.deepEqual([ran.code, ran.out.trim()], [0, version], flag);
  }
});

test('run --scenario okta/create-user against the embedded mock passes and writes its reports in the consumer\'s folder', async () => {
  const ran = await cli('run', '--scenario', 'okta/create-user');
  assert.equal(ran.code, 0, ran.out);
  assert.match(ran.out, /1 passed, 0 failed/);
  for (const file of ['summary.md', 'conformance.json', 'junit.xml', 'matrix.html']) assert.ok(existsSync(path.join(consumer.dir, 'reports', file)), `reports/${file}`);
});

test('serve --port 0, then the CI recipe\'s run command (examples/github-actions.yml) with --base-url against it', async () => {
  const token = 'packaging-t0ken-4711';
  const serve = await inConsumer(process.execPath, [path.join(consumer.dir, 'node_modules', '.bin', 'scim-conformance'), 'serve', '--port', '0', '--token', token], { stopOn: /^http:\/\/\S+\n/m });
  try {
    const url = serve.out.match(/^(http:\/\/\S+)$/m)?.[1];
    assert.ok(url, serve.out);
    const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const words = Object.values(workflow.jobs)[0]!.steps.find((step) => step.run?.includes('scim-conformance run'))!.run!.trim().split(/\s+/);
    assert.deepEqual(words.slice(0, 3), ['npx', 'scim-conformance', 'run']);
    // As written, with the recipe's placeholder URL pointed at this serve; one scenario keeps npm test quick.
    const args = [...words.slice(2).map((word) => (word === 'http://127.0.0.1:8080/scim/v2' ? url : word)), '--scenario', 'okta/create-user', '--report-dir', 'reports-served'];
    assert.ok(args.includes(url), 'the recipe names the base URL it starts the server on');
    const ran = await inConsumer(process.execPath, [path.join(consumer.dir, 'node_modules', '.bin', 'scim-conformance'), ...args], { env: { SCIM_TOKEN: token } });
    assert.equal(ran.code, 0, ran.out);
    assert.ok(!ran.out.includes(token), 'the token is never printed');
    assert.ok(existsSync(path.join(consumer.dir, 'reports-served', 'summary.md')));
  } finally {
    serve.stop?.();
  }
});

test('diff names a shipped scenario as IDP/ID from node_modules', async () => {
  const ran = await cli('diff', 'okta/create-user', path.join('node_modules', 'scim-conformance', 'scenarios', 'okta', 'create-user.json'));
  assert.equal(ran.code, 0, ran.out);
  assert.match(ran.out, /no difference/);
});

test('both doors load from plain Node ESM and from CommonJS require()', async () => {
  for (const file of ['doors.mjs', 'doors.cjs']) {
    const ran = await inConsumer(process.execPath, [file]);
    assert.equal(ran.code, 0, `${file}: ${ran.out}`);
    const doors = JSON.parse(ran.out.trim().split('\n').pop()!);
    assert.ok(doors.scenarios > 0, file);
    assert.deepEqual([doors.runScenario, doors.createScimMock, doors.startMockServer], ['function', 'function', 'function'], file);
  }
});

test('a strict TypeScript consumer type-checks with node16 and bundler resolution, and a CommonJS one with nodenext', async () => {
  const base = { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')], lib: ['ES2022', 'DOM'] };
  const configs = {
    node16: { ...base, module: 'node16', moduleResolution: 'node16' },
    bundler: { ...base, module: 'esnext', moduleResolution: 'bundler' },
    'cjs-nodenext': { ...base, module: 'nodenext', moduleResolution: 'nodenext' },
  };
  const checks = Object.entries(configs).map(async ([name, compilerOptions]) => {
    writeFileSync(path.join(consumer.dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: [name.startsWith('cjs') ? 'consumer-cjs.cts' : 'consumer.ts'] }));
    return { name, ran: await inConsumer(process.execPath, [TSC, '-p', `tsconfig.${name}.json`]) };
  });
  for (const { name, ran } of await Promise.all(checks)) assert.equal(ran.code, 0, `${name}: ${ran.out}`);
});

test('a consumer Playwright Test spec uses the mock', async () => {
  const ran = await inConsumer(process.execPath, [path.join(consumer.dir, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', 'playwright.config.mjs']);
  assert.equal(ran.code, 0, ran.out);
  assert.match(ran.out, /1 passed/);
});
