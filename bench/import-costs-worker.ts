/**
 * Run in a fresh process: how long each heavy part of the harness takes to load, in the order a
 * Playwright worker loads them. Prints `[label, ms][]` as JSON.
 */
const costs: [string, number][] = [];
const timed = async (label: string, load: () => Promise<unknown>) => {
  const t0 = performance.now();
  await load();
  costs.push([label, performance.now() - t0]);
};
await timed('ajv (import)', () => import('ajv/dist/2020.js'));
await timed('src/schemas (compiles the 6 response schemas at import)', () => import('../src/schemas/index.ts'));
await timed('src/scenario/load-scenarios.ts (compiles the scenario schema at import)', () => import('../src/scenario/load-scenarios.ts'));
await timed('loadScenarios(): read and validate every scenario file', async () => (await import('../src/scenario/load-scenarios.ts')).loadScenarios({}));
await timed('src/engine/run-scenario.ts (rest of the engine)', () => import('../src/engine/run-scenario.ts'));
await timed('msw/node (embedded mock only)', () => import('msw/node'));
await timed('mocks/ (embedded mock only)', () => import('../mocks/index.ts'));
process.stdout.write(`${JSON.stringify(costs)}\n`);
