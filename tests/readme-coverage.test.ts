import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderReadmeCoverage } from './support/readme-coverage.ts';
import type { RequirementCatalogue, Requirement } from '../src/report/requirement-coverage.ts';

const readme = () => readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README states the requirement coverage the catalogue has (scenarios/rfc-requirements.json)', () => {
  const block = /<!-- coverage:start -->\n([^]*?)\n<!-- coverage:end -->/.exec(readme())?.[1];
  assert.ok(block, 'README.md has a <!-- coverage:start --> … <!-- coverage:end --> block');
  assert.equal(block, renderReadmeCoverage(), `replace the README's coverage block with:\n${renderReadmeCoverage()}`);
});

test('the rendered block follows the catalogue: a new check or a closed gap changes it', () => {
  const req = (id: string, over: Partial<Requirement> = {}): Requirement => ({ id, rfc: 7644, section: '3.3', level: 'MUST', text: 'x', testable: true, checks: ['rfc/a'], ...over });
  const cat = (requirements: Requirement[], gaps: string[]): RequirementCatalogue =>
    ({ requirements, knownGaps: gaps.map((requirement) => ({ requirement, needs: 'x' })), notProviderBinding: [] });
  const open = renderReadmeCoverage(cat([req('7644-3.3-a'), req('7644-3.3-b', { checks: [] })], ['7644-3.3-b']));
  assert.match(open, /\| \*\*all\*\* \| \*\*2\*\* \| \*\*2\*\* \| \*\*1 \(50%\)\*\* \|/);
  assert.match(open, /The 1 testable requirements without a check/);
  const closed = renderReadmeCoverage(cat([req('7644-3.3-a'), req('7644-3.3-b')], []));
  assert.match(closed, /\*\*2 \(100%\)\*\*/);
  assert.match(closed, /Every one of the 2 testable requirements has a check\./);
});
