import { ROUTE_LABELS } from './load-routes.ts';
import { markdownTable, mib, micros, num } from './markdown-table.ts';
import type { LatencyResult, LookupStats } from './store-latency-types.ts';
import type { ThroughputResult } from './throughput.ts';

/** Section 3: `serve` throughput next to a bare node:http server. */
export function throughputSection(result: ThroughputResult): string {
  const latency = (l: { median: number; p99: number }) => `${l.median.toFixed(2)} / ${l.p99.toFixed(2)}`;
  const odd = (statuses: Record<string, number>, errors: number) => {
    const bad = Object.entries(statuses).filter(([status]) => !status.startsWith('2'));
    return [...bad.map(([status, n]) => `${n}× ${status}`), ...(errors ? [`${errors} errors`] : [])].join(', ') || 'none';
  };
  const rounds = (values: number[]) => values.map((v) => num(v)).join(', ');
  const rows = result.rows.map(({ route, serve, bare, serveRounds, bareRounds }) => [
    ROUTE_LABELS[route],
    num(serve.rps),
    num(bare.rps),
    `${((serve.rps / bare.rps) * 100).toFixed(0)} %`,
    latency(serve.latencyMs),
    latency(bare.latencyMs),
    `${odd(serve.statuses, serve.errors)} / ${odd(bare.statuses, bare.errors)}`,
    `${rounds(serveRounds)} / ${rounds(bareRounds)}`,
  ]);
  return [
    '## 3. Mock throughput: `serve` vs a bare node:http server',
    '',
    `${result.concurrency} concurrent keep-alive clients, ${num(result.warmupMs)} ms warm-up then ${num(result.durationMs)} ms measured per case;`,
    `${result.rounds} rounds per route (\`serve\` then bare, alternating), the best round shown (rounds in the last column);`,
    'the load generator (bench/load-generator.ts) runs in its own process, `serve` and the bare server (bench/bare-server.ts:',
    'same routes, constant bodies) in theirs. Before the GET cases, ' +
      `${num(result.seedUsers)} users are created in \`serve\` over HTTP; the GETs cycle through them. POSTs use a new userName each.`,
    '',
    markdownTable(
      ['route', '`serve` req/s', 'bare req/s', '`serve` ÷ bare', '`serve` latency p50 / p99 (ms)', 'bare latency p50 / p99 (ms)', 'non-2xx (serve / bare)', 'req/s per round (serve / bare)'],
      rows,
      'lrrrrrlr',
    ),
  ].join('\n');
}

/** Section 4: store lookup latency by size, and memory at the largest size. */
export function latencySection(result: LatencyResult): string {
  const cell = (s: LookupStats) => `${micros(s.median)} / ${micros(s.p99)}${s.missed ? ` (${s.missed} missed)` : ''}`;
  const rows = result.sizes.map((s) => [
    num(s.size),
    `${num(s.insertsPerSecond)}/s`,
    cell(s.byId),
    cell(s.byUserName),
    cell(s.byExternalId),
    cell(s.filterRequest),
    `${cell(s.scanRequest)} (n=${s.scanRequest.n})`,
    cell(s.timerFloor),
  ]);
  const { memory } = result;
  const perUser = (memory.heapUsedBytes - memory.baselineHeapUsedBytes) / memory.users;
  return [
    '## 4. Store lookup latency (µs, median / p99)',
    '',
    'One mock whose store grows through its API (`store.insert`, no HTTP) to each size; at each size 10,000 lookups per',
    'column at random users, each timed alone with `process.hrtime.bigint()`. userName lookups use the upper-cased',
    'userName (caseExact false). The filter column is a whole in-process request: `await mock.handle(new Request(…' +
      '?filter=userName eq "…"))` plus reading the body. The scan column is a `displayName eq` filter on Users, which no',
    'index answers (contrast only, few requests). Timer floor: two clock reads around nothing.',
    '',
    markdownTable(
      ['users', 'seed rate', 'by id', 'by userName', 'by externalId', '`userName eq` via handle()', '`displayName eq` (scan)', 'timer floor'],
      rows,
      'rrrrrrrr',
    ),
    '',
    `Memory after loading ${num(memory.users)} users${memory.gcForced ? ' (after a forced gc)' : ''}: resident ${mib(memory.rssBytes)}, ` +
      `heap used ${mib(memory.heapUsedBytes)} (before seeding: resident ${mib(memory.baselineRssBytes)}, heap ${mib(memory.baselineHeapUsedBytes)}), ` +
      `about ${num(perUser)} bytes of heap per user with its indexes.`,
  ].join('\n');
}
