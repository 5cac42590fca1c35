import type { RunInfo, ScenarioResult, StepResult } from '../engine/result-types.ts';

/**
 * Hand-built results for the report writers' tests (unit and browser). Not part of the public door.
 * The token is planted unredacted in a header, a body, a URL, an error message, a failure and a
 * warning, so each writer's own redaction is what keeps it out of the output.
 */
export const SAMPLE_TOKEN = 'tok-9f8e7d6c/5b4a+3210';
export const SAMPLE_BASIC = 'alice:pa55-w0rd';

export function sampleRun(): RunInfo {
  return {
    tool: { name: 'scim-conformance', version: '0.1.0' },
    target: { baseUrl: 'http://127.0.0.1:8080/scim/v2', profile: 'generic' },
    seed: 'seed-42',
    startedAt: '2026-05-01T10:00:00.000Z',
    durationMs: 1234,
    secrets: [SAMPLE_TOKEN, SAMPLE_BASIC, 'ab'],
  };
}

const base = 'http://127.0.0.1:8080/scim/v2';

function step(index: number, name: string, method: string, path: string, status: number | undefined, extra: Partial<StepResult> = {}): StepResult {
  return {
    index,
    name,
    harness: false,
    request: {
      method,
      url: `${base}${path}`,
      headers: [['Host', '127.0.0.1:8080'], ['User-Agent', 'Okta SCIM Client 1.0.0'], ['Authorization', `Bearer ${SAMPLE_TOKEN}`]],
      startedAt: '2026-05-01T10:00:01.000Z',
    },
    ...(status === undefined ? {} : {
      response: {
        status,
        statusText: status === 200 ? 'OK' : status === 201 ? 'Created' : status === 204 ? 'No Content' : 'Bad Request',
        headers: [['Content-Type', 'application/scim+json; charset=utf-8']],
        body: status === 204 ? '' : '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1"}',
        timeMs: 12,
      },
    }),
    findings: [],
    ...extra,
  };
}

function result(partial: Partial<ScenarioResult> & Pick<ScenarioResult, 'id' | 'idp' | 'operation' | 'status'>): ScenarioResult {
  return {
    title: partial.id.split('/')[1]!.replace(/-/g, ' '),
    source: 'docs/idp/okta.md §3',
    failures: [], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 40,
    ...partial,
  };
}

/** Seven results over five idps: passed, failed (with a finding and a transport error), skipped, warned, left behind. */
export function sampleResults(): ScenarioResult[] {
  return [
    result({
      id: 'okta/deactivate-user', idp: 'okta', operation: 'deactivate', status: 'passed', title: 'Deactivate user',
      steps: [step(1, 'deactivate', 'PATCH', '/Users/u1', 200, {
        request: { method: 'PATCH', url: `${base}/Users/u1`, startedAt: '2026-05-01T10:00:02.000Z',
          headers: [['Content-Type', 'application/scim+json; charset=utf-8'], ['Authorization', `Bearer ${SAMPLE_TOKEN}`]],
          body: `{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}],"note":"${SAMPLE_TOKEN}"}` },
      })],
      cleanup: [step(1, 'delete user', 'DELETE', '/Users/u1', 204, { harness: true })],
    }),
    result({
      id: 'okta/create-user', idp: 'okta', operation: 'create', status: 'failed', title: 'Create user <after> "filter" & check',
      failures: [{
        step: '2 POST /Users — create user',
        message: `Expected 201 Created with the new User.\nGot 400 <script>alert(1)</script>\u0001 for token ${SAMPLE_TOKEN}.\nFix the POST handler.`,
        reference: 'RFC 7644 §3.3',
      }],
      steps: [
        step(1, 'userName pre-check', 'GET', '/Users?filter=userName%20eq%20%22a%2Bb%40x.com%22&startIndex=1&count=100', 200),
        step(2, 'create user', 'POST', '/Users', 400, { findings: [{ severity: 'failure', step: '2 POST /Users — create user', message: 'bad', reference: 'RFC 7644 §3.3' }] }),
      ],
      leftovers: ['DELETE http://127.0.0.1:8080/scim/v2/Users/u9 (500)'],
    }),
    result({ id: 'okta/create-user-push', idp: 'okta', operation: 'create', status: 'passed', title: 'Create user (push)' }),
    result({
      id: 'entra/test-connection', idp: 'entra', operation: 'connect', status: 'passed', title: 'Test connection',
      steps: [step(1, 'random GUID probe', 'GET', `/Users?filter=userName+eq+%2244e1a8%22&token=${encodeURIComponent(SAMPLE_TOKEN)}`, 200)],
    }),
    result({
      id: 'entra-aadoptscim062020/create-group', idp: 'entra-aadoptscim062020', operation: 'group-create', status: 'skipped',
      title: 'Create group', skipReason: 'Profile talkdesk provisions Users only: group scenarios do not apply.',
    }),
    result({
      id: 'onelogin/suspend-user', idp: 'onelogin', operation: 'deactivate', status: 'failed', title: 'Suspend by PUT active false',
      failures: [{ step: '1 PUT /Users/u2 — suspend', message: 'No response within 5000 ms.', reference: 'docs/idp/onelogin.md §3.4' }],
      steps: [step(1, 'suspend', 'PUT', '/Users/u2', undefined, {
        error: `Timed out after 5000 ms sending PUT with Basic ${Buffer.from(SAMPLE_BASIC).toString('base64')}`,
      })],
    }),
    result({
      id: 'rfc/service-provider-config', idp: 'rfc', operation: 'protocol', status: 'passed', title: 'ServiceProviderConfig',
      warnings: [`Response header echoed the credential ${SAMPLE_TOKEN}; servers should not reflect it.`],
    }),
  ];
}

/** Every spelling of the sample secrets that must not appear in a report; returns the ones found. */
export function findSampleSecrets(text: string): string[] {
  const forms = [SAMPLE_TOKEN, SAMPLE_BASIC].flatMap((s) => [
    s, encodeURIComponent(s), encodeURIComponent(s).replace(/%20/g, '+'), Buffer.from(s).toString('base64'),
    Buffer.from(s).toString('base64url'), JSON.stringify(s).slice(1, -1),
  ]);
  return [...new Set(forms)].filter((f) => text.includes(f));
}

/** A small rfc run for the requirements view: a failed check with its exchanges, a passed one, a skipped one. */
export function sampleRfcResults(): ScenarioResult[] {
  const rfc = (partial: Partial<ScenarioResult> & Pick<ScenarioResult, 'id' | 'status'>) =>
    result({ idp: 'rfc', operation: 'protocol', source: 'RFC 7644', ...partial });
  return [
    rfc({
      id: 'rfc/conflict-uniqueness', operation: 'conflict', status: 'failed',
      failures: [{ step: '2 POST /Users — create user1 again', message: 'expected status 409, got 201 Created', reference: 'RFC 7644 §3.3' }],
      steps: [step(1, 'create user1', 'POST', '/Users', 201), step(2, 'create user1 again', 'POST', '/Users', 201)],
    }),
    rfc({ id: 'rfc/delete-user', operation: 'delete', status: 'passed', steps: [step(1, 'delete user1', 'DELETE', '/Users/u1', 204)] }),
    rfc({ id: 'rfc/bulk-patch-user', status: 'skipped', skipReason: "needs bulk: the server's ServiceProviderConfig says bulk.supported is false (RFC 7643 §5)" }),
  ];
}
