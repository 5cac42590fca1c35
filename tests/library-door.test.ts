// The package's main door (`import … from 'scim-conformance'`), used as the README shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadScenarios, runScenario, diffScenarios } from 'scim-conformance';
import { startMockServer } from 'scim-conformance/mocks';

test('a library user replays okta/create-user with runScenario against a server and the user is cleaned up', async () => {
  const server = await startMockServer({ credentials: { token: 'lib-t0ken' } });
  try {
    const scenario = loadScenarios({ idps: ['okta'] }).find((s) => s.id === 'create-user');
    assert.ok(scenario, 'okta/create-user is shipped');
    const result = await runScenario(scenario, {
      baseUrl: server.url, auth: 'Bearer lib-t0ken', seed: 'library', runId: 'lib', secrets: ['lib-t0ken'],
    });
    assert.equal(result.status, 'passed', JSON.stringify(result.failures));
    assert.equal(server.mock.store.count('User'), 0, 'the created user was removed');
    assert.deepEqual(diffScenarios(scenario, scenario), []);
  } finally {
    await server.close();
  }
});

test('runScenario reports a failure naming the cause when the server breaks the sequence', async () => {
  const server = await startMockServer({ credentials: { token: 'lib-t0ken' }, faults: ['create-returns-200'] });
  try {
    const scenario = loadScenarios({ idps: ['okta'] }).find((s) => s.id === 'create-user');
    assert.ok(scenario);
    const result = await runScenario(scenario, { baseUrl: server.url, auth: 'Bearer lib-t0ken', seed: 'library', runId: 'lib' });
    assert.equal(result.status, 'failed');
    assert.match(result.failures.map((f) => f.message).join('\n'), /201/);
  } finally {
    await server.close();
  }
});
