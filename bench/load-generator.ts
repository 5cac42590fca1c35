import { Agent, request } from 'node:http';
import { readStdinJson } from './child-processes.ts';
import { newUserBody, userNameFilterPath, type LoadConfig, type LoadResult } from './load-routes.ts';
import { summarise } from './stats.ts';

/**
 * A keep-alive load generator: `concurrency` clients, each sending its next request as soon as the
 * previous response has been read, for warmupMs + durationMs. Runs in its own process so it never
 * shares an event loop with the server it measures. Reads a LoadConfig on stdin, prints a LoadResult.
 */
async function generateLoad(config: LoadConfig): Promise<LoadResult> {
  const base = new URL(config.baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`load generator: only 127.0.0.1 servers, got ${base.hostname}.`);
  const basePath = base.pathname.replace(/\/+$/, '');
  const agent = new Agent({ keepAlive: true, maxSockets: config.concurrency });
  const headers = { Authorization: `Bearer ${config.token}`, Accept: 'application/scim+json' };
  let next = 0;
  const send = (): Promise<number> => {
    const n = next++;
    const post = config.route === 'post-user';
    const path =
      config.route === 'get-by-id'
        ? `${basePath}/Users/${config.ids[n % config.ids.length]}`
        : post
          ? `${basePath}/Users`
          : userNameFilterPath(basePath, config.userNames[n % config.userNames.length]!);
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
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let allRequests = 0;
  let lastEnd = measureFrom;
  const client = async () => {
    while (performance.now() < measureTo && errors < 1000) {
      const t0 = performance.now();
      try {
        const status = await send();
        const t1 = performance.now();
        allRequests += 1;
        if (t0 < measureFrom) continue;
        latencies.push(t1 - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        lastEnd = Math.max(lastEnd, t1);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, client));
  agent.destroy();
  const seconds = (lastEnd - measureFrom) / 1000;
  const latency = summarise(latencies);
  return { route: config.route, requests: latencies.length, allRequests, seconds, rps: latencies.length / seconds, statuses, errors, latencyMs: { median: latency.median, p99: latency.p99 } };
}

process.stdout.write(`${JSON.stringify(await generateLoad(await readStdinJson<LoadConfig>()))}\n`);
