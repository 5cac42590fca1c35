import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Scenario } from '../scenario/types.ts';
import type { WireRequest, WireResponse } from './http-client.ts';
import { runScenario } from './run-scenario.ts';

const JSON_HEADERS: Array<[string, string]> = [['Content-Type', 'application/scim+json']];

/** A DELETE of a user the scenario created, then a deactivation sent only when the DELETE was refused. */
const scenario: Scenario = {
  id: 'branch',
  idp: 'test',
  title: 'delete, or deactivate when delete is refused',
  operation: 'delete',
  source: { reference: 'test' },
  steps: [
    { name: 'create', request: { method: 'POST', path: '/Users', headers: {}, body: { userName: 'a' } }, expect: { status: 201, body: [{ pointer: '/id', exists: true }] }, capture: { userId: '/id' }, reference: 'r' },
    { name: 'delete', request: { method: 'DELETE', path: '/Users/{{userId}}', headers: {} }, expect: { status: [204, 405], errorSchema: false }, reference: 'r' },
    { name: 'deactivate', onlyIf: { step: 2, status: [405] }, request: { method: 'PATCH', path: '/Users/{{userId}}', headers: {}, body: {} }, expect: { status: 200 }, reference: 'r' },
  ],
};

/** A server whose DELETE answers `deleteStatus`; records what it was sent. */
function server(deleteStatus: number) {
  const sent: string[] = [];
  const send = async (request: WireRequest): Promise<WireResponse> => {
    sent.push(request.method);
    if (request.method === 'POST') return { status: 201, statusText: 'Created', headers: JSON_HEADERS, body: '{"id":"u1"}' };
    if (request.method === 'DELETE') return { status: deleteStatus, statusText: '', headers: [], body: '' };
    return { status: 200, statusText: 'OK', headers: JSON_HEADERS, body: '{"id":"u1"}' };
  };
  return { sent, send };
}

describe('runScenario: onlyIf', () => {
  it('sends the step when the named step was answered with a listed status', async () => {
    const { sent, send } = server(405);
    const result = await runScenario(scenario, { baseUrl: 'http://scim.test/v2', seed: '1', runId: 'r', send, keepData: true });
    assert.equal(result.status, 'passed');
    assert.deepEqual(sent, ['POST', 'DELETE', 'PATCH']);
  });

  it('leaves the step out otherwise', async () => {
    const { sent, send } = server(204);
    const result = await runScenario(scenario, { baseUrl: 'http://scim.test/v2', seed: '1', runId: 'r', send, keepData: true });
    assert.equal(result.status, 'passed');
    assert.deepEqual(sent, ['POST', 'DELETE']);
    assert.deepEqual(result.steps.map((s) => s.name), ['create', 'delete']);
  });
});
