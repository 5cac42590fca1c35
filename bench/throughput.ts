import os from 'node:os';
import path from 'node:path';
import { ROOT, runJsonScript, startScriptServer, startServe, type ServeProcess } from './child-processes.ts';
import { LOAD_ROUTES, newUserBody, type LoadConfig, type LoadResult, type LoadRoute } from './load-routes.ts';
import { processCpuMs } from './process-cpu.ts';

/** What the load generator measured, plus the server's own CPU time per request (Linux only). */
export interface ServerLoadResult extends LoadResult {
  /** The server process's CPU (user + system) over the whole load run divided by the requests answered, in µs. */
  cpuUsPerRequest?: number;
}

/** The servers each route is measured on: `serve` with its request log (the default), `serve --quiet`, and the bare server. */
export const THROUGHPUT_SERVERS = ['serve', 'quiet', 'bare'] as const;
export type ThroughputServer = (typeof THROUGHPUT_SERVERS)[number];

/** One route measured on each server. */
export interface ThroughputRow {
  route: LoadRoute;
  /** The best of the rounds (highest req/s), for each server: `serve` logging each request, `serve --quiet`, bare. */
  serve: ServerLoadResult;
  quiet: ServerLoadResult;
  bare: ServerLoadResult;
  /** req/s of every round, in order. */
  serveRounds: number[];
  quietRounds: number[];
  bareRounds: number[];
  /** serve ÷ bare and quiet ÷ bare per round (each round runs the three back to back), in order. */
  serveRatios: number[];
  quietRatios: number[];
  /**
   * Bare CPU per request ÷ serve CPU per request, per round: what the req/s ratio would be if each server had
   * a core to itself. Far steadier than req/s on a shared machine; absent without /proc.
   */
  serveCpuRatios?: number[];
  quietCpuRatios?: number[];
}

/** Options of {@link measureThroughput}. */
export interface ThroughputOptions {
  token: string;
  concurrency?: number;
  /** Measured time per server and round (the servers take turns within one run of 3 × durationMs). Default 2000 ms. */
  durationMs?: number;
  /** Length of one server's turn. Default 200 ms. */
  sliceMs?: number;
  warmupMs?: number;
  /** Users created in each `serve` before the GET routes (they cycle through them). */
  seedUsers?: number;
  /** Rounds per route; each round drives the three servers in turns. */
  rounds?: number;
  /** Only these routes (default all). */
  routes?: readonly LoadRoute[];
  log?: (line: string) => void;
}

/** The results, with the settings that produced them. */
export interface ThroughputResult {
  rows: ThroughputRow[];
  concurrency: number;
  durationMs: number;
  sliceMs: number;
  warmupMs: number;
  seedUsers: number;
  rounds: number;
  /** 1-minute load average before and after the measurement (other work on the machine). */
  loadAverage: { start: number; end: number };
}

const LOAD_GENERATOR = path.join(ROOT, 'bench', 'load-generator.ts');
const BARE_SERVER = path.join(ROOT, 'bench', 'bare-server.ts');

/** Creates `count` users in the server over HTTP, 8 at a time; returns their ids and userNames. */
async function seedUsers(baseUrl: string, token: string, count: number): Promise<{ ids: string[]; userNames: string[] }> {
  const ids: string[] = [];
  const userNames: string[] = [];
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, k) => `bench-seed-${start + k}@example.com`);
    const created = await Promise.all(
      batch.map(async (userName) => {
        const response = await fetch(`${baseUrl}/Users`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
          body: newUserBody(userName),
        });
        if (response.status !== 201) throw new Error(`bench: seeding ${userName} in serve answered ${response.status}, expected 201.`);
        return ((await response.json()) as { id: string }).id;
      }),
    );
    ids.push(...created);
    userNames.push(...batch);
  }
  return { ids, userNames };
}

