import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { buildLoadReport } from '../src/load/load-report.ts';
import { loadHtml } from '../src/load/load-html.ts';
import type { LoadConfig, LoadSample } from '../src/load/load-types.ts';
import { launchChromium } from './support/launch-chromium.ts';

const config: LoadConfig = { idp: 'entra', secrets: [], users: 4, groups: 1, batch: 2, rate: 25, concurrency: 2, durationMs: 60_000, timeoutMs: 60_000, reportDir: '', seed: 's', runId: 'r', mockFaults: [] };
/** Three seconds: all fine, then a 429 and a 503, then a timeout. */
const samples: LoadSample[] = [
  { op: 'user-lookup', at: 100, ms: 20, status: 200 },
  { op: 'user-create', at: 300, ms: 40, status: 201 },
  { op: 'user-create', at: 1100, ms: 30, status: 429, retryAfter: null },
  { op: 'user-create', at: 1500, ms: 90, status: 503 },
  { op: 'membership-patch', at: 2100, ms: 1000, status: 0, error: 'timeout' },
];

test('load.html in a real browser: the verdicts, and latency and status over time drawn second by second', async () => {
  const outcome = { events: [{ kind: 'user' as const, failed: true, reason: 'create: 503' }], created: [], quarantineTriggers: [], durationMs: 3100 };
  const report = buildLoadReport({ config, target: 'http://127.0.0.1:1/scim/v2', startedAt: '2026-12-07T00:00:00Z', samples, outcome, verdicts: [{ id: 'server-errors', status: 'failed', title: 'no 5xx', detail: '1× 503', reference: 'docs/idp/entra.md §6' }], leftovers: [] });
  const dir = await mkdtemp(join(tmpdir(), 'scim-load-html-'));
  const file = join(dir, 'load.html');
  await writeFile(file, loadHtml(report));
  // A real browser found through npm (tests/support/launch-chromium.ts): fails naming what to install, never skips.
  const { browser } = await launchChromium();
  try {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => void (r.url().startsWith('file:') || outside.push(r.url())));
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.locator('#status').innerText(), 'failed');
    assert.deepEqual(await page.locator('#verdicts tr.failed td').allInnerTexts(), ['no 5xx', 'failed', '1× 503', 'docs/idp/entra.md §6']);
    const p95 = (await page.locator('#latency-chart polyline[data-series="p95"]').getAttribute('points'))!.split(' ');
    assert.equal(p95.length, 3, 'one point per second');
    const outcomes = await page.locator('#status-chart rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-outcome')));
    assert.deepEqual(outcomes, ['2xx', '429', '5xx', 'none']);
    const box = await page.locator('#status-chart').boundingBox();
    assert.ok(box && box.width > 600 && box.height > 200, 'the chart is drawn at its size');
    assert.deepEqual(outside, [], 'the page loads nothing from the network');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
