import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioResult } from '../engine/result-types.ts';
import {
  catalogueCoverage, countOutcomes, requirementConsoleLine, requirementCoverageLine, requirementOutcomes, runDecidesRequirements,
  type Requirement, type RequirementCatalogue,
} from './requirement-coverage.ts';

const req = (id: string, over: Partial<Requirement> = {}): Requirement =>
  ({ id, rfc: 7644, section: id.split('-')[1]!, level: 'MUST', text: `sentence ${id}`, testable: true, checks: [], ...over });

const catalogue: RequirementCatalogue = {
  requirements: [
    req('7644-3.3-a', { checks: ['rfc/create-user'] }),
    req('7644-3.3-b', { checks: ['rfc/create-user', 'rfc/conflict'], level: 'SHOULD' }),
    req('7644-3.6-a', { checks: ['rfc/delete-user', 'okta/delete-user'] }),
    req('7644-3.7-a', { checks: ['rfc/bulk'] }),
    req('7644-3.7-b', { checks: ['rfc/never-ran'] }),
    req('7644-3.8-a'),
    req('7644-7.2-a', { testable: false, checks: undefined, untestableReason: 'transport-level' }),
  ],
  knownGaps: [{ requirement: '7644-3.8-a', needs: 'a non-ASCII round trip' }],
  notProviderBinding: [],
};

function result(id: string, status: ScenarioResult['status'], over: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    id, idp: id.split('/')[0]!, title: id, operation: 'create', status, source: 'RFC 7644',
    failures: [], warnings: [], steps: [], cleanup: [], leftovers: [], durationMs: 1, ...over,
  };
}

const results = [
  result('rfc/create-user', 'passed'),
  result('rfc/conflict', 'passed', { warnings: ['scimType missing'] }),
  result('rfc/delete-user', 'passed'),
  result('okta/delete-user', 'failed'),
  result('rfc/bulk', 'skipped', { skipReason: 'bulk.supported is false' }),
];

test('a requirement takes the worst status of its checks that ran', () => {
  const byId = Object.fromEntries(requirementOutcomes(results, { catalogue }).map((o) => [o.requirement.id, o]));
  assert.equal(byId['7644-3.3-a']!.status, 'passed');
  assert.equal(byId['7644-3.3-b']!.status, 'warning', 'a passed check with a warning makes the requirement a warning');
  assert.equal(byId['7644-3.6-a']!.status, 'failed', 'one failing check fails the requirement, whichever suite it is in');
  assert.deepEqual(byId['7644-3.6-a']!.results, [{ id: 'rfc/delete-user', status: 'passed' }, { id: 'okta/delete-user', status: 'failed' }]);
});

test('skipped carries the skip reason; not run, no check and untestable say why', () => {
  const byId = Object.fromEntries(requirementOutcomes(results, { catalogue }).map((o) => [o.requirement.id, o]));
  assert.deepEqual([byId['7644-3.7-a']!.status, byId['7644-3.7-a']!.reason], ['skipped', 'bulk.supported is false']);
  assert.deepEqual([byId['7644-3.7-b']!.status, byId['7644-3.7-b']!.results], ['not-run', []]);
  assert.deepEqual([byId['7644-3.8-a']!.status, byId['7644-3.8-a']!.reason], ['no-check', 'a non-ASCII round trip']);
  assert.deepEqual([byId['7644-7.2-a']!.status, byId['7644-7.2-a']!.reason], ['untestable', 'transport-level']);
});

test('blocked outranks warning and passed, failed outranks blocked', () => {
  const one = (statuses: Array<ScenarioResult['status']>) => requirementOutcomes(
    statuses.map((s, i) => result(`rfc/c${i}`, s)),
    { catalogue: { ...catalogue, requirements: [req('7644-3.3-a', { checks: statuses.map((_, i) => `rfc/c${i}`) })] } },
  )[0]!.status;
  assert.equal(one(['passed', 'blocked']), 'blocked');
  assert.equal(one(['blocked', 'failed']), 'failed');
  assert.equal(one(['skipped', 'passed']), 'passed');
});

test('catalogue coverage counts testable requirements with a check, by level', () => {
  const c = catalogueCoverage(catalogue);
  assert.deepEqual([c.total, c.testable, c.covered], [7, 6, 5]);
  assert.deepEqual(c.byLevel, [{ level: 'MUST', total: 6, testable: 5, covered: 4 }, { level: 'SHOULD', total: 1, testable: 1, covered: 1 }]);
  assert.deepEqual(countOutcomes(requirementOutcomes(results, { catalogue })),
    { failed: 1, blocked: 0, warning: 1, passed: 1, skipped: 1, 'not-run': 1, 'no-check': 1, untestable: 1 });
});

test('the summary line states catalogue coverage and the run\'s outcome', () => {
  assert.equal(requirementCoverageLine(results, { catalogue }),
    '**RFC 7643/7644 requirements** 5 of 6 testable have a check (1 not testable from outside, 1 known gaps) · ' +
    'this run: 1 passed · 1 failed · 1 warning · 1 skipped · 1 not run');
});

test('the console line states testable, checked and the run\'s outcome, only when the rfc suite ran', () => {
  assert.equal(requirementConsoleLine(results, { catalogue }), 'RFC 7643/7644: 6 testable requirements, 5 checked: 1 passed, 1 failed, 1 warning, 1 skipped, 1 not run');
  assert.equal(requirementConsoleLine([result('okta/delete-user', 'failed')], { catalogue }), undefined, 'an IdP run that decides a requirement prints no line');
});

test('coverage is shown only for a run whose results include a check the catalogue names', () => {
  assert.equal(runDecidesRequirements(results, { catalogue }), true);
  assert.equal(runDecidesRequirements([result('okta/create-user', 'passed')], { catalogue }), false);
});

test('the shipped catalogue loads and every testable requirement is decided by its checks or is a gap', () => {
  const outcomes = requirementOutcomes([]);
  assert.ok(outcomes.length > 200);
  assert.ok(outcomes.every((o) => ['not-run', 'no-check', 'untestable'].includes(o.status)));
});
