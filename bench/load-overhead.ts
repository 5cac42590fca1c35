import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from '../src/load/run-load.ts';
import type { LoadConfig } from '../src/load/load-types.ts';
import { ROOT, startServe } from './child-processes.ts';

/** One measured load run. */
export interface LoadOverhead {
  rate: number;
  requests: number;
  achievedRps: number;
  /** CPU time of the harness process (the load generator, not the server) per request, in µs. */
  cpuPerRequestUs: number;
  /** Median answer time of the sync requests, ms. */
  p50LatencyMs: number;
}

/**
 * The load command's own cost: the Entra sync against `serve` (a child process, so its CPU is not counted)
 * at 25 and at 200 requests/second, measuring the harness process's CPU time per request.
 * @see docs/scale.md §2
 */
export async function measureLoadOverhead(log: (line: string) => void = () => {}): Promise<LoadOverhead[]> {
  const token = randomBytes(18).toString('base64url');
  const serve = await startServe(token);
  const results: LoadOverhead[] = [];
  try {
    // About 10 s of sync at each rate (2 requests per user, plus groups and memberships).
    for (const [rate, users] of [[25, 120], [200, 1000]] as const) {
      const config: LoadConfig & { baseUrl: string } = {
        idp: 'entra', baseUrl: serve.url, auth: `Bearer ${token}`, secrets: [token], users, groups: 2, batch: 10, rate, concurrency: 8,
        durationMs: 120_000, timeoutMs: 60_000, reportDir: '', seed: `bench-${rate}`, runId: `b${rate}`, mockFaults: [],
      };
      const before = process.cpuUsage();
      const report = await runLoad(config, { stopped: () => false, whenStopped: new Promise(() => {}) });
      const cpu = process.cpuUsage(before);
      const all = report.operations.find((o) => o.op === 'all')!;
      const requests = all.requests + (report.cleanUp?.requests ?? 0);
      results.push({ rate, requests, achievedRps: all.throughput, cpuPerRequestUs: Math.round((cpu.user + cpu.system) / requests), p50LatencyMs: all.p50 });
      log(`   load at ${rate} req/s: ${requests} requests, ${Math.round((cpu.user + cpu.system) / requests)} µs CPU each`);
    }
  } finally {
    await serve.stop();
  }
  return results;
}

/** bench/load-overhead.md from the measurements. */
export function loadOverheadMarkdown(results: readonly LoadOverhead[]): string {
  return [
    '# `scim-conformance load`: the harness\'s own cost per request',
    '',
    `Measured by \`npm run bench\` on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${new Date().toISOString()}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`,
    'The Entra sync against `serve` in a child process; CPU time is the load generator\'s only (user + system), divided by every request it sent, clean-up included.',
    '',
    '| offered rate | requests | achieved req/s (sync) | harness CPU per request | p50 latency |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.rate} req/s | ${r.requests} | ${r.achievedRps} | ${r.cpuPerRequestUs} µs | ${r.p50LatencyMs} ms |`),
    '',
  ].join('\n');
}

/** Runs alone (`node --import tsx bench/load-overhead.ts`) or from bench/run-bench.ts. */
export async function writeLoadOverhead(log: (line: string) => void): Promise<void> {
  const results = await measureLoadOverhead(log);
  writeFileSync(path.join(ROOT, 'bench', 'load-overhead.md'), loadOverheadMarkdown(results));
}

if (import.meta.url === `file://${process.argv[1]}`) await writeLoadOverhead((line) => process.stdout.write(`${line}\n`));
