import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packAndInstall } from '../tests/support/consumer-project.ts';
import { ROOT } from './child-processes.ts';
import { writeResultsSection } from './results-section.ts';
import { summarise, type Summary } from './stats.ts';

/** One measured command: wall and CPU (user + sys of the process and every child it waited for), ms. */
export interface StartUpRow {
  where: 'installed' | 'checkout';
  label: string;
  wall: Summary;
  cpu: Summary;
}

const TIME = '/usr/bin/time';
const START = '<!-- start-up:begin -->';
const END = '<!-- start-up:end -->';

/**
 * Start-up of the CLI as users get it (packed, installed into a fresh project) and from the checkout
 * (dist/ as `npm ci` builds it), next to Playwright's own floor measured in the same run. Each command
 * runs once to warm the file cache and Playwright's transform cache, then `repeats` times.
 */
export async function measureStartUp({ repeats = 5, log }: { repeats?: number; log: (line: string) => void }): Promise<StartUpRow[]> {
  log('   packing and installing the package into a temporary project');
  const consumer = packAndInstall();
  for (const file of ['empty.config.mjs', 'empty.spec.mjs']) copyFileSync(path.join(ROOT, 'bench', 'fixtures', file), path.join(consumer.dir, file));
  const reports = path.join(os.tmpdir(), `scim-bench-start-up-${process.pid}`);
  const installedCli = path.join(consumer.dir, 'node_modules', 'scim-conformance', 'bin', 'scim-conformance.js');
  const checkoutCli = path.join(ROOT, 'bin', 'scim-conformance.js');
  const playwright = path.join(consumer.dir, 'node_modules', '@playwright', 'test', 'cli.js');
  const cases: [StartUpRow['where'], string, string, string[], NodeJS.ProcessEnv?][] = [
    ['installed', '`node -e 0`', consumer.dir, ['-e', '0']],
    ['installed', 'Playwright floor: one empty test, plain .mjs config, no reporter', consumer.dir, [playwright, 'test', '--config', 'empty.config.mjs']],
    ['installed', 'Playwright floor + the html reporter', consumer.dir, [playwright, 'test', '--config', 'empty.config.mjs'], { FLOOR_REPORTER: 'html' }],
    ['installed', '`scim-conformance --version`', consumer.dir, [installedCli, '--version']],
    ['installed', '`scim-conformance --help`', consumer.dir, [installedCli, '--help']],
    ['installed', '`run --scenario okta/create-user --dry-run` (the CLI alone: load, check, plan)', consumer.dir, [installedCli, 'run', '--scenario', 'okta/create-user', '--dry-run', '--report-dir', reports]],
    ['installed', '`run --scenario okta/create-user`', consumer.dir, [installedCli, 'run', '--scenario', 'okta/create-user', '--report-dir', reports]],
    ['checkout', '`scim-conformance --version`', ROOT, [checkoutCli, '--version']],
    ['checkout', '`scim-conformance --help`', ROOT, [checkoutCli, '--help']],
    ['checkout', '`run --scenario okta/create-user`', ROOT, [checkoutCli, 'run', '--scenario', 'okta/create-user', '--report-dir', reports]],
  ];
  const rows: StartUpRow[] = [];
  try {
    for (const [where, label, cwd, args, env] of cases) {
      const walls: number[] = [];
      const cpus: number[] = [];
      for (let i = 0; i <= repeats; i += 1) {
        const run = await timeCommand(cwd, args, { ...process.env, ...env });
        if (run.code !== 0) throw new Error(`bench: ${where} ${label} exited with ${String(run.code)}, expected 0. Output:\n${run.tail}`);
        if (i === 0) continue; // warm-up
        walls.push(run.wallMs);
        cpus.push(run.cpuMs);
      }
      rows.push({ where, label, wall: summarise(walls), cpu: summarise(cpus) });
      log(`   ${where}: ${label}: ${ms(summarise(walls).median)} wall, ${ms(summarise(cpus).median)} CPU`);
    }
  } finally {
    rmSync(path.dirname(consumer.dir), { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  }
  return rows;
}

async function timeCommand(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ wallMs: number; cpuMs: number; code: number | null; tail: string }> {
  const timed = existsSync(TIME);
  const command = timed ? TIME : process.execPath;
  const argv = timed ? ['-f', '__cpu %U %S', process.execPath, ...args] : args;
  const t0 = performance.now();
  const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  const wallMs = performance.now() - t0;
  const cpu = /__cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN, code, tail: tail + stderr };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} ms`);

/** The start-up section of bench/results.md. */
export function startUpMarkdown(rows: StartUpRow[], load: { start: number[]; end: number[] }): string {
  const find = (where: string, start: string) => rows.find((r) => r.where === where && r.label.startsWith(start));
  const run = find('installed', '`run --scenario okta/create-user`');
  const floor = find('installed', 'Playwright floor:');
  const html = find('installed', 'Playwright floor +');
  const dry = find('installed', '`run --scenario okta/create-user --dry-run`');
  const node = find('installed', '`node -e 0`');
  const lines = [
    START,
    '## Start-up (`npm run bench:start-up`, also part of `npm run bench`)',
    '',
    `Date ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}. Load average (1/5/15 min) at start ${load.start.map((l) => l.toFixed(2)).join(' / ')}, at end ${load.end.map((l) => l.toFixed(2)).join(' / ')}:`,
    'anything above 0 is other work sharing the cores (other sessions\' tests and builds), which stretches wall times far more than CPU times; compare CPU when the load is high.',
    '',
    '"installed": `npm pack`, installed from the tarball into a fresh project (compiled JavaScript in node_modules, no tsx). "checkout": `node bin/scim-conformance.js` in this repository, running dist/ as `npm ci` builds it.',
    'Each command ran once to warm up, then 5 times; medians and ranges. CPU = user + sys of the process and every child it waited for (Playwright runner and workers).',
    '',
    '| where | command | wall median | wall range | CPU median |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.where} | ${r.label} | ${ms(r.wall.median)} | ${ms(r.wall.min)}–${ms(r.wall.max)} | ${ms(r.cpu.median)} |`),
    '',
  ];
  if (run && floor && dry && node && html) {
    // CPU medians: with other work on the cores, wall times of sequential phases do not add up; CPU does.
    const cli = dry.cpu.median - node.cpu.median;
    const htmlCost = html.cpu.median - floor.cpu.median;
    const rest = run.cpu.median - dry.cpu.median - floor.cpu.median - htmlCost;
    lines.push(
      '### Where the start-up of `run --scenario okta/create-user` goes (installed, CPU medians)',
      '',
      `- \`node\` itself: ${ms(node.cpu.median)}.`,
      `- The CLI before Playwright starts (argument parsing, loading the okta scenarios and checking them with the precompiled scenario schema, the plan; measured as \`--dry-run\`, which also writes a HAR): ${ms(cli)}.`,
      `- Playwright's own floor (runner, one spec, one worker, an empty test, shut-down): ${ms(floor.cpu.median)}.`,
      `- Playwright's html reporter (\`reports/html\`): ${ms(htmlCost)}.`,
      `- Everything else: ${ms(rest)}: the config and the bundled spec in the runner, the worker loading the engine, msw and the mock, ajv compiling the User body schema on first use, the replay itself (a few ms), and the conformance reporters writing summary.md, matrix.html, conformance.json, junit.xml and transcript.har.`,
      `- In all ${ms(run.cpu.median - floor.cpu.median)} of CPU beyond Playwright's floor (before this work, issue 13: 5.3 s of CPU and 4.1 s wall for the whole run on a quiet machine).`,
      '',
    );
  }
  lines.push(END);
  return lines.join('\n');
}

/** Replaces (or appends) the start-up section of bench/results.md. */
export function writeStartUpSection(markdown: string): string {
  return writeResultsSection(markdown, START, END);
}
