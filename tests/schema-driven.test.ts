import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './support/run-cli.ts';

// Issue 17 item 3, done when: a server declaring a custom extension schema gets schema-driven checks of its
// attributes. The embedded mock (generic profile) declares urn:…:acme:2.0:User; one CLI run of the schema-driven
// scenarios shows each characteristic exercised on the acme attributes by ordinary, attribute-named steps, all
// passing, and everything the checks created removed. The faulted runs are in tests/self-test/schema-proof-runs.ts.

const ACME = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
const SCHEMA_CHECKS = ['case-exact-filter', 'definitions-well-formed', 'extension-bulk-reference', 'extension-required', 'mutability-immutable', 'mutability-read-only', 'returned-never', 'returned-request', 'types-round-trip', 'uniqueness-server'].map((id) => `rfc/schema-${id}`);

interface HarEntry { _scenario: string; _step: string; _phase: string; request: { method: string; url: string }; response: { status: number; content: { text?: string } } }

test('a server declaring a custom extension gets its attributes checked, named by attribute, and the harness removes what it created', async () => {
  const run = await runCli(['run', '--idp', 'rfc', '--seed', 'schema-driven', '--scenario', SCHEMA_CHECKS.join(',')]);
  const failed = run.report!.results.filter((r) => r.status !== 'passed').map((r) => `${r.id} ${r.status}: ${r.failures[0]?.message ?? r.skipReason ?? ''}`);
  assert.deepEqual(failed, [], run.stdout);
  assert.equal(run.report!.summary.warnings, 0);
  const entries = (JSON.parse(readFileSync(path.join(run.reportDir, 'transcript.har'), 'utf8')).log.entries as HarEntry[]);
  const steps = entries.filter((e) => e._phase === 'steps');
  const named = (scenario: string) => new Set(steps.filter((e) => e._scenario === scenario).map((e) => e._step));
  // Each characteristic reached the acme attribute that declares it.
  const expectedSteps: Record<string, string> = {
    'rfc/schema-mutability-immutable': `${ACME}:badgeNumber (immutable: changed by PUT)`,
    'rfc/schema-mutability-read-only': `${ACME}:enrolledAt (readOnly)`,
    'rfc/schema-returned-never': `${ACME}:pinCode (returned never: read back asking for it)`,
    'rfc/schema-returned-request': `${ACME}:auditNote (returned request: read back asking for it)`,
    'rfc/schema-uniqueness-server': `${ACME}:badgeNumber (uniqueness server: another resource with the same value)`,
    'rfc/schema-case-exact-filter': `${ACME}:badgeNumber (caseExact: filter eq in another case)`,
    'rfc/schema-extension-required': `${ACME}:vehicle.plate (required sub-attribute): create without it`,
    'rfc/schema-extension-bulk-reference': `${ACME}:sponsor (reference set by bulkId)`,
    'rfc/schema-definitions-well-formed': `${ACME} (attribute definitions)`,
  };
  for (const [scenario, step] of Object.entries(expectedSteps)) assert.ok(named(scenario).has(step), `${scenario} has the step "${step}": ${[...named(scenario)].join(' | ')}`);
  const roundTrip = named('rfc/schema-types-round-trip');
  for (const type of ['floor (integer)', 'hourlyRate (decimal)', 'remote (boolean)', 'photo (binary)', 'homepage (reference)', 'languages (multi-valued string)', 'vehicle (complex)', 'badgeNumber (string)']) {
    assert.ok(roundTrip.has(`${ACME}:${type}`), `round-trip of ${type}`);
  }
  assert.ok([...roundTrip].some((s) => s.startsWith('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:')), 'the enterprise extension too');
  // Data safety: every resource a step created (a 201 to POST /Users, each POST a BulkRequest ran) is deleted.
  const created = steps.flatMap((e) => {
    if (e.request.method !== 'POST' || e.response.status >= 300) return [];
    const body = JSON.parse(e.response.content.text ?? '{}');
    if (e.request.url.endsWith('/Bulk')) return (body.Operations as Array<{ location?: string; status: string }>).filter((op) => op.status === '201').map((op) => op.location!.split('/').pop()!);
    return [body.id as string];
  });
  const deleted = entries.filter((e) => e._phase === 'cleanup' && e.request.method === 'DELETE' && e.response.status === 204).map((e) => e.request.url.split('/').pop()!);
  assert.deepEqual(deleted.sort(), created.sort());
  assert.ok(steps.length >= 50, `generated steps: ${steps.length}`);
});
