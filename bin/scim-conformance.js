#!/usr/bin/env node
// Installed from npm, the CLI runs the compiled JavaScript in dist/ (built by `prepack`): no tsx, no
// TypeScript transform. In a checkout it runs dist/ too while that is as new as the sources (`npm ci`
// builds it through `prepare`); after an edit it runs the sources through tsx until the next
// `npm run build`, so a change is never hidden by a stale build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/src/cli/main.js', root);
const inCheckout = existsSync(new URL('src/cli/main.ts', root));
let main;
if (!inCheckout || (existsSync(compiled) && (await import('../scripts/dist-freshness.js')).isDistFresh(fileURLToPath(root)))) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
