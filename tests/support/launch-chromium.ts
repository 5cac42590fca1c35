import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Flags for a headless Chromium run as root, with no network and no display: no sandbox (root), no GPU,
 * and none of the background fetches (component updates, sync, first-run pages) that would reach out.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** System Chromium builds, in the order tried last. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export interface LaunchOptions {
  /** Try Playwright's own browser (default true). */
  playwright?: boolean;
  /** Try `@sparticuz/chromium` (default true). */
  packaged?: boolean;
  /** System Chromium paths to try (default /usr/bin/chromium and the like). */
  systemPaths?: string[];
}

export interface LaunchedChromium {
  browser: Browser;
  /** Which Chromium was started, for the test's diagnostics. */
  source: string;
}

/**
 * Starts a real headless Chromium for the browser tests, with no root and no system package needed:
 * 1. Playwright's own browser, when `npx playwright install chromium` has put it in place;
 * 2. `@sparticuz/chromium` (a devDependency: a compressed Chromium inside the npm package, unpacked to
 *    the temp folder on first use; Linux x64/arm64 only), so `npm ci` alone is enough on Linux;
 * 3. a system Chromium (/usr/bin/chromium and the like).
 * Downloads nothing: tests reach no network.
 * @throws Error naming every source tried, why each failed, and what to install
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const { playwright = true, packaged = true, systemPaths = SYSTEM_CHROMIUMS } = options;
  const tried: string[] = [];
  if (playwright) {
    try {
      return { browser: await chromium.launch({ args: CHROMIUM_ARGS }), source: "Playwright's own Chromium" };
    } catch (error) {
      tried.push(`Playwright's own Chromium: ${firstLine(error)}`);
    }
  }
  if (packaged && process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
    try {
      const { default: sparticuz } = await import('@sparticuz/chromium');
      const executablePath = await sparticuz.executablePath();
      return { browser: await chromium.launch({ executablePath, args: CHROMIUM_ARGS }), source: `@sparticuz/chromium (${executablePath})` };
    } catch (error) {
      tried.push(`@sparticuz/chromium: ${firstLine(error)}`);
    }
  } else if (packaged) {
    tried.push(`@sparticuz/chromium: ships Linux x64/arm64 builds only, not ${process.platform}/${process.arch}`);
  }
  for (const executablePath of systemPaths.filter((p) => existsSync(p))) {
    try {
      return { browser: await chromium.launch({ executablePath, args: CHROMIUM_ARGS }), source: executablePath };
    } catch (error) {
      tried.push(`${executablePath}: ${firstLine(error)}`);
    }
  }
  tried.push(`system Chromium: none of ${systemPaths.join(', ') || '(no path given)'} started`);
  throw new Error(
    `no Chromium could be started for the browser test. Tried: ${tried.join('; ')}. ` +
      'What to do: run `npx playwright install chromium` (or `npm ci`, which installs @sparticuz/chromium on Linux x64/arm64), or install a system Chromium.',
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim() !== '')?.trim() ?? 'failed';
}
