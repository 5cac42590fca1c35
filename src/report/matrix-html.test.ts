import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMatrixHtml } from './matrix-html.ts';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';

describe('renderMatrixHtml', () => {
  const html = renderMatrixHtml(sampleResults(), sampleRun());
  const cellTag = (op: string, idp: string) =>
    new RegExp(`<td data-op="${op}" data-idp="${idp}" data-status="([a-z]+)">(.*?)</td>`).exec(html);

  it('is a real table with scoped headers', () => {
    assert.match(html, /<table id="matrix">/);
    assert.match(html, /<th scope="col">entra-aadoptscim062020<\/th>/);
    assert.match(html, /<th scope="row">group-create<\/th>/);
  });

  it('marks each cell with op, idp, status and a text label on a button', () => {
    assert.equal(cellTag('create', 'okta')?.[1], 'failed');
    assert.match(cellTag('create', 'okta')![2]!, /<button type="button" data-panel="cell-1-0" aria-controls="cell-1-0" aria-expanded="false"[^>]*><span aria-hidden="true">✅<\/span> 1 passed <span aria-hidden="true">❌<\/span> 1 failed<\/button>/);
    assert.equal(cellTag('group-create', 'entra-aadoptscim062020')?.[1], 'skipped');
    assert.match(cellTag('group-create', 'entra-aadoptscim062020')![2]!, />⏭️<\/span> skipped<\/button>/);
    assert.equal(cellTag('connect', 'okta')?.[1], 'none');
  });

  it('holds each cell\'s details in a hidden panel: failures with step, message, reference; skip reason', () => {
    const panel = /<section class="panel" id="cell-1-0"[^>]*hidden>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    assert.match(panel, /<strong>2 POST \/Users — create user<\/strong><pre>Expected 201 Created/);
    assert.match(panel, /Reference: RFC 7644 §3\.3/);
    assert.match(panel, /data-step-status="failed"><span aria-hidden="true">❌<\/span><span class="sr">failed:<\/span> create user/);
    assert.match(html, /<strong>Skipped:<\/strong> Profile talkdesk provisions Users only/);
  });

  it('escapes all text, so a message cannot inject markup', () => {
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /Got 400 &lt;script&gt;alert\(1\)&lt;\/script&gt; for token/);
    assert.match(html, /Create user &lt;after&gt; &quot;filter&quot; &amp; check/);
    assert.doesNotMatch(html, /\u0001/);
  });

  it('is self-contained: no external scripts, styles, images or fonts', () => {
    assert.doesNotMatch(html, /<(script|img|link|iframe)[^>]+(src|href)=/i);
    assert.doesNotMatch(html, /url\(|@import/);
    assert.match(html, /default-src 'none'/);
  });

  it('contains no form of the secrets (body, header, URL, error, failure, warning)', () => {
    assert.deepEqual(findSampleSecrets(html), []);
    assert.match(html, /token=\[REDACTED\]/);
    assert.match(html, /with Basic \[REDACTED\]/);
  });
});
