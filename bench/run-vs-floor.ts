import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, ROOT } from './child-processes.ts';
import { writeResultsSection } from './results-section.ts';
import { readReportedTests } from './html-report-tests.ts';
import { markdownTable, num, seconds } from './markdown-table.ts';
import { summarise, type Summary } from './stats.ts';
import { timeNodeCommand, type TimedCommand } from './timed-command.ts';

/** Faults of the embedded mock for the failing run: checks fail across every suite, most scenarios still run. */
export const FAILING_FAULTS = ['create-returns-200', 'no-location-header', 'error-status-as-number', 'json-content-type'];

/** One kind of measured command, several runs. */
export interface MeasuredRow {
  label: string;
  wall: Summary;
  cpu: Summary;
  load: Summary;
  /** Tests and `test.step`s of one run (from its HTML report). */
  tests: number;
  steps: number;
  /** Requests in its HAR, and its summary line (conformance runs only). */
  requests?: number;
  summary?: string;
  /** Median of the per-test durations Playwright reports, ms (conformance runs only). */
  testMedianMs?: number;
}

/** What bench/run-vs-floor.ts measured. */
export interface RunVsFloor {
  date: string;
  load: { start: number[]; end: number[] };
  run: MeasuredRow;
  floor: MeasuredRow;
  baseFloor: MeasuredRow;
  single: MeasuredRow;
  failing: MeasuredRow;
}

const PLAYWRIGHT_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@playwright/test/package.json')), 'cli.js');
const FIXTURES = path.join(ROOT, 'bench', 'fixtures');

/** The environment of a run, without SCIM_* variables that would redirect it. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('SCIM_')) delete env[name];
  return env;
}

/**
 * Issue 15 goals 1, 3 and 5, in one go: the default run against the embedded mock next to Playwright's own
 * floor for the same tests and steps (measured here, interleaved with the runs so both see the same load),
 * a single-scenario run (start-up), and a run against a mock with faults (failing checks).
 * Each kind runs once to warm caches (Playwright's transform cache, the file cache), then `repeats` times.
 */
