import type { BenchResults } from './bench-results.ts';
import { micros, num, seconds } from './markdown-table.ts';
import { summarise } from './stats.ts';

const median = (values: number[]) => summarise(values).median;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

/** The full-run paragraph: where a run's wall time goes. */
function runsParagraph({ embedded, serve, floors }: BenchResults): string {
  const wall = median(serve.map((p) => p.run.ms));
  const bare = median(serve.map((p) => p.replay.ms));
  const startup = median(serve.map((p) => p.run.timeline.startupMs));
  const span = median(serve.map((p) => p.run.timeline.requestsSpanMs));
  const shutdown = median(serve.map((p) => p.run.timeline.shutdownMs));
  const requests = serve[0]?.run.requests ?? 0;
  const embeddedWall = median(embedded.map((r) => r.ms));
  const embeddedStartup = median(embedded.map((r) => r.timeline.startupMs));
  const embeddedSpan = median(embedded.map((r) => r.timeline.requestsSpanMs));
  // floors[0] is bare node; the others are the CLI's start-up and an empty Playwright run.
  const floor = floors.slice(1).reduce((sum, f) => sum + f.ms.median, 0);
  const engine = median(serve.map((p) => p.engine.ms));
  const bareHttp = median(serve.map((p) => p.replayHttp.ms));
  const perRequest = requests ? (span - bare) / requests : 0;
  return (
    `**Full run.** Every suite takes ${seconds(embeddedWall)} against the embedded mock and ${seconds(wall)} against \`serve\` ` +
    `(medians). Against \`serve\`, the ${requests} requests span ${seconds(span)} of it, and a bare fetch loop sends the same ` +
    `requests to a fresh \`serve\` in ${seconds(bare)} (${seconds(bareHttp)} with node:http); the harness costs ${seconds(wall - bare)} more ` +
    'than the bare fetch requests. ' +
    `Most of that is before the first request (${seconds(startup)}) and after the last response (${seconds(shutdown)}): ` +
    `${pct(startup + shutdown, wall)} of the wall time. The floor under that is ${seconds(floor)} (the CLI's own start-up plus ` +
    'an empty Playwright run); the rest is loading the harness (ajv schema compiles, scenario files, engine), which happens ' +
    'once in the CLI, once in the Playwright runner and once per worker (see the import table), and writing the reports. ' +
    `Inside the run the requests span ${seconds(span - bare)} more than the bare fetch loop (about ${perRequest.toFixed(1)} ms per request). ` +
    `The engine alone (node:http, every check, no Playwright) replays the scenarios in ${seconds(engine)}, ` +
    `${seconds(Math.abs(engine - bareHttp))} ${engine >= bareHttp ? 'more' : 'less'} than the bare node:http loop ` +
    `(${requests ? (Math.abs(engine - bareHttp) / requests).toFixed(1) : '?'} ms per request for checks, placeholders, set-up and clean-up); ` +
    `the other ${seconds(Math.max(0, span - engine))} of the span is Playwright's per-test and per-step work. ` +
    `The embedded run spends ${seconds(embeddedStartup)} before its first request and ${seconds(embeddedSpan)} in requests, ` +
    `against ${seconds(startup)} and ${seconds(span)} with \`serve\`` +
    (embeddedWall > wall
      ? ': on this machine in-process msw is slower than loopback HTTP to a separate `serve`. Likely reasons: each embedded ' +
        "worker also loads msw and mocks/ (see the import table), and the mock answers on the worker's own event loop, " +
        'while `serve` runs in a process of its own.'
      : '.')
  );
}

/** The throughput paragraph. */
function throughputParagraph({ throughput }: BenchResults): string {
  const rows = throughput.rows;
  const ratio = (values: number[]) => pct(median(values), 1);
  return (
    `**Mock throughput.** \`serve\` answers ${rows.map((r) => `${r.route} at ${num(r.serve.rps)} req/s`).join(', ')}: ` +
    `${rows.map((r) => `${ratio(r.serveRatios)} (log off: ${ratio(r.quietRatios)})`).join(', ')} of a bare node:http server with constant bodies. ` +
    "The gap is the mock's real work per request: parsing the URL and query, authentication, routing, the store lookup, " +
    'the filter (kept parsed and compiled by its text), the resource (kept as JSON text until the next write) and the log ' +
    'line. No Fetch Request or Response is built on this path (mock.answer() takes a plain request), and `serve` keeps no ' +
    'request records (nothing reads them). The server, the load generator and anything else running share 2 cores, so ' +
    "the bare server's figure is partly the load generator's own ceiling: the CPU-per-request ratio is the stricter one."
  );
}

/** The store paragraph: flat or not, against the scan. */
function storeParagraph({ latency }: BenchResults): string {
  const first = latency.sizes[0]!;
  const last = latency.sizes.at(-1)!;
  const factor = last.size / first.size;
  const growth = (pick: (s: typeof first) => number) => pick(last) / pick(first);
  const direct = Math.max(growth((s) => s.byId.median), growth((s) => s.byUserName.median), growth((s) => s.byExternalId.median));
  const request = growth((s) => s.filterRequest.median);
  const scan = growth((s) => s.scanRequest.median);
  const flat = direct < factor / 10 && request < 2;
  return (
    `**Store.** From ${num(first.size)} to ${num(last.size)} users (${num(factor)}×) the median lookup by id goes ${micros(first.byId.median)} → ` +
    `${micros(last.byId.median)} µs, by userName ${micros(first.byUserName.median)} → ${micros(last.byUserName.median)} µs, by externalId ` +
    `${micros(first.byExternalId.median)} → ${micros(last.byExternalId.median)} µs, and a whole \`userName eq\` request through handle() ` +
    `${micros(first.filterRequest.median)} → ${micros(last.filterRequest.median)} µs (${request.toFixed(2)}×). ` +
    (flat
      ? `No lookup scans: the direct lookups rise by at most ${direct.toFixed(1)}× (cache misses in larger hash tables, ` +
        'a few µs at worst) and the request cost, dominated by parsing and rendering, stays flat, '
      : `A lookup grows by up to ${direct.toFixed(1)}× (request ${request.toFixed(1)}×), too much for an index: look for a scan, `) +
    `while a filter no index answers (\`displayName eq\` on Users) grows ${num(scan)}×, from ${micros(first.scanRequest.median)} µs to ` +
    `${num(last.scanRequest.median / 1000)} ms. ${num(last.size)} users take ${num(latency.memory.rssBytes / 1024 / 1024)} MiB resident.`
  );
}

/** The closing section: what the numbers say, every figure computed from the results. */
export function interpretationSection(results: BenchResults): string {
  return ['## What the numbers say', '', runsParagraph(results), '', throughputParagraph(results), '', storeParagraph(results)].join('\n');
}
