import { Agent, request } from 'node:http';
import { readStdinJson } from './child-processes.ts';
import { newUserBody, userNameFilterPath, type LoadConfig, type LoadResult, type LoadTarget } from './load-routes.ts';
import { summarise } from './stats.ts';

/** What one target's requests did. */
interface Tally {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  allRequests: number;
}

/** Time each target owns in [from, to): slices of `sliceMs` from `origin`, taken in turn. */
function sliceSeconds(targets: number, sliceMs: number, origin: number, from: number, to: number): number[] {
  const owned = Array.from({ length: targets }, () => 0);
  for (let k = Math.floor((from - origin) / sliceMs); origin + k * sliceMs < to; k += 1) {
    const start = Math.max(from, origin + k * sliceMs);
    const end = Math.min(to, origin + (k + 1) * sliceMs);
    if (end > start) owned[k % targets]! += (end - start) / 1000;
  }
  return owned;
}

/**
 * A keep-alive load generator: `concurrency` clients, each sending its next request as soon as the
 * previous response has been read, for warmupMs + durationMs, to each target in turn (`sliceMs` each).
 * Runs in its own process so it never shares an event loop with the servers it measures. Reads a
 * LoadConfig on stdin, prints a LoadResult per target.
 */
async function generateLoad(config: LoadConfig): Promise<LoadResult[]> {
  const sliceMs = config.targets.length > 1 ? (config.sliceMs ?? 200) : Number.POSITIVE_INFINITY;
  const post = config.route === 'post-user';
  const headers = { Authorization: `Bearer ${config.token}`, Accept: 'application/scim+json' };
  const clients = config.targets.map((target: LoadTarget) => {
    const base = new URL(target.baseUrl);
    if (base.hostname !== '127.0.0.1') throw new Error(`load generator: only 127.0.0.1 servers, got ${base.hostname}.`);
    return { target, base, basePath: base.pathname.replace(/\/+$/, ''), agent: new Agent({ keepAlive: true, maxSockets: config.concurrency }) };
  });
  let next = 0;
  const send = (which: number): Promise<number> => {
    const { target, base, basePath, agent } = clients[which]!;
    const n = next++;
    const path =
      config.route === 'get-by-id'
        ? `${basePath}/Users/${target.ids[n % target.ids.length]}`
        : post
          ? `${basePath}/Users`
          : userNameFilterPath(basePath, target.userNames[n % target.userNames.length]!);
    const body = post ? newUserBody(`bench-${config.tag}-${n}@example.com`) : undefined;
    return new Promise((resolve, reject) => {
      const req = request(
        { host: base.hostname, port: base.port, method: post ? 'POST' : 'GET', path, agent, headers: post ? { ...headers, 'Content-Type': 'application/scim+json' } : headers },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  const startedAt = performance.now();
  const measureFrom = startedAt + config.warmupMs;
  const measureTo = measureFrom + config.durationMs;
  const tallies: Tally[] = clients.map(() => ({ latencies: [], statuses: {}, errors: 0, allRequests: 0 }));
  let errors = 0;
  const client = async () => {
    while (performance.now() < measureTo && errors < 1000) {
      const t0 = performance.now();
      // The target whose slice this is; a request sent at a slice's end finishes on that target.
      const which = Math.floor((t0 - startedAt) / sliceMs) % clients.length || 0;
      const tally = tallies[which]!;
      try {
        const status = await send(which);
        const t1 = performance.now();
        tally.allRequests += 1;
        if (t0 < measureFrom) continue;
        tally.latencies.push(t1 - t0);
        tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      } catch {
        errors += 1;
        tally.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, client));
  for (const { agent } of clients) agent.destroy();
  const owned = clients.length === 1 ? [config.durationMs / 1000] : sliceSeconds(clients.length, sliceMs, startedAt, measureFrom, measureTo);
  return tallies.map((tally, i) => {
    const latency = summarise(tally.latencies);
    const seconds = owned[i]!;
    return {
      route: config.route,
      requests: tally.latencies.length,
      allRequests: tally.allRequests,
      seconds,
      rps: tally.latencies.length / seconds,
      statuses: tally.statuses,
      errors: tally.errors,
      latencyMs: { median: latency.median, p99: latency.p99 },
    };
  });
}

process.stdout.write(`${JSON.stringify(await generateLoad(await readStdinJson<LoadConfig>()))}\n`);
