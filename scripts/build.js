#!/usr/bin/env node
// `npm run build` (also run by `prepare` and `prepack`): compiles src/, mocks/, suites/ and the Playwright
// config to JavaScript + declaration files in dist/, so the installed package runs without tsx or any
// TypeScript transform. Plain JavaScript itself: it runs before anything is compiled.
//
// The output is built in a scratch folder and swapped in at the end: tests running the CLI from dist/
// while another test packs the project (prepack) never see a half-written dist/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './dist-freshness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const scratch = path.join(root, `.dist-${process.pid}`);
const startedAt = Date.now();

// `prepare` (run by `npm ci` and `npm install` in a checkout) passes --lenient: a type error being worked
// on, or a devDependency-less install, must not fail the install. The CLI then runs the sources through
// tsx while dist/ is missing or older than them (bin/scim-conformance.js).
const lenient = process.argv.includes('--lenient');
let tsc;
try {
  tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
} catch {
  process.stderr.write('scim-conformance build: typescript is not installed (devDependency); nothing built.\n');
  process.exit(lenient ? 0 : 1);
}
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', scratch], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0 && !(lenient && existsSync(path.join(scratch, 'src', 'cli', 'main.js')))) {
  rmSync(scratch, { recursive: true, force: true });
  process.stderr.write('scim-conformance build: tsc failed (see above); dist/ is left as it was.\n');
  process.exit(compiled.status ?? 1);
}
if (compiled.status !== 0) process.stderr.write('scim-conformance build: type errors above; dist/ built anyway (--lenient). Fix them before packing.\n');

// tsc rewrites `./x.ts` to `./x.js` in the JavaScript (rewriteRelativeImportExtensions) but not in the
// declaration files; consumers without allowImportingTsExtensions must see `.js` there too.
for (const file of walk(scratch).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
  if (rewritten !== text) writeFileSync(file, rewritten);
}
// What Playwright loads (the config, the spec, the reporters) is bundled per entry point, shared code split
// into dist/chunks/ and the msw/mocks and engine parts kept as lazy chunks: a Playwright worker then loads
// a handful of files instead of ~250 of ours and several hundred of msw, graphql and faker, each one a
// round trip through Playwright's ESM loader thread (together about 1 s of CPU per run, bench/results.md).
// Playwright stays external (one instance), and so do ajv and yaml (CommonJS: no loader round trips). The
// library doors keep tsc's one-file-per-module output and import their dependencies from node_modules.
await bundlePlaywrightEntries(scratch);
await precompileScenarioSchema(scratch);
writeFileSync(path.join(scratch, BUILD_STAMP), `${startedAt}\n`);

const old = path.join(root, `.dist-old-${process.pid}`);
if (existsSync(dist)) renameSync(dist, old);
renameSync(scratch, dist);
rmSync(old, { recursive: true, force: true });

/**
 * ajv's compile of scenarios/scenario.schema.json is most of the CLI's own start-up (0.1–0.5 s): the build
 * writes the compiled validator as code (ajv standalone), which src/scenario/load-scenarios.ts loads when
 * present. Same options as load-scenarios.ts, so the errors are the same.
 */
async function precompileScenarioSchema(out) {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const standalone = (await import('ajv/dist/standalone/index.js')).default;
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true, code: { source: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'scenarios', 'scenario.schema.json'), 'utf8')));
  writeFileSync(path.join(out, 'src', 'scenario', 'scenario-schema.validate.cjs'), standalone.default(ajv, validate));
}

async function bundlePlaywrightEntries(out) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('scim-conformance build: esbuild (devDependency) is missing; the Playwright entries stay unbundled (slower start-up).\n');
    return;
  }
  const entries = ['playwright.config.js', 'suites/replay.spec.js', 'src/run/verdict-reporter.js', 'src/run/console-reporter.js', 'src/run/conformance-reporter.js'];
  await esbuild.build({
    entryPoints: entries.map((entry) => path.join(out, entry)),
    outdir: out,
    outbase: out,
    // Paths in the output (comments, chunk hashes) relative to the scratch folder: every build of the same
    // sources writes the same files, so a build while a run is loading dist/ changes no file it needs.
    absWorkingDir: out,
    allowOverwrite: true,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@playwright/test', 'playwright', 'playwright-core', 'ajv', 'ajv-formats', 'yaml'],
    // Not minified: Playwright's HTML report copies the source lines around every step's location into the
    // report (the step's snippet); one minified line per file made that 300 MB of JSON and ~6 s per run.
    logLevel: 'warning',
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
