import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, ROOT } from './support/run-cli.ts';
import { PROOF_RUNS, proofArgs } from './self-test/proof-runs.ts';
import { assertCaught } from './self-test/assert-caught.ts';

/**
 * Every rfc check has a proof: a fault of the embedded mock it must catch, with a failure message that
 * names the cause. Faults whose checks do not overlap share one CLI run (a run costs ~3 s).
 */

/** The Bulk checks (RFC 7644 §3.7): all skipped when the server declares bulk.supported false. */
const BULK_CHECKS = readdirSync(path.join(ROOT, 'scenarios', 'rfc')).filter((file) => file.startsWith('bulk-')).map((file) => `rfc/${file.replace(/\.json$/, '')}`);
const RFC_CHECKS = readdirSync(path.join(ROOT, 'scenarios', 'rfc')).map((file) => `rfc/${file.replace(/\.json$/, '')}`).sort();

const rfc = (...args: string[]) => runCli(['run', '--idp', 'rfc', '--seed', 'rfc-proof', ...args]);
const faults = (...ids: string[]) => ids.flatMap((id) => ['--mock-fault', id]);
/** The faults that together make the realistic minimal server of issue 12. */
const MINIMAL_SERVER = ['filter-only-eq', 'no-service-provider-config', 'drop-group-external-id', 'lowercase-emails'];


