import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './launch-chromium.ts';

test('with no Chromium to be had, the browser test fails naming every source tried and what to install', async () => {
  await assert.rejects(launchChromium({ playwright: false, packaged: false, systemPaths: ['/nonexistent/chromium'] }), (error: Error) => {
    assert.match(error.message, /^no Chromium could be started for the browser test/);
    assert.match(error.message, /system Chromium: none of \/nonexistent\/chromium started/);
    assert.match(error.message, /npx playwright install chromium/);
    assert.match(error.message, /@sparticuz\/chromium/);
    return true;
  });
});
