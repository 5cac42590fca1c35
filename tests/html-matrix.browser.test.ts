import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from '@playwright/test';
import { renderMatrixHtml } from '../src/report/index.ts';
import { RFC_REQUIREMENTS } from '../src/report/requirement-coverage.ts';
import { sampleResults, sampleRfcResults, sampleRun } from '../src/report/sample-results.ts';
import { launchChromium } from './support/launch-chromium.ts';

const SCREENSHOT = join(tmpdir(), 'scim-matrix.png');

describe('matrix.html in a real browser', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  /** An rfc run: matrix.html with its requirements view (issue 17 item 4). */
  let rfcPage: Page;
  const offline: string[] = [];
  const cell = (op: string, idp: string) => page.locator(`td[data-op="${op}"][data-idp="${idp}"]`);

  // A real browser, never a silent skip: launchChromium fails naming what to install (issue 3 item 3, issue 14).
  before(async () => {
    const launched = await launchChromium();
    browser = launched.browser;
    process.stderr.write(`# html-matrix browser test: ${launched.source}, Chromium ${browser.version()}\n`);
    dir = await mkdtemp(join(tmpdir(), 'scim-matrix-'));
    const file = join(dir, 'matrix.html');
    await writeFile(file, renderMatrixHtml(sampleResults(), sampleRun()), 'utf8');
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) offline.push(r.url()); });
    await page.goto(pathToFileURL(file).href);
    const rfcFile = join(dir, 'rfc-matrix.html');
    await writeFile(rfcFile, renderMatrixHtml(sampleRfcResults(), sampleRun()), 'utf8');
    rfcPage = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    rfcPage.on('request', (r) => { if (!r.url().startsWith('file:')) offline.push(r.url()); });
    await rfcPage.goto(pathToFileURL(rfcFile).href);
  });

  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the right status and label in the right cells', async () => {
    const expected: Array<[string, string, string, string]> = [
      ['connect', 'entra', 'passed', '✅ passed'],
      ['create', 'okta', 'failed', '✅ 1 passed ❌ 1 failed'],
      ['deactivate', 'okta', 'passed', '✅ passed'],
      ['deactivate', 'onelogin', 'failed', '❌ failed'],
      ['group-create', 'entra-aadoptscim062020', 'skipped', '⏭️ skipped'],
      ['protocol', 'rfc', 'passed', '✅ passed'],
      ['connect', 'okta', 'none', '—'],
    ];
    for (const [op, idp, status, label] of expected) {
      assert.equal(await cell(op, idp).getAttribute('data-status'), status, `${op} × ${idp}`);
      const visible = (await cell(op, idp).innerText()).split('\n')[0]!.trim(); // the first line; screen-reader text follows
      assert.equal(visible, label, `${op} × ${idp}`);
    }
    const headers = await page.locator('thead th[scope="col"]').allInnerTexts();
    assert.deepEqual(headers, ['Operation', 'okta', 'entra', 'entra-aadoptscim062020', 'onelogin', 'rfc']);
    assert.deepEqual(await page.locator('tbody th[scope="row"]').allInnerTexts(), ['connect', 'create', 'deactivate', 'group-create', 'protocol']);
  });

  it('reveals the failure message when a failed cell is clicked', async () => {
    const message = page.getByText('Expected 201 Created with the new User.', { exact: false });
    assert.equal(await message.isVisible(), false, 'details start hidden');
    const button = cell('create', 'okta').getByRole('button');
    await button.click();
    assert.equal(await message.isVisible(), true);
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByText('Reference: RFC 7644 §3.3').isVisible(), true);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('reveals the skip reason when a skipped cell is clicked, hiding the previous cell', async () => {
    await cell('group-create', 'entra-aadoptscim062020').getByRole('button').click();
    assert.equal(await page.getByText('Profile talkdesk provisions Users only').isVisible(), true);
    assert.equal(await page.getByText('Expected 201 Created with the new User.', { exact: false }).isVisible(), false);
    assert.equal(await cell('create', 'okta').getByRole('button').getAttribute('aria-expanded'), 'false');
  });

  it('requirements view: coverage at the top, each requirement with section, sentence and status, skipped and untestable with the reason', async () => {
    const c = RFC_REQUIREMENTS.requirements;
    const summary = rfcPage.locator('[data-requirements-summary]');
    assert.equal(await summary.isVisible(), true);
    assert.match(await summary.innerText(), new RegExp(`^RFC 7643/7644 requirements: ${c.filter((r) => r.testable).length} testable, \\d+ with a check; this run: \\d+ passed, \\d+ failed, \\d+ skipped, \\d+ not run$`));
    assert.match(await rfcPage.locator('[data-coverage]').innerText(), /^\d+ of \d+ requirements testable from outside have a check/);
    const failed = c.find((r) => r.checks?.length === 1 && r.checks[0] === 'rfc/conflict-uniqueness')!;
    const row = rfcPage.locator(`tr[data-requirement="${failed.id}"]`);
    await row.scrollIntoViewIfNeeded();
    assert.equal(await row.isVisible(), true);
    const cells = await row.locator('th, td').allInnerTexts();
    assert.match(cells[0]!, new RegExp(`^${failed.id}\\s+RFC ${failed.rfc} §${failed.section.replace(/\./g, '\\.')}$`));
    assert.equal(cells[1], failed.level);
    assert.equal(cells[2]!.trim(), '❌ failed');
    assert.equal(cells[3]!.startsWith(failed.text.slice(0, 40)), true, 'the sentence');
    assert.equal(await row.getByRole('link', { name: `RFC ${failed.rfc} §${failed.section}` }).getAttribute('href'), `https://www.rfc-editor.org/rfc/rfc${failed.rfc}#section-${failed.section}`);
    // A requirement rfc/bulk-patch-user decides among the checks of the sample run (the others did not run).
    const ran = new Set(sampleRfcResults().map((r) => r.id));
    const skipped = c.find((r) => r.checks?.includes('rfc/bulk-patch-user') && r.checks.every((id) => id === 'rfc/bulk-patch-user' || !ran.has(id)))!;
    assert.match(await rfcPage.locator(`tr[data-requirement="${skipped.id}"] td.status`).innerText(), /skipped\s+needs bulk: the server's ServiceProviderConfig says bulk\.supported is false/);
    const untestable = c.find((r) => !r.testable)!;
    assert.match(await rfcPage.locator(`tr[data-requirement="${untestable.id}"] td.status`).innerText(), new RegExp(`untestable\\s+${untestable.untestableReason!.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('requirements view: a check\'s link opens its scenario with the failure and the exchanges that decide it', async () => {
    const failed = RFC_REQUIREMENTS.requirements.find((r) => r.checks?.length === 1 && r.checks[0] === 'rfc/conflict-uniqueness')!;
    const scenario = rfcPage.locator('article[data-id="rfc/conflict-uniqueness"]');
    assert.equal(await scenario.isVisible(), false, 'the scenario starts hidden');
    await rfcPage.locator(`tr[data-requirement="${failed.id}"]`).getByRole('link', { name: 'rfc/conflict-uniqueness' }).click();
    assert.equal(await scenario.isVisible(), true);
    assert.equal(await scenario.getByText('expected status 409, got 201 Created').isVisible(), true);
    assert.equal(await scenario.getByText('POST http://127.0.0.1:8080/scim/v2/Users').first().isVisible(), true, 'the request and its answer');
    assert.match(await scenario.locator('ol.steps li').nth(1).innerText(), /create user1 again POST http:\/\/127\.0\.0\.1:8080\/scim\/v2\/Users → 201 Created/);
    assert.equal(await rfcPage.locator('td[data-op="conflict"][data-idp="rfc"] button').getAttribute('aria-expanded'), 'true', 'its matrix cell is the open one');
  });

  it('makes no network request', () => {
    assert.deepEqual(offline, []);
  });
});