/**
 * Requests/second of `serve` (request log on, then `--quiet`) next to a bare node:http server with constant
 * bodies, for GET by id, a userName filter and POST, driven by the keep-alive load generator in its own
 * process. The three servers take turns of `sliceMs` within each round, so they meet the same machine load.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const { token, concurrency = 8, durationMs = 2_000, sliceMs = 200, warmupMs = 600, seedUsers: seedCount = 500, rounds = 2, routes = LOAD_ROUTES, log = () => {} } = options;
  const loadStart = os.loadavg()[0]!;
  const running: ServeProcess[] = [];
  try {
    const start = async (server: ThroughputServer) => {
      const started = server === 'bare' ? await startScriptServer(BARE_SERVER) : await startServe(token, 20_000, server === 'quiet' ? ['--quiet'] : []);
      running.push(started);
      // The bare server answers constant bodies whatever the id; it gets serve's ids and names.
      return { url: started.url, pid: started.pid, users: server === 'bare' ? undefined : await seedUsers(started.url, token, seedCount) };
    };
    const serve = await start('serve');
    const quiet = await start('quiet');
    const bare = await start('bare');
    const started = { serve, quiet, bare };
    const targets = THROUGHPUT_SERVERS.map((server) => ({ baseUrl: started[server].url, ...(started[server].users ?? serve.users!) }));
    // One load generator drives the three servers in turns of sliceMs, so each meets the same machine load.
    const load = async (route: LoadRoute, tag: string): Promise<Record<ThroughputServer, ServerLoadResult>> => {
      const cpuBefore = THROUGHPUT_SERVERS.map((server) => processCpuMs(started[server].pid));
      const results = await runJsonScript<LoadResult[]>(
        LOAD_GENERATOR,
        { targets, sliceMs, token, route, concurrency, warmupMs, durationMs: durationMs * THROUGHPUT_SERVERS.length, tag } satisfies LoadConfig,
        warmupMs + durationMs * THROUGHPUT_SERVERS.length + 20_000,
      );
      const out = {} as Record<ThroughputServer, ServerLoadResult>;
      THROUGHPUT_SERVERS.forEach((server, i) => {
        const result: ServerLoadResult = results[i]!;
        const before = cpuBefore[i];
        const after = processCpuMs(started[server].pid);
        if (before !== undefined && after !== undefined && result.allRequests > 0) result.cpuUsPerRequest = ((after - before) * 1000) / result.allRequests;
        out[server] = result;
      });
      return out;
    };
    const rows: ThroughputRow[] = [];
    const best = (results: ServerLoadResult[]) => results.reduce((a, b) => (b.rps > a.rps ? b : a));
    for (const route of routes) {
      const results: Record<ThroughputServer, ServerLoadResult[]> = { serve: [], quiet: [], bare: [] };
      for (let round = 1; round <= rounds; round += 1) {
        const measured = await load(route, `${process.pid}-${round}`);
        for (const server of THROUGHPUT_SERVERS) results[server].push(measured[server]);
      }
      const rps = (server: ThroughputServer) => results[server].map((r) => r.rps);
      const ratios = (server: ThroughputServer) => results[server].map((r, i) => r.rps / results.bare[i]!.rps);
      const row: ThroughputRow = {
        route,
        serve: best(results.serve),
        quiet: best(results.quiet),
        bare: best(results.bare),
        serveRounds: rps('serve'),
        quietRounds: rps('quiet'),
        bareRounds: rps('bare'),
        serveRatios: ratios('serve'),
        quietRatios: ratios('quiet'),
      };
      const cpuRatios = (server: ThroughputServer) => {
        const values = results[server].map((r, i) => results.bare[i]!.cpuUsPerRequest! / r.cpuUsPerRequest!);
        return values.every(Number.isFinite) ? values : undefined;
      };
      const serveCpu = cpuRatios('serve');
      const quietCpu = cpuRatios('quiet');
      if (serveCpu) row.serveCpuRatios = serveCpu;
      if (quietCpu) row.quietCpuRatios = quietCpu;
      const list = (values: number[]) => values.map((n) => n.toFixed(0)).join(', ');
      const pcts = (values: number[]) => values.map((n) => `${(n * 100).toFixed(0)} %`).join(', ');
      log(`  ${route}: serve ${list(row.serveRounds)} req/s; serve --quiet ${list(row.quietRounds)}; bare ${list(row.bareRounds)}; ` +
        `serve ÷ bare ${pcts(row.serveRatios)}; quiet ÷ bare ${pcts(row.quietRatios)}; by CPU per request ${pcts(row.serveCpuRatios ?? [])} / ` +
        `${pcts(row.quietCpuRatios ?? [])} (load ${os.loadavg()[0]!.toFixed(1)})`);
      rows.push(row);
    }
    return { rows, concurrency, durationMs, sliceMs, warmupMs, seedUsers: seedCount, rounds, loadAverage: { start: loadStart, end: os.loadavg()[0]! } };
  } finally {
    for (const server of running) await server.stop();
  }
}