describe('the rfc suite catches each deviation it checks, naming the cause', { concurrency: 2 }, () => {

  for (const proof of PROOF_RUNS.filter((run) => run.idps.join() === 'rfc')) {
    test(proof.title, async () => {
      const run = await runCli(proofArgs(proof, 'rfc-proof'));
      assertCaught(run, proof.expected);
      if (proof.args?.includes('--strict')) assert.equal(run.report!.summary.warnings, 0, '--strict leaves no warnings');
    });
  }

  test('without --strict a SHOULD violation is a warning: the run passes and counts it', async () => {
    const lenient = await rfc('--scenario', 'rfc/get-user', ...faults('lowercases-username'));
    assert.equal(lenient.exitCode, 0, lenient.stdout);
    assert.equal(lenient.report!.summary.warnings, 1);
    // The run ends with the RFC 7643/7644 coverage line: get-user's requirements warn or pass, the rest did not run.
    assert.match(lenient.stdout, /\n1 passed, 0 failed, 0 skipped, 1 warnings\nRFC 7643\/7644: \d+ testable requirements, \d+ checked: \d+ passed, 0 failed, [1-9]\d* warning, \d+ not run\n/);
  });

  test('a minimal server (eq-only filters, no /ServiceProviderConfig, no group externalId, lower-cased emails) breaks no MUST of the rfc suite', async () => {
    const run = await rfc(...faults(...MINIMAL_SERVER));
    const byId = Object.fromEntries(run.report!.results.map((r) => [r.id, r]));
    const failed = run.report!.results.filter((r) => r.status === 'failed');
    assert.deepEqual(failed.map((r) => r.id), [], failed.map((r) => `${r.id}: ${r.failures[0]?.message}`).join('\n'));
    assert.equal(run.exitCode, 0);
    assert.match(byId['rfc/discovery-service-provider-config']!.warnings.join('\n'), /declined: the server answered 404 .*to GET \/ServiceProviderConfig: the endpoint is missing/);
    // Root cause 2: an operator beyond eq declined with 400 invalidFilter is one warning that names that operator.
    for (const op of ['co', 'sw', 'ew', 'ne', 'gt', 'ge', 'lt', 'le', 'pr', 'not', 'and', 'or']) {
      const result = byId[`rfc/filter-${op}`]!;
      assert.equal(result.status, 'passed', op);
      assert.equal(result.warnings.length, 1, `${op}: ${result.warnings.join('\n')}`);
      assert.match(result.warnings[0]!, new RegExp(`declined: the server answered 400 invalidFilter .*the filter uses ${op}\\b.* to the ${op} operator.*RFC 7644 §3\\.4\\.2\\.2`), op);
    }
    // Root cause 1: paging no longer rests on sw; eq itself is still checked and passes.
    for (const id of ['pagination-count', 'pagination-count-zero', 'pagination-past-end', 'pagination-start-index-below-one', 'pagination-count-above-maximum', 'filter-eq-case-insensitive', 'filter-eq-case-exact']) {
      assert.deepEqual([byId[`rfc/${id}`]!.status, byId[`rfc/${id}`]!.warnings], ['passed', []], id);
    }
    // Root cause 3: unknown is not "supported".
    for (const id of ['sort-ascending', 'etag-meta-version', 'bulk-patch-user', 'change-password', 'patch-replace']) {
      assert.equal(byId[`rfc/${id}`]!.status, 'skipped', id);
      assert.match(byId[`rfc/${id}`]!.skipReason!, /^needs \w[\w-]*: support unknown: \/ServiceProviderConfig answered 404/, id);
    }
    assert.ok(!JSON.stringify(run.report).includes('says etag.supported true'), 'no message claims a ServiceProviderConfig that was never read');
  });

  test('optional features declined the RFC way are not failures: /.search not offered is skipped, and sort skips when its sw scope is declined', async () => {
    const run = await rfc('--scenario', 'rfc/search-root,rfc/search-users,rfc/sort-ascending,rfc/sort-descending,rfc/filter-sw', ...faults('search-unsupported', 'filter-only-eq'));
    assert.equal(run.exitCode, 0, run.stdout);
    const byId = Object.fromEntries(run.report!.results.map((r) => [r.id, r]));
    assert.match(byId['rfc/search-root']!.skipReason!, /^not checked: the server declined POST \/\.search at the base URL, an optional endpoint .*\(404 .*RFC 7644 §3\.4\.3 allows/);
    assert.match(byId['rfc/search-users']!.skipReason!, /^not checked: the server declined POST \/Users\/\.search/);
    for (const id of ['rfc/sort-ascending', 'rfc/sort-descending']) {
      assert.equal(byId[id]!.status, 'skipped');
      assert.match(byId[id]!.skipReason!, /declined the sw filter .*reported, by rfc\/filter-sw\) \(400 invalidFilter/);
      assert.deepEqual(byId[id]!.warnings, [], 'the declined sw is reported once, under rfc/filter-sw');
    }
    assert.equal(byId['rfc/filter-sw']!.warnings.length, 1);
  });

  test('what the server declares unsupported (no Groups, no sort, no Bulk) is skipped with its reason, and the rest passes', async () => {
    const run = await rfc(...faults('groups-unsupported', 'sort-unsupported', 'bulk-unsupported'));
    const failed = run.report!.results.filter((r) => r.status === 'failed').map((r) => `${r.id}: ${r.failures[0]?.message}`);
    assert.equal(run.exitCode, 0, failed.join('\n'));
    const skipped = Object.fromEntries(run.report!.results.filter((r) => r.status === 'skipped').map((r) => [r.id, r.skipReason]));
    assert.deepEqual(Object.keys(skipped).sort(), [...BULK_CHECKS, 'rfc/discovery-schemas-group', 'rfc/group-lifecycle', 'rfc/group-membership-patch', 'rfc/schema-extension-bulk-reference', 'rfc/search-sort', 'rfc/sort-ascending', 'rfc/sort-case-insensitive', 'rfc/sort-descending', 'rfc/user-groups-derived', 'rfc/user-groups-read-only'].sort());
    assert.match(skipped['rfc/sort-ascending']!, /^needs sort: the server's ServiceProviderConfig says sort\.supported is false \(RFC 7643 §5\)$/);
    assert.match(skipped['rfc/group-lifecycle']!, /^needs groups: the server's \/ResourceTypes lists no Group resource type, only User/);
    for (const id of BULK_CHECKS) assert.match(skipped[id]!, /bulk\.supported is false|lists no Group resource type/, id);
  });

  test('a plain rfc run against the embedded mock passes every check, Bulk included', async () => {
    const run = await rfc();
    const failed = run.report!.results.filter((r) => r.status === 'failed').map((r) => `${r.id}: ${r.failures[0]?.message}`);
    assert.equal(run.exitCode, 0, failed.join('\n'));
    assert.deepEqual(run.report!.results.map((r) => r.id).sort(), RFC_CHECKS);
    assert.deepEqual(run.report!.results.filter((r) => r.status !== 'passed').map((r) => r.id), []);
    assert.equal(run.report!.summary.warnings, 0);
  });

  test('every rfc check and each of its steps cites the RFC section it rests on', () => {
    for (const id of RFC_CHECKS) {
      const scenario = JSON.parse(readFileSync(path.join(ROOT, 'scenarios', `${id}.json`), 'utf8'));
      assert.match(scenario.source.reference, /RFC 764[34] §\d/, id);
      for (const step of scenario.steps) assert.match(step.reference, /RFC (764[34]|7232|7235|6750) §\d/, `${id}: ${step.name}`);
    }
  });

  test('--waivers: a waived failure is skipped with its reason; an expired waiver fails again and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rfc-waivers-'));
    const file = path.join(dir, 'waivers.yaml');
    writeFileSync(file, [
      '- id: rfc/sort-ascending',
      '  reason: sorting ships in 2.4',
      '  link: https://tracker.example/SCIM-12',
      '  expires: 2999-12-31',
      '- { id: rfc/sort-descending, reason: "old excuse", link: "https://tracker.example/SCIM-7", expires: 2000-01-31 }',
      '',
    ].join('\n'));
    const run = await rfc('--waivers', file, '--scenario', 'rfc/sort-ascending,rfc/sort-descending', ...faults('sort-ignored'));
    const byId = Object.fromEntries(run.report!.results.map((r) => [r.id, r]));
    assert.equal(byId['rfc/sort-ascending']!.status, 'skipped');
    assert.equal(byId['rfc/sort-ascending']!.skipReason, 'waived: sorting ships in 2.4 (https://tracker.example/SCIM-12; until 2999-12-31)');
    assert.match(byId['rfc/sort-ascending']!.failures[0]!.message, /sorted by userName ascending/, 'a waived result keeps its failures');
    assertCaught(run, { 'rfc/sort-descending': /the waiver for rfc\/sort-descending expired on 2000-01-31/ });
    for (const report of ['summary.md', 'junit.xml', 'conformance.json']) {
      assert.ok(readFileSync(path.join(run.reportDir, report), 'utf8').includes('waived: sorting ships in 2.4'), `${report} shows the waiver`);
    }
  });

  test('a malformed waivers file is a usage error naming the file, entry and field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rfc-waivers-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ id: 'rfc/sort-ascending', reason: 'x', link: 'https://t.example/1', expires: 'next week' }]));
    const run = await runCli(['run', '--idp', 'rfc', '--waivers', file]);
    assert.equal(run.exitCode, 2);
    assert.match(run.stderr, /--waivers .*bad\.json: entry 1 \(rfc\/sort-ascending\): field "expires" is "next week", not a date; write YYYY-MM-DD/);
  });
});
