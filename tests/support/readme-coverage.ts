import { catalogueCoverage, RFC_REQUIREMENTS, type RequirementCatalogue } from '../../src/report/requirement-coverage.ts';

const LEVEL_ROWS: Array<[string, string[]]> = [
  ['MUST / MUST NOT', ['MUST', 'MUST NOT']],
  ['REQUIRED', ['REQUIRED']],
  ['SHALL / SHALL NOT', ['SHALL', 'SHALL NOT']],
  ['SHOULD / SHOULD NOT / RECOMMENDED', ['SHOULD', 'SHOULD NOT', 'RECOMMENDED']],
];

/**
 * The README's coverage block (between `<!-- coverage:start -->` and `<!-- coverage:end -->`), rendered from the
 * catalogue: the table by level, the known gaps and the comparison with scim2/test-suite. tests/readme-coverage.test.ts
 * fails when the README's block differs, and prints this text to paste.
 */
export function renderReadmeCoverage(catalogue: RequirementCatalogue = RFC_REQUIREMENTS): string {
  const c = catalogueCoverage(catalogue);
  const at = (levels: string[], key: 'total' | 'testable' | 'covered') =>
    levels.map((level) => c.byLevel.find((l) => l.level === level)?.[key] ?? 0).join(' / ');
  const rows = LEVEL_ROWS.map(([label, levels]) => `| ${label} | ${at(levels, 'total')} | ${at(levels, 'testable')} | ${at(levels, 'covered')} |`);
  const gaps = catalogue.knownGaps.length;
  const percent = Math.round((100 * c.covered) / c.testable);
  return [
    '| | requirements | testable from outside | with a check |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    `| **all** | **${c.total}** | **${c.testable}** | **${c.covered} (${percent}%)** |`,
    '',
    gaps === 0
      ? `Every one of the ${c.testable} testable requirements has a check.`
      : `The ${gaps} testable requirements without a check are listed in the catalogue's \`knownGaps\`, each with what a check would need.`,
    '',
    '| | scim2/test-suite (Go, 2026) | scim-conformance |',
    '| --- | --- | --- |',
    '| requirements read | 143 parsed from RFC 7642-7644 | ' + `${c.total} binding statements of RFC 7643/7644 (and ${catalogue.notProviderBinding.length} that bind only the client, listed apart) |`,
    '| testable from outside | 127 | ' + `${c.testable} |`,
    '| checks | about 129 tests and 18 extra checks | ' + `${c.covered} of ${c.testable} testable requirements checked, each check proven by a fault of the mock |`,
    '| IdP behaviour | none | the IdP suites (Okta, Entra, OneLogin, authentik, JumpCloud, PingOne) |',
  ].join('\n');
}
