import type { FullRun, ServeRunPair } from './full-runs.ts';
import type { Floor, ImportCost } from './start-up-floors.ts';
import { markdownTable, num, seconds } from './markdown-table.ts';
import { summarise } from './stats.ts';

const spread = (values: number[]) => {
  const s = summarise(values);
  return [seconds(s.median), seconds(s.min), seconds(s.max)];
};

/** Section 1: wall time of the full default run, embedded and against `serve`. */
export function fullRunSection(embedded: readonly FullRun[], serve: readonly ServeRunPair[]): string {
  const row = (label: string, runs: readonly FullRun[]) => {
    const med = (pick: (r: FullRun) => number) => seconds(summarise(runs.map(pick)).median);
    return [
      label,
      ...spread(runs.map((r) => r.ms)),
      String(runs.length),
      med((r) => r.timeline.startupMs),
      med((r) => r.timeline.requestsSpanMs),
      med((r) => r.timeline.shutdownMs),
      `${runs.at(-1)?.requests ?? 0} requests; ${runs.at(-1)?.summary ?? ''}`,
    ];
  };
  return [
    '## 1. Full default run (every IdP suite)',
    '',
    'Wall time of `node bin/scim-conformance.js run` from spawn to exit (CLI start-up, Playwright, every scenario, clean-up,',
    'all reports). Against `serve`, each run gets a fresh `serve --port 0 --token …` whose start-up is not counted.',
    'Start-up, requests span and shut-down are medians read from each run\'s HAR timestamps (see section 2).',
    '',
    markdownTable(
      ['target', 'median', 'min', 'max', 'runs', 'start-up', 'requests span', 'shut-down', 'result'],
      [row('embedded mock (in process, msw)', embedded), row('`serve` on 127.0.0.1 (child process; default `--workers` 2, one shared request budget)', serve.map((p) => p.run))],
      'lrrrrrrrl',
    ),
  ].join('\n');
}

/** Section 2: harness wall time against `serve` next to a bare fetch replay of the same requests. */
export function overheadSection(serve: readonly ServeRunPair[]): string {
  type Cells = Pick<FullRun, 'requests' | 'timeline'> & { wall: number; bare: number; bareHttp: number; engine: number };
  const row = (label: string, p: Cells) => [
    label,
    String(p.requests),
    seconds(p.wall),
    seconds(p.timeline.startupMs),
    seconds(p.timeline.requestsSpanMs),
    seconds(p.timeline.requestTimeMs),
    seconds(p.timeline.shutdownMs),
    seconds(p.engine),
    seconds(p.bare),
    seconds(p.bareHttp),
    seconds(p.wall - p.bare),
  ];
  const rows = serve.map((p, i) => row(`run ${i + 1}`, { ...p.run, wall: p.run.ms, bare: p.replay.ms, bareHttp: p.replayHttp.ms, engine: p.engine.ms }));
  const med = (pick: (p: ServeRunPair) => number) => summarise(serve.map(pick)).median;
  rows.push(
    row('**median**', {
      requests: serve[0]?.run.requests ?? 0,
      wall: med((p) => p.run.ms),
      bare: med((p) => p.replay.ms),
      bareHttp: med((p) => p.replayHttp.ms),
      engine: med((p) => p.engine.ms),
      timeline: {
        startupMs: med((p) => p.run.timeline.startupMs),
        requestsSpanMs: med((p) => p.run.timeline.requestsSpanMs),
        requestTimeMs: med((p) => p.run.timeline.requestTimeMs),
        shutdownMs: med((p) => p.run.timeline.shutdownMs),
      },
    }),
  );
  const mapped = serve.map((p) => p.replay.mappedIds).join(', ');
  const same = serve.flatMap((p) => [p.replay, p.replayHttp]).map((r) => `${r.sameStatus}/${r.requests}`).join(', ');
  const mismatches = [...new Set(serve.flatMap((p) => [...p.replay.mismatches, ...p.replayHttp.mismatches]))];
  const engine = serve[0]?.engine;
  return [
    '## 2. Harness overhead against `serve`',
    '',
    "After each run against `serve`, that run's `transcript.har` is replayed by a bare loop (global `fetch`, one request",
    'after the other, same method, URL path and raw query, headers and body; `Bearer [REDACTED]` restored to the real',
    'token, except where the HAR recorded a 401: a deliberately wrong credential stays wrong) against a **fresh** `serve`,',
    'then once more with node:http and a keep-alive agent (the transport the engine uses) against another fresh one.',
    'Ids differ per server instance, so the replay **maps ids**: each id a POST returned in the HAR is replaced, in',
    'order, by the id the fresh server returned, in every later URL and body. "harness − bare" uses the fetch replay.',
    `Ids mapped per fetch replay: ${mapped}. Replayed statuses identical to the HAR's (fetch, node:http per run): ${same}.` +
      (mismatches.length ? ` Differences (requests naming an id a Bulk operation created, or carrying an ETag the first server issued: the replay maps neither): ${mismatches.join('; ')}.` : ''),
    '',
    'Then a third fresh `serve` gets the same scenarios through the engine alone (bench/engine-only-worker.ts:',
    '`runScenario` for each selected scenario, one after the other, in one process, no Playwright); its column is the loop',
    `only, after ${engine ? seconds(summarise(serve.map((p) => p.engine.loadMs)).median) : '?'} (median) of loading the scenarios and the engine` +
      (engine ? ` (${engine.scenarios} scenarios: ${engine.passed} passed, ${engine.failed} failed, ${engine.skipped} skipped).` : '.'),
    '',
    'The harness columns come from the HAR timestamps: start-up = spawn → first request sent; requests span = first',
    "request → last response; time in requests = sum of the entries' `time`; shut-down = last response → exit.",
    '',
    markdownTable(
      ['', 'requests', 'harness wall', 'start-up', 'requests span', 'time in requests', 'shut-down', 'engine alone', 'bare replay (fetch)', 'bare replay (node:http)', 'harness − bare'],
      rows,
      'lrrrrrrrrrr',
    ),
  ].join('\n');
}

/** Where start-up goes: floors no harness can go below, and what loading each heavy part costs per process. */
export function startUpSection(floors: readonly Floor[], costs: readonly ImportCost[]): string {
  const ms = (s: { median: number; min: number; max: number }) => [`${num(s.median)} ms`, `${num(s.min)}–${num(s.max)} ms`];
  return [
    '### Where the start-up goes',
    '',
    'Floors (wall time, 3 runs each) and the load time of the heavy parts of the harness, each measured in a fresh',
    'process through tsx (3 runs, medians). `run` loads the scenario parts in the CLI, in the Playwright runner (which',
    'imports the spec to list the tests) and again in every worker; the embedded run also loads msw and mocks/ per worker.',
    '',
    markdownTable(['floor', 'median', 'range'], floors.map((f) => [f.label, ...ms(f.ms)]), 'lrr'),
    '',
    markdownTable(['part loaded in a fresh process', 'median', 'range'], costs.map((c) => [c.label, ...ms(c.ms)]), 'lrr'),
  ].join('\n');
}
