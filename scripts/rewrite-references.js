#!/usr/bin/env node
// One-off, re-runnable after merges: rewrites citations of the research notes outside this repository
// (../shared/reference/idp-X.md, bare idp-X.md, ../shared/seeds/…) into the project's own docs
// (docs/idp/X.md keeps the section numbers; the vendor seeds map to docs/profiles.md sections).
// Usage: node scripts/rewrite-references.js [files…]   (default: every tracked file outside docs/ history)
// tests/references.test.ts fails while any such citation is left.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const SEEDS = { '000': '§1.1', '001': '§1.2', '002': '§1.3', '003': '§2', '004': '§3' };
const seed = (n) => `docs/profiles.md ${SEEDS[n]}`;

/** The rewrite rules, most specific first. */
export const RULES = [
  [/(?:\/work\/|(?:\.\.\/)+)shared\/reference\/idp-([a-z]+)\.md/g, 'docs/idp/$1.md'],
  [/(?<![\w/.-])idp-(okta|entra|onelogin|authentik|jumpcloud|pingone)\.md/g, 'docs/idp/$1.md'],
  [/(?:\/work\/|(?:\.\.\/)+)?shared\/seeds\/README\.md/g, 'docs/profiles.md'],
  [/(?:\/work\/|(?:\.\.\/)+)?shared\/seeds\/(00[0-4])(?:_[0-9a-f]+\.txt)?/g, (_, n) => seed(n)],
  [/(?<![\w/])seeds\/(00[0-4])(?:_[0-9a-f]+\.txt)?/g, (_, n) => seed(n)],
];

export function rewriteReferences(text) {
  return RULES.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.startsWith('docs/') && f !== 'scripts/rewrite-references.js' && !f.endsWith('references.test.ts'));
  let changed = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const rewritten = rewriteReferences(text);
    if (rewritten !== text) {
      writeFileSync(file, rewritten);
      changed += 1;
    }
  }
  process.stdout.write(`rewrote references in ${changed} file${changed === 1 ? '' : 's'}\n`);
}
