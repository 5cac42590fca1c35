import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults, MachineInfo } from './bench-results.ts';
import { ROOT } from './child-processes.ts';
import { timeEmbeddedRuns, timeServeRunsWithReplay } from './full-runs.ts';
import { resultsMarkdown } from './results-markdown.ts';
import { measureStoreLatency } from './store-latency.ts';
import { measureImportCosts, measureStartUpFloors } from './start-up-floors.ts';
import { measureThroughput } from './throughput.ts';
import { measureStartUp, startUpMarkdown, writeStartUpSection } from './start-up.ts';
import { writeLoadOverhead } from './load-overhead.ts';
import { measureRunVsFloor, runVsFloorMarkdown, writeRunVsFloorSection } from './run-vs-floor.ts';

/**
 * `npm run bench`: full-run wall times (embedded and `serve`), harness overhead against a bare replay
 * of the HAR, `serve` throughput against a bare node:http server, and store lookup latency at
 * 10^4..10^6 users; writes bench/results.md. Never part of `npm test`.
 */
async function runBench(): Promise<void> {
  const t0 = performance.now();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const machine: MachineInfo = {
    loadAverage: { start: os.loadavg(), end: [] },
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    totalMemoryBytes: os.totalmem(),
    date: new Date().toISOString(),
    command: 'npm run bench',
  };
  // A random token per bench: `serve` requires it, it is never printed or written.
  const token = randomBytes(18).toString('base64url');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'scim-bench-'));
  try {
    log('1/4 full runs against the embedded mock');
    const embedded = await timeEmbeddedRuns({ workDir, token, log });
    log('2/4 full runs against serve, each followed by a bare replay of its HAR against a fresh serve');
    const serve = await timeServeRunsWithReplay({ workDir, token, log });
    log('   start-up floors and import costs');
    const floors = await measureStartUpFloors();
    const importCosts = await measureImportCosts();
    log('3/4 throughput: serve vs bare node:http');
    const throughput = await measureThroughput({ token, log });
    log('4/4 store lookup latency at 10^4, 10^5, 10^6 users');
    const latency = await measureStoreLatency();
    log('   scim-conformance load: its own CPU per request at 25 and 200 req/s (bench/load-overhead.md)');
    await writeLoadOverhead(log);
    machine.loadAverage.end = os.loadavg();
    const results: BenchResults = { machine, embedded, serve, floors, importCosts, throughput, latency, totalMs: performance.now() - t0 };
    const file = path.join(ROOT, 'bench', 'results.md');
    writeFileSync(file, resultsMarkdown(results));
    log('   start-up: the installed package and the checkout, next to Playwright\'s floor');
    const startUpLoad = os.loadavg();
    writeStartUpSection(startUpMarkdown(await measureStartUp({ log }), { start: startUpLoad, end: os.loadavg() }));
    log("   the default run vs Playwright's floor for the same tests and steps, per scenario, a failing server");
    writeRunVsFloorSection(runVsFloorMarkdown(await measureRunVsFloor({ log })));
    log(`wrote ${path.relative(process.cwd(), file)} (${(results.totalMs / 1000).toFixed(0)} s)`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await runBench();