export async function measureRunVsFloor({ repeats = 3, log }: { repeats?: number; log: (line: string) => void }): Promise<RunVsFloor> {
  const start = os.loadavg();
  const work = mkdtempSync(path.join(os.tmpdir(), 'scim-bench-floor-'));
  try {
    const stepsFile = path.join(work, 'steps.json');
    const conformance = (args: string[]) => async (dir: string) => timeNodeCommand([CLI, 'run', ...args, '--report-dir', dir], { env: cleanEnv() });
    const floorRun = (base: boolean) => async (dir: string) =>
      timeNodeCommand([PLAYWRIGHT_CLI, 'test', '--config', path.join(FIXTURES, 'floor.config.mjs')], {
        cwd: FIXTURES,
        env: cleanEnv({ FLOOR_STEPS: stepsFile, FLOOR_OUT: dir, FLOOR_BASE: base ? '1' : '0', PW_TEST_HTML_REPORT_OPEN: 'never' }),
      });
    const kinds = {
      run: { label: '`scim-conformance run` (default suites, embedded mock)', command: conformance([]), conformance: true },
      floor: { label: "Playwright's floor: `test` from @playwright/test", command: floorRun(false), conformance: false },
      baseFloor: { label: "Playwright's floor with its base test (no browser fixtures), as suites/ uses", command: floorRun(true), conformance: false },
      single: { label: '`run --scenario okta/create-user` (start-up)', command: conformance(['--scenario', 'okta/create-user']), conformance: true },
      failing: { label: `\`run\` against the mock with ${FAILING_FAULTS.map((f) => `\`--mock-fault ${f}\``).join(', ')}`, command: conformance(FAILING_FAULTS.flatMap((f) => ['--mock-fault', f])), conformance: true },
    };
    type Kind = keyof typeof kinds;
    const samples = new Map<Kind, { timed: TimedCommand[]; dirs: string[] }>();
    let counter = 0;
    const once = async (kind: Kind, keep: boolean) => {
      const dir = path.join(work, `${kind}-${(counter += 1)}`);
      const timed = await kinds[kind].command(dir);
      if (timed.code !== 0 && !(kind === 'failing' && timed.code === 1)) throw new Error(`bench: ${kinds[kind].label} exited with ${String(timed.code)}. Output:\n${timed.tail}`);
      if (keep) {
        const entry = samples.get(kind) ?? { timed: [], dirs: [] };
        entry.timed.push(timed);
        entry.dirs.push(dir);
        samples.set(kind, entry);
        log(`   ${kind}: ${seconds(timed.wallMs)} wall, ${seconds(timed.cpuMs)} CPU (load ${timed.load.toFixed(2)})`);
      }
      return dir;
    };
    // The warm-up run's HTML report gives the floor its tests and steps: one step count per test.
    const warm = await once('run', false);
    writeFileSync(stepsFile, JSON.stringify(readReportedTests(warm).map((t) => t.steps)));
    await once('floor', false);
    await once('baseFloor', false);
    await once('single', false);
    await once('failing', false);
    for (let round = 0; round < repeats; round += 1) {
      for (const kind of Object.keys(kinds) as Kind[]) await once(kind, true);
    }
    const row = (kind: Kind): MeasuredRow => {
      const { timed, dirs } = samples.get(kind)!;
      const tests = readReportedTests(dirs[0]!);
      const measured: MeasuredRow = {
        label: kinds[kind].label,
        wall: summarise(timed.map((t) => t.wallMs)),
        cpu: summarise(timed.map((t) => t.cpuMs)),
        load: summarise(timed.map((t) => t.load)),
        tests: tests.length,
        steps: tests.reduce((sum, t) => sum + t.steps, 0),
      };
      if (kinds[kind].conformance) {
        const report = JSON.parse(readFileSync(path.join(dirs[0]!, 'conformance.json'), 'utf8')) as { summary: { passed: number; failed: number; skipped: number } };
        const har = JSON.parse(readFileSync(path.join(dirs[0]!, 'transcript.har'), 'utf8')) as { log: { entries: unknown[] } };
        measured.requests = har.log.entries.length;
        measured.summary = `${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped`;
        measured.testMedianMs = summarise(dirs.map((dir) => summarise(readReportedTests(dir).map((t) => t.durationMs)).median)).median;
      }
      return measured;
    };
    return { date: new Date().toISOString(), load: { start, end: os.loadavg() }, run: row('run'), floor: row('floor'), baseFloor: row('baseFloor'), single: row('single'), failing: row('failing') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const START = '<!-- run-vs-floor:begin -->';
const END = '<!-- run-vs-floor:end -->';
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
const ms = (value: number) => `${num(value, value < 100 ? 1 : 0)} ms`;

/** The "default run vs Playwright's floor" section of bench/results.md. */
export function runVsFloorMarkdown(m: RunVsFloor): string {
  const { run, floor, baseFloor, single, failing } = m;
  const rows = [run, floor, baseFloor, single, failing].map((r) => [
    r.label,
    num(r.tests),
    num(r.steps),
    r.requests === undefined ? '' : num(r.requests),
    seconds(r.wall.median),
    `${seconds(r.wall.min)}–${seconds(r.wall.max)}`,
    seconds(r.cpu.median),
    `${seconds(r.cpu.min)}–${seconds(r.cpu.max)}`,
    r.load.median.toFixed(2),
    r.summary ?? '',
  ]);
  const perScenarioCpu = (run.cpu.median - single.cpu.median) / Math.max(1, run.tests - single.tests);
  const perScenarioWall = (run.wall.median - single.wall.median) / Math.max(1, run.tests - single.tests);
  return [
    START,
    '## Default run vs Playwright\'s floor (`npm run bench:run-vs-floor`, also part of `npm run bench`; issue 15 goals 1, 3, 5)',
    '',
    `Date ${m.date}, ${os.cpus().length} cores, Node ${process.version}. Load average (1/5/15 min) at start ${m.load.start.map((l) => l.toFixed(2)).join(' / ')}, at end ${m.load.end.map((l) => l.toFixed(2)).join(' / ')}:`,
    'anything above 0 is other work sharing the cores, which stretches wall times far more than CPU times; the "load" column is the 1-minute load average before each run (median).',
    '',
    'Playwright\'s floor (bench/fixtures/floor.config.mjs) has as many empty tests as the default run, each with as many empty `test.step`s as its',
    'scenario had (read from the run\'s HTML report), 2 workers, fully parallel, Playwright\'s html reporter: what Playwright alone costs for the',
    'same tests and steps. It runs interleaved with the conformance runs, so both see the same load. Each kind ran once to warm caches, then',
    `${run.cpu.n} times; medians and ranges. CPU = user + sys of the command and every process it waited for (runner and workers).`,
    '',
    markdownTable(['command', 'tests', 'steps', 'requests', 'wall median', 'wall range', 'CPU median', 'CPU range', 'load', 'result'], rows, 'lrrrrrrrrl'),
    '',
    `- **Goal 1, the default run against Playwright's floor:** ${ratio(run.cpu.median, floor.cpu.median)} its CPU and ${ratio(run.wall.median, floor.wall.median)} its wall time`
      + ` (${seconds(run.cpu.median)} CPU, ${seconds(run.wall.median)} wall; goal ≤ 1.2 ×, and ≤ 7 s CPU, ≤ 4 s wall on a quiet 2-core machine).`
      + ` Against the floor of Playwright's base test, which the run uses: ${ratio(run.cpu.median, baseFloor.cpu.median)} CPU, ${ratio(run.wall.median, baseFloor.wall.median)} wall.`,
    `- **Goal 3, per scenario after start-up:** Playwright reports a median test duration of ${ms(run.testMedianMs!)} (wall, in a worker, hooks included);`
      + ` the run costs ${ms(perScenarioCpu)} of CPU and ${ms(perScenarioWall)} of wall time per scenario beyond the single-scenario run`
      + ` ((run − single) ÷ ${num(run.tests - single.tests)} more scenarios; 2 workers share the wall time). Goal ≤ 20 ms at the median.`,
    `- **Goal 5, a failing server costs no more than a passing one:** with ${failing.summary} the run takes ${seconds(failing.cpu.median)} CPU and ${seconds(failing.wall.median)} wall,`
      + ` ${ratio(failing.cpu.median, run.cpu.median)} and ${ratio(failing.wall.median, run.wall.median)} the passing run's`
      + ` (${num(failing.requests!)} requests instead of ${num(run.requests!)}: blocked scenarios stop early; per request ${ms(failing.cpu.median / failing.requests!)} against ${ms(run.cpu.median / run.requests!)} of CPU).`,
    '',
    END,
  ].join('\n');
}

/** Replaces (or appends) the section in bench/results.md. */
export function writeRunVsFloorSection(markdown: string): string {
  return writeResultsSection(markdown, START, END);
}
