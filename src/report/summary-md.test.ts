import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';
import { renderSummaryMarkdown } from './summary-md.ts';

describe('renderSummaryMarkdown', () => {
  const text = renderSummaryMarkdown(sampleResults(), sampleRun());
  const lines = text.split('\n');
  const tableRows = lines.filter((l) => l.startsWith('| '));
  const row = (op: string) => tableRows.find((l) => l.startsWith(`| ${op} |`))!.split('|').slice(2, -1).map((c) => c.trim());

  it('opens with a headline naming target, profile, seed and the counts', () => {
    assert.equal(lines[0], '## SCIM conformance: ❌ 2 failed');
    assert.match(text, /Target\*\* http:\/\/127\.0\.0\.1:8080\/scim\/v2 · \*\*profile\*\* generic · \*\*seed\*\* seed-42 · ✅ 4 passed · ❌ 2 failed · ⏭️ 1 skipped · ⚠️ 1 warnings/);
  });

  it('has exactly one table: idps as columns, operations present as rows in lifecycle order', () => {
    assert.equal(tableRows[0], '| Operation | okta | entra | entra-aadoptscim062020 | onelogin | rfc |');
    assert.deepEqual(tableRows.slice(2).map((l) => l.split('|')[1]!.trim()),
      ['connect', 'create', 'deactivate', 'group-create', 'protocol']);
    assert.equal(lines.filter((l) => /^\|[ :-]+\|/.test(l) && l.includes('---')).length, 1);
  });

  it('shows each cell status, with counts when a cell holds several scenarios', () => {
    assert.deepEqual(row('create'), ['✅ 1 ❌ 1', '—', '—', '—', '—']);
    assert.deepEqual(row('deactivate'), ['✅ passed', '—', '—', '❌ failed', '—']);
    assert.deepEqual(row('group-create'), ['—', '—', '⏭️ skipped', '—', '—']);
  });

  it('lists failures with step, reference and message, then warnings, skipped and left behind, in that order', () => {
    const order = ['### Failures', '### Warnings', '### Skipped', '### Left behind'].map((h) => text.indexOf(h));
    assert.ok(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!)), String(order));
    assert.match(text, /- \*\*2 POST \/Users — create user\*\* _\(RFC 7644 §3\.3\)_\n\n {2}```text\n {2}Expected 201 Created/);
    assert.match(text, /- \*\*1 PUT \/Users\/u2 — suspend\*\* _\(docs\/idp\/onelogin\.md §3\.4\)_: No response within 5000 ms\./);
    assert.match(text, /okta\/create-user\*\*: DELETE http:\/\/127\.0\.0\.1:8080\/scim\/v2\/Users\/u9 \(500\)/);
    assert.match(text, /entra-aadoptscim062020\/create-group\*\* — Create group: Profile talkdesk provisions Users only/);
  });

  it('escapes HTML and Markdown in titles so a job summary shows them literally', () => {
    assert.match(text, /Create user &lt;after&gt; "filter" &amp; check/);
    assert.doesNotMatch(text, /\u0001/);
  });

  it('leaves out empty sections and says when nothing ran', () => {
    const passedOnly = sampleResults().filter((r) => r.status === 'passed' && r.warnings.length === 0);
    const quiet = renderSummaryMarkdown(passedOnly, sampleRun());
    assert.doesNotMatch(quiet, /### (Failures|Warnings|Skipped|Left behind)/);
    assert.match(quiet, /^## SCIM conformance: ✅ no failures/);
    assert.match(renderSummaryMarkdown([], sampleRun()), /_No scenarios ran\._/);
  });

  it('contains no form of the secrets', () => {
    assert.deepEqual(findSampleSecrets(text), []);
    assert.match(text, /for token \[REDACTED\]/);
  });
});
