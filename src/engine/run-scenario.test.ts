import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Scenario, Step } from '../scenario/types.ts';
import type { WireRequest, WireResponse } from './http-client.ts';
import { runScenario } from './run-scenario.ts';

const SCIM: Array<[string, string]> = [['Content-Type', 'application/scim+json']];
const createUser: Step = { name: 'create user1', request: { method: 'POST', path: '/Users', headers: {}, body: { userName: 'u' } }, expect: { status: 201, schema: 'User' }, capture: { userId: '/id' }, reference: 'RFC 7644 §3.3' };
const patchUser: Step = { name: 'deactivate', request: { method: 'PATCH', path: '/Users/{{userId}}', headers: {}, body: {} }, expect: { status: [200, 204] }, reference: 'RFC 7644 §3.5.2' };

function scenario(steps: Step[], extra: Partial<Scenario> = {}): Scenario {
  return { id: 'deactivate-user', idp: 'okta', title: 't', operation: 'deactivate', source: { reference: 'docs/idp/okta.md §3.7' }, steps, ...extra };
}

/** A server whose create answers `createStatus` and whose PATCH answers `patchStatus`; DELETE always 204. */
function server(createStatus: number, patchStatus: number) {
  const sent: string[] = [];
  const send = async (req: WireRequest): Promise<WireResponse> => {
    sent.push(`${req.method} ${new URL(req.url).pathname}`);
    if (req.method === 'POST') return { status: createStatus, statusText: '', headers: SCIM, body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'u' }) };
    if (req.method === 'PATCH') return { status: patchStatus, statusText: '', headers: SCIM, body: patchStatus < 300 ? '' : JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(patchStatus) }) };
    return { status: 204, statusText: '', headers: [], body: '' };
  };
  return { send, sent };
}

const base = { baseUrl: 'http://127.0.0.1:1/scim/v2', seed: 's', runId: 'r' };

describe('runScenario: set-up steps and blocked results', () => {
  it('a failed set-up step whose own scenario runs in this run blocks the scenario and names that scenario', async () => {
    const { send } = server(200, 204);
    const result = await runScenario(scenario([{ ...createUser, setup: 'okta/create-user' }, patchUser]), { ...base, send, reportedElsewhere: (id) => id === 'okta/create-user' });
    assert.equal(result.status, 'blocked');
    assert.deepEqual(result.failures, []);
    assert.equal(result.blockedBy?.result, 'okta/create-user');
    assert.match(result.skipReason!, /^blocked at step 1 \(POST \/Users — create user1\): expected status 201, got 200; the cause is reported by okta\/create-user$/);
    assert.equal(result.steps.length, 1, 'the subject is never sent');
    assert.equal(result.steps[0]!.reportedBy, 'okta/create-user');
  });

  it('the same failure is the scenario\'s own when the named scenario does not run', async () => {
    const { send } = server(200, 204);
    const result = await runScenario(scenario([{ ...createUser, setup: 'okta/create-user' }, patchUser]), { ...base, send, reportedElsewhere: () => false });
    assert.equal(result.status, 'failed');
    assert.match(result.failures[0]!.message, /expected status 201, got 200/);
  });

  it('a failure of the subject after a passing set-up is a plain failure, and set-up warnings are left to their scenario', async () => {
    const { send } = server(201, 500);
    const setup = { ...createUser, setup: 'okta/create-user', expect: { ...createUser.expect, body: [{ pointer: '/externalId', exists: true, severity: 'warning' as const }] } };
    const result = await runScenario(scenario([setup, patchUser]), { ...base, send, reportedElsewhere: () => true });
    assert.equal(result.status, 'failed');
    assert.equal(result.failures.length, 1);
    assert.match(result.failures[0]!.step, /^2 PATCH/);
    assert.deepEqual(result.warnings, [], 'the externalId warning belongs to okta/create-user');
  });
});

describe('runScenario: clean-up of creates answered with an unexpected status', () => {
  it('a create that was due to be refused (409) but answered 201 is removed afterwards all the same', async () => {
    const { send, sent } = server(201, 204);
    const refused = { ...createUser, expect: { status: 409 }, capture: {} };
    const result = await runScenario(scenario([refused]), { ...base, send });
    assert.equal(result.status, 'failed');
    assert.match(result.failures[0]!.message, /expected status 409, got 201/);
    assert.deepEqual(sent, ['POST /scim/v2/Users', 'DELETE /scim/v2/Users/u1']);
    assert.deepEqual(result.leftovers, []);
  });
});

