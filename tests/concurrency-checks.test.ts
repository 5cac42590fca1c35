import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer, type MockServer } from '../mocks/index.ts';
import { runScenario } from '../src/engine/run-scenario.ts';
import { loadScenarios } from '../src/scenario/load-scenarios.ts';

/**
 * The concurrency suite replayed in-process against the mock served on 127.0.0.1 (real sockets, so the
 * requests really overlap): a correct server passes every time, and nothing the harness created stays,
 * also the duplicates of a create race. The CLI-level proof is in tests/self-test/proof-runs.ts.
 */
const scenarios = loadScenarios({ idps: ['concurrency'] });
const TOKEN = 'concurrency-token';

async function replay(server: MockServer, seed: string) {
  return Promise.all(scenarios.map((scenario) => runScenario(scenario, { baseUrl: server.url, auth: `Bearer ${TOKEN}`, seed, runId: seed, timeoutMs: 10_000 })));
}

describe('concurrency checks against a correct server', () => {
  let server: MockServer;
  before(async () => void (server = await startMockServer({ credentials: { token: TOKEN } })));
  after(() => server.close());

  test('pass three times in a row (no flaky race) and leave nothing behind', async () => {
    for (const round of [1, 2, 3]) {
      const results = await replay(server, `clean${round}`);
      assert.deepEqual(results.map((r) => `${r.id}: ${r.status} ${r.failures.map((f) => f.message).join(' ')}`), scenarios.map((s) => `concurrency/${s.id}: passed `));
    }
    assert.equal(server.mock.store.count('User') + server.mock.store.count('Group'), 0);
  });
});

describe('concurrency checks against a racy server', () => {
  let server: MockServer;
  before(async () => void (server = await startMockServer({ credentials: { token: TOKEN }, faults: ['patch-lost-update', 'create-race'] })));
  after(() => server.close());

  test('fail naming the lost members and the duplicate ids, and remove every duplicate', async () => {
    const results = Object.fromEntries((await replay(server, 'racy')).map((r) => [r.id, r.failures.map((f) => f.message).join('\n')]));
    assert.match(results['concurrency/entra-add-members-at-once']!, /expected \/members to contain \{"value":"[^"]+"\}/);
    assert.match(results['concurrency/okta-add-members-at-once']!, /expected \/members to contain \{"value":"[^"]+"\}/);
    assert.match(results['concurrency/patch-different-attributes-at-once']!, /lost update/);
    const duplicates = /got (\d): ((?:201 id [^,]+, )+)/.exec(results['concurrency/create-same-username-at-once']!);
    assert.ok(duplicates && Number(duplicates[1]) > 1, results['concurrency/create-same-username-at-once']);
    assert.equal(server.mock.store.count('User') + server.mock.store.count('Group'), 0, 'duplicates and members were removed');
  });
});
