import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDistFresh } from '../../scripts/dist-freshness.js';
import { ROOT } from './run-cli.ts';

interface LockEntry { dev?: boolean; link?: boolean; [key: string]: unknown }

export interface ConsumerProject {
  /** The consumer's folder: package.json, package-lock.json, node_modules/scim-conformance from the tarball. */
  dir: string;
  /** The packed tarball's file name. */
  tarball: string;
}

/**
 * Packs this project (dist/ as built; rebuilt first only when older than the sources, so a pack never
 * rebuilds dist/ under the other tests running the CLI from it) and installs the tarball into a new project in a
 * temporary folder, as a user would, with no network: the consumer's package-lock.json names the tarball
 * and this project's own runtime dependencies exactly as package-lock.json pins them, so `npm ci
 * --offline` takes each one from the npm cache `npm ci` filled. Scripts are not run (msw's postinstall
 * only copies its browser worker).
 */
export function packAndInstall(): ConsumerProject {
  const base = mkdtempSync(path.join(tmpdir(), 'scim-pkg-'));
  if (!isDistFresh(ROOT)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', base, '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const tarball = readdirSync(base).find((f) => f.endsWith('.tgz'))!;
  const dir = path.join(base, 'consumer');
  execFileSync('mkdir', [dir]);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:../${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { 'scim-conformance': spec } },
    'node_modules/scim-conformance': { version: pkg.version, resolved: spec, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key && !entry.dev && !entry.link) packages[key] = entry;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { 'scim-conformance': spec } }, null, 2));
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
  execFileSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  return { dir, tarball: path.join(base, tarball) };
}
