import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startMockServer, FAULTS, type MockServer } from '../../mocks/index.ts';
import { LOAD_HELP, loadHtml, loadSummaryMarkdown, parseLoadArgs, runLoad, type LoadControl } from '../load/index.ts';
import { EMBEDDED_TOKEN } from '../run/run-config.ts';
import { checkReachable } from './check-reachable.ts';
import { UsageError } from './usage-error.ts';

/**
 * `scim-conformance load`: replays an IdP's initial sync against a server (or the embedded mock, served on
 * 127.0.0.1 for the run), writes load.json, summary.md and load.html, and returns the exit code.
 */
export async function loadCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { help, config } = parseLoadArgs(argv, env);
  if (help) {
    process.stdout.write(LOAD_HELP);
    return 0;
  }
  const unknown = config.mockFaults.filter((f) => !Object.hasOwn(FAULTS, f));
  if (unknown.length) throw new UsageError(`unknown --mock-fault ${unknown.join(', ')}; choose from ${Object.keys(FAULTS).join(', ')}.`);
  let mock: MockServer | undefined;
  if (config.baseUrl) {
    const unreachable = await checkReachable(config.baseUrl);
    if (unreachable) throw new UsageError(`cannot reach ${config.baseUrl}: ${unreachable}. Start the server or fix --base-url.`);
  } else {
    mock = await startMockServer({ credentials: { token: EMBEDDED_TOKEN }, faults: config.mockFaults });
  }
  const baseUrl = config.baseUrl ?? mock!.url;
  const target = config.baseUrl ?? `the embedded mock (${mock!.url}${config.mockFaults.length ? `, faults ${config.mockFaults.join(', ')}` : ''})`;
  let stop!: () => void;
  const whenStopped = new Promise<void>((resolve) => (stop = resolve));
  let stopped = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopped) return;
    stopped = true;
    process.stderr.write(`\nscim-conformance load: ${signal}: stopping; removing what this run created, then writing the reports\n`);
    stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const tty = process.stderr.isTTY === true;
  const control: LoadControl = {
    stopped: () => stopped,
    whenStopped,
    onProgress: ({ phase, objectsDone, objectsTotal, requests, clock }) => {
      const line = `load ${config.idp}: ${phase} — ${objectsDone}/${objectsTotal} objects, ${requests} requests, ${(requests / Math.max(clock / 1000, 0.001)).toFixed(1)} req/s, ${Math.round(clock / 1000)} s`;
      if (tty) process.stderr.write(`\r${line}\x1b[K`);
      else if (Math.round(clock / 1000) % 5 === 0) process.stderr.write(`${line}\n`);
    },
  };
  process.stdout.write(`scim-conformance load: ${config.idp} initial sync, ${config.users} users, ${config.groups} groups, at most ${config.rate} req/s and ${config.concurrency} at once, against ${target} (seed ${config.seed})\n`);
  try {
    const report = await runLoad({ ...config, baseUrl }, control, target);
    if (tty) process.stderr.write('\n');
    const dir = path.resolve(config.reportDir);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'load.json'), JSON.stringify(report, null, 2) + '\n');
    await writeFile(path.join(dir, 'summary.md'), loadSummaryMarkdown(report));
    await writeFile(path.join(dir, 'load.html'), loadHtml(report));
    for (const v of report.verdicts) process.stdout.write(`  ${SYMBOL[v.status]} ${v.title}: ${v.detail}\n`);
    const rel = path.relative(process.cwd(), dir) || '.';
    process.stdout.write(`reports: ${rel}/summary.md  ${rel}/load.html  ${rel}/load.json\n`);
    return report.status === 'failed' || stopped ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await mock?.close();
  }
}

const SYMBOL: Record<string, string> = { passed: '✓', failed: '✗', warning: '!', skipped: '-' };
