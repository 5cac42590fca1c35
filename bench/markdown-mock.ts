import { ROUTE_LABELS } from './load-routes.ts';
import { markdownTable, mib, micros, num } from './markdown-table.ts';
import type { LatencyResult, LookupStats } from './store-latency-types.ts';
import { summarise } from './stats.ts';
import type { ServerLoadResult, ThroughputResult } from './throughput.ts';

/** Section 3: `serve` throughput, with its request log on and off, next to a bare node:http server. */
export function throughputSection(result: ThroughputResult): string {
  const latency = (l: { median: number; p99: number }) => `${l.median.toFixed(2)} / ${l.p99.toFixed(2)}`;
  const odd = (statuses: Record<string, number>, errors: number) => {
    const bad = Object.entries(statuses).filter(([status]) => !status.startsWith('2'));
    return [...bad.map(([status, n]) => `${n}× ${status}`), ...(errors ? [`${errors} errors`] : [])].join(', ') || 'none';
  };
  const rounds = (values: number[]) => values.map((v) => num(v)).join(', ');
  const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
  const ratioCell = (ratios: number[] | undefined) => (ratios ? `**${pct(summarise(ratios).median)}** (${ratios.map(pct).join(', ')})` : 'n/a');
  const cpu = (r: ServerLoadResult) => (r.cpuUsPerRequest === undefined ? 'n/a' : num(r.cpuUsPerRequest));
  const rows = result.rows.map(({ route, serve, quiet, bare, serveRounds, quietRounds, bareRounds, serveRatios, quietRatios, serveCpuRatios, quietCpuRatios }) => [
    ROUTE_LABELS[route],
    num(serve.rps),
    num(quiet.rps),
    num(bare.rps),
    ratioCell(serveRatios),
    ratioCell(quietRatios),
    `${cpu(serve)} / ${cpu(quiet)} / ${cpu(bare)}`,
    ratioCell(serveCpuRatios),
    ratioCell(quietCpuRatios),
    `${latency(serve.latencyMs)} / ${latency(quiet.latencyMs)} / ${latency(bare.latencyMs)}`,
    `${odd(serve.statuses, serve.errors)} / ${odd(quiet.statuses, quiet.errors)} / ${odd(bare.statuses, bare.errors)}`,
    `${rounds(serveRounds)} / ${rounds(quietRounds)} / ${rounds(bareRounds)}`,
  ]);
  return [
    '## 3. Mock throughput: `serve` vs a bare node:http server',
    '',
    `${result.concurrency} concurrent keep-alive clients from one load generator (bench/load-generator.ts, its own process) drive`,
    '`serve` (request log on, the default; its stdout is a pipe the bench drains), `serve --quiet` (log off) and the bare',
    `server (bench/bare-server.ts: same routes, constant bodies of the same size, the same Content-Length / ETag framing) in turns of ${num(result.sliceMs)} ms, so all three meet the same`,
    `machine load; ${num(result.warmupMs)} ms warm-up, then ${num(result.durationMs)} ms measured per server and round, ${result.rounds} rounds per route.`,
    "The ratio is the median of the rounds' own ratios (each round in brackets); req/s columns show the best round.",
    `Before the GET cases, ${num(result.seedUsers)} users are created in each \`serve\` over HTTP; the GETs cycle through them.`,
    `POSTs use a new userName each. 1-minute load average: ${result.loadAverage.start.toFixed(2)} before, ` +
      `${result.loadAverage.end.toFixed(2)} after (2 cores; anything above 0 is other work competing with the servers).`,
    "The CPU columns divide each server process's own CPU time (user + system, /proc/<pid>/stat) over a round by the",
    'requests it answered; bare ÷ serve approximates the req/s ratio the two would reach with a core each and a load',
    'generator that is not the bottleneck (contention on a busy machine inflates CPU time too). On 2 cores the one load',
    'generator tops out near the bare server\'s req/s, so a req/s ratio near 100 % means the generator was the limit: the CPU',
    'ratio is then the stricter figure. Three identical bare servers in these turns come out within ±10 % of each other.',
    '',
    markdownTable(
      [
        'route',
        '`serve` req/s',
        '`serve --quiet` req/s',
        'bare req/s',
        '`serve` ÷ bare',
        '`serve --quiet` ÷ bare',
        'server CPU µs/request (serve / quiet / bare)',
        'by CPU: `serve` ÷ bare',
        'by CPU: `serve --quiet` ÷ bare',
        'latency p50 / p99 ms (serve / quiet / bare)',
        'non-2xx (serve / quiet / bare)',
        'req/s per round (serve / quiet / bare)',
      ],
      rows,
      'lrrrrrrrrrlr',
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
