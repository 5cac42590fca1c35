import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Which top-level folders each folder may import from (besides node: and npm packages). */
export const ALLOWED_IMPORTS: Record<string, string[]> = {
  scenarios: [],
  mocks: ['mocks'],
  src: ['src', 'mocks', 'scenarios', 'package.json'],
  suites: ['suites', 'src', 'mocks'],
};

/** npm packages a folder may not import: scenarios are pure data, mocks are independent of the runner. */
export const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  scenarios: /.*/,
  mocks: /^@playwright\/|^playwright/,
};

export interface ImportViolation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/**
 * Lists every import in `root/<folder>` that breaks the layering rules, naming the file, line and
 * offending specifier.
 * @see https://github.com/microsoft/playwright/blob/main/utils/check_deps.js (Playwright's DEPS.list, enforced in CI)
 */
export function findImportViolations(root: string): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const folder of Object.keys(ALLOWED_IMPORTS)) {
    for (const file of listSourceFiles(path.join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const relFile = path.relative(root, file);
      if (folder === 'scenarios' && !file.endsWith('.test.ts')) {
        if (!file.endsWith('.json')) violations.push({ file: relFile, line: 1, specifier: '(file)', rule: 'scenarios/ holds JSON data only' });
        continue;
      }
      for (const match of text.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3]!;
        const line = text.slice(0, match.index).split('\n').length + (match[0].startsWith('\n') ? 1 : 0);
        const rule = checkSpecifier(root, folder, file, specifier);
        if (rule) violations.push({ file: relFile, line, specifier, rule });
      }
    }
  }
  return violations;
}

function checkSpecifier(root: string, folder: string, file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  if (!specifier.startsWith('.')) {
    return FORBIDDEN_PACKAGES[folder]?.test(specifier) ? `${folder}/ may not import the package ${specifier}` : undefined;
  }
  const top = path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
  const allowed = ALLOWED_IMPORTS[folder]!;
  return allowed.includes(top) ? undefined : `${folder}/ may import only from ${allowed.join(', ')}/, not ${top}/`;
}

function listSourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.schema.json'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`))
    .filter((f) => f.endsWith('.ts') || f.includes(`${path.sep}scenarios${path.sep}`));
}