describe('runScenario: warn-only scenarios', () => {
  it('reports the subject\'s failures as warnings with the reason, and stops there', async () => {
    const { send, sent } = server(201, 400);
    const readBack: Step = { name: 'read back', harness: true, request: { method: 'GET', path: '/Users/{{userId}}', headers: {} }, expect: { status: 200 }, reference: 'r' };
    const result = await runScenario(scenario([createUser, patchUser, readBack], { warnOnly: 'the body is inferred (docs/idp/okta.md §3.9)' }), { ...base, send });
    assert.equal(result.status, 'passed');
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!, /expected status 200 or 204, got 400.*\(a warning, not a failure: the body is inferred \(docs\/idp\/okta\.md §3\.9\)\)/);
    assert.ok(!sent.includes('GET /scim/v2/Users/u1'), 'the read-back after the capped step is not sent');
  });
});

describe('runScenario: a firm check in a warn-only scenario', () => {
  it('still fails: an RFC MUST (password returned "never") holds whatever the inferred request was', async () => {
    const send = async (req: WireRequest): Promise<WireResponse> => ({ status: req.method === 'DELETE' ? 204 : req.method === 'POST' ? 201 : 200, statusText: '', headers: SCIM, body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'u', password: 'leaked' }) });
    const leak: Step = { ...patchUser, expect: { status: [200, 204], body: [{ pointer: '/password', exists: false, severity: 'failure' }, { pointer: '/active', equals: false }] } };
    const result = await runScenario(scenario([createUser, leak], { warnOnly: 'the body is inferred' }), { ...base, send });
    assert.equal(result.status, 'failed');
    assert.equal(result.failures.length, 1);
    assert.match(result.failures[0]!.message, /\/password to be absent/);
    assert.match(result.warnings.join('\n'), /\/active to equal false.*a warning, not a failure: the body is inferred/);
  });
});

describe('runScenario: a set-up step that fails on the scenario\'s own need', () => {
  it('is the scenario\'s own failure, not blocked: the named scenario does not capture that value', async () => {
    const { send } = server(201, 204);
    const setup: Step = { ...createUser, setup: 'okta/create-user', capture: { userId: '/id', version: '/meta/version' } };
    const result = await runScenario(scenario([setup, patchUser]), { ...base, send, reportedElsewhere: () => true });
    assert.equal(result.status, 'failed');
    assert.match(result.failures[0]!.message, /expected a value at \/meta\/version to keep as \{\{version\}\}/);
    assert.equal(result.steps[0]!.reportedBy, undefined);
  });
});

describe('runScenario: a server-given URI reference', () => {
  const follow = (location: string) => {
    const sent: string[] = [];
    const send = async (req: WireRequest): Promise<WireResponse> => {
      sent.push(`${req.method} ${req.url}`);
      if (req.method === 'POST') return { status: 201, statusText: '', headers: SCIM, body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'u', meta: { location } }) };
      return { status: 200, statusText: '', headers: SCIM, body: JSON.stringify({ id: 'u1' }) };
    };
    const steps: Step[] = [
      { ...createUser, expect: { status: 201 }, capture: { userId: '/id', userLocation: '/meta/location' } },
      { name: 'GET meta.location', request: { method: 'GET', path: '{{userLocation}}', headers: {} }, expect: { status: 200 }, reference: 'RFC 7643 §2.3.7' },
    ];
    return { sent, run: () => runScenario(scenario(steps, { idp: 'rfc' }), { ...base, send }) };
  };

  it('follows a relative reference against the base URL', async () => {
    const { sent, run } = follow('Users/u1');
    const result = await run();
    assert.equal(result.status, 'passed', JSON.stringify(result.failures));
    assert.equal(sent[1], 'GET http://127.0.0.1:1/scim/v2/Users/u1');
  });

  it('does not send credentials to another origin: the step is an inconclusive warning, nothing is sent', async () => {
    const { sent, run } = follow('http://backend.internal/scim/v2/Users/u1');
    const result = await run();
    assert.equal(result.status, 'passed');
    assert.match(result.warnings.join('\n'), /inconclusive: not sent, because "http:\/\/backend\.internal\/scim\/v2\/Users\/u1" is outside http:\/\/127\.0\.0\.1:1, the base URL's origin/);
    assert.equal(sent.filter((s) => s.startsWith('GET')).length, 0);
  });
});
