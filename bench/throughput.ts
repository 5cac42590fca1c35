import path from 'node:path';
import { ROOT, runJsonScript, startScriptServer, startServe, type ServeProcess } from './child-processes.ts';
import { LOAD_ROUTES, newUserBody, type LoadConfig, type LoadResult, type LoadRoute } from './load-routes.ts';

/** One route measured on `serve` and on the bare server. */
export interface ThroughputRow {
  route: LoadRoute;
  /** The best of the rounds (highest req/s), for each server. */
  serve: LoadResult;
  bare: LoadResult;
  /** req/s of every round, in order. */
  serveRounds: number[];
  bareRounds: number[];
}

/** Options of {@link measureThroughput}. */
export interface ThroughputOptions {
  token: string;
  concurrency?: number;
  durationMs?: number;
  warmupMs?: number;
  /** Users created in `serve` before the GET routes (they cycle through them). */
  seedUsers?: number;
  /** Rounds per route; each round measures `serve` then the bare server. The best round is kept. */
  rounds?: number;
  log?: (line: string) => void;
}

/** The results, with the settings that produced them. */
export interface ThroughputResult {
  rows: ThroughputRow[];
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  seedUsers: number;
  rounds: number;
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
 * Requests/second of `serve` next to a bare node:http server with constant bodies, for GET by id,
 * a userName filter and POST, each driven by the keep-alive load generator in its own process.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const { token, concurrency = 8, durationMs = 3_000, warmupMs = 500, seedUsers: seedCount = 500, rounds = 2, log = () => {} } = options;
  const servers: ServeProcess[] = [];
  try {
    const serve = await startServe(token);
    servers.push(serve);
    const bare = await startScriptServer(BARE_SERVER);
    servers.push(bare);
    const { ids, userNames } = await seedUsers(serve.url, token, seedCount);
    const load = (baseUrl: string, route: LoadRoute, tag: string) =>
      runJsonScript<LoadResult>(
        LOAD_GENERATOR,
        { baseUrl, token, route, ids, userNames, concurrency, warmupMs, durationMs, tag } satisfies LoadConfig,
        warmupMs + durationMs + 20_000,
      );
    const rows: ThroughputRow[] = [];
    const best = (results: LoadResult[]) => results.reduce((a, b) => (b.rps > a.rps ? b : a));
    for (const route of LOAD_ROUTES) {
      const serveResults: LoadResult[] = [];
      const bareResults: LoadResult[] = [];
      for (let round = 1; round <= rounds; round += 1) {
        serveResults.push(await load(serve.url, route, `serve-${process.pid}-${round}`));
        bareResults.push(await load(bare.url, route, `bare-${process.pid}-${round}`));
      }
      const row = { route, serve: best(serveResults), bare: best(bareResults), serveRounds: serveResults.map((r) => r.rps), bareRounds: bareResults.map((r) => r.rps) };
      log(`  ${route}: serve ${row.serveRounds.map((n) => n.toFixed(0)).join(', ')} req/s; bare ${row.bareRounds.map((n) => n.toFixed(0)).join(', ')} req/s`);
      rows.push(row);
    }
    return { rows, concurrency, durationMs, warmupMs, seedUsers: seedCount, rounds };
  } finally {
    for (const server of servers) await server.stop();
  }
}
