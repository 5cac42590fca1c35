import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './child-processes.ts';

/**
 * Replaces the section between `start` and `end` markers in bench/results.md with `markdown` (which carries
 * both markers), or appends it when the file has no such section; returns the file's path.
 */
export function writeResultsSection(markdown: string, start: string, end: string): string {
  const file = path.join(ROOT, 'bench', 'results.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# scim-conformance benchmark results\n';
  const begin = current.indexOf(start);
  const stop = current.indexOf(end);
  const next = begin >= 0 && stop > begin ? `${current.slice(0, begin)}${markdown}${current.slice(stop + end.length)}` : `${current.trimEnd()}\n\n${markdown}\n`;
  writeFileSync(file, next);
  return file;
}
