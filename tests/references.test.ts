// Every reference a user sees (scenario sources, failure messages, reports, JSDoc) must resolve inside the
// package or to a public URL: the research notes the project grew from (../shared/…) are not shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/run-cli.ts';

/** Files that must name the old forms to rewrite or catch them. */
const ABOUT_OLD_FORMS = new Set(['scripts/rewrite-references.js', 'tests/references.test.ts']);
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && !ABOUT_OLD_FORMS.has(f) && existsSync(path.join(ROOT, f)));
const texts = new Map(tracked.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));

const OUTSIDE = [
  { name: 'a path to ../shared (research notes outside the repository)', pattern: /(?:\.\.\/|\/work\/)shared\b|\bshared\/(?:reference|seeds)\// },
  { name: 'a bare idp-*.md research note (use docs/idp/*.md)', pattern: /(?<![\w/.-])idp-[a-z]+\\?\.md\b/ },
  { name: 'a seeds/ document (use docs/profiles.md)', pattern: /(?<![\w/])seeds\/\d{3}/ },
  { name: 'a research note by name (ecosystem.md, peers.md, style-anchors.md)', pattern: /\b(?:ecosystem|peers|style-anchors|landscape-[\d-]+)\.md\b/ },
];

test('no tracked file cites research notes outside the repository, and no code reads ../shared', () => {
  const found: string[] = [];
  for (const [file, text] of texts) {
    text.split('\n').forEach((line, i) => {
      for (const { name, pattern } of OUTSIDE) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
    });
  }
  assert.deepEqual(found, [], 'rewrite them with node scripts/rewrite-references.js, or cite a public URL');
});

test('the check catches each old form it exists for', () => {
  const samples = ['see ../shared/reference/idp-okta.md §3.7', 'reference: "idp-entra.md §4.6"', 'readFileSync("/work/shared/seeds/002_031ba63b9d48c849.txt")', 'RFC 6749 §4.4; seeds/002', '@see ecosystem.md §5', String.raw`assert.match(text, /_\(idp-onelogin\.md §3\.4\)_/)`];
  for (const sample of samples) assert.ok(OUTSIDE.some(({ pattern }) => pattern.test(sample)), sample);
  assert.ok(!OUTSIDE.some(({ pattern }) => pattern.test('docs/idp/okta.md §3.7; docs/profiles.md §1.3; tests/self-test/idp-proofs.test.ts')));
});

test('every docs/idp/*.md and docs/profiles.md citation names a file and a section that exist', () => {
  const headings = new Map<string, Set<string>>();
  const sectionsOf = (doc: string) => {
    if (!headings.has(doc)) {
      const file = path.join(ROOT, doc);
      const numbers = existsSync(file) ? [...readFileSync(file, 'utf8').matchAll(/^#+\s+(\d+(?:\.\d+)*)\.?\s/gm)].map((m) => m[1]!) : [];
      headings.set(doc, new Set(numbers));
    }
    return headings.get(doc)!;
  };
  const broken = new Set<string>();
  for (const [file, text] of texts) {
    for (const match of text.matchAll(/\b(docs\/(?:idp\/[a-z]+|profiles)\.md)((?:,? ?§ ?\d+(?:\.\d+)*[a-z]?(?:,| and)?)*)/g)) {
      const doc = match[1]!;
      if (!existsSync(path.join(ROOT, doc))) {
        broken.add(`${file}: ${doc} does not exist`);
        continue;
      }
      for (const section of match[2]!.matchAll(/§ ?(\d+(?:\.\d+)*)/g)) {
        if (!sectionsOf(doc).has(section[1]!)) broken.add(`${file}: ${doc} has no section ${section[1]}`);
      }
    }
  }
  assert.deepEqual([...broken], []);
});
