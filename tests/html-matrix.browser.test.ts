import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from '@playwright/test';
import { renderMatrixHtml } from '../src/report/index.ts';
import { sampleResults, sampleRun } from '../src/report/sample-results.ts';
import { launchChromium } from './support/launch-chromium.ts';

const SCREENSHOT = join(tmpdir(), 'scim-matrix.png');

describe('matrix.html in a real browser', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
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

  it('makes no network request', () => {
    assert.deepEqual(offline, []);
  });
});
