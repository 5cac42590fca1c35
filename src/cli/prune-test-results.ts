import { readdirSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes what Playwright leaves empty in `<report-dir>/test-results/`: one folder per test with
 * nothing in it, and the folder itself when only its `.last-run.json` bookkeeping remains (the CLI
 * offers no `--last-failed`). Folders holding an attachment or a trace are kept.
 */
export function pruneTestResults(outputDir: string): void {
  let entries;
  try {
    entries = readdirSync(outputDir, { withFileTypes: true });
  } catch {
    return; // no folder: nothing to prune
  }
  let kept = 0;
  for (const entry of entries) {
    if (entry.isDirectory() && removeIfEmpty(path.join(outputDir, entry.name))) continue;
    if (entry.name !== '.last-run.json') kept += 1;
  }
  if (kept === 0) rmSync(outputDir, { recursive: true, force: true });
}

/** Removes a folder tree that holds no file; true when it did. */
function removeIfEmpty(dir: string): boolean {
  const empty = readdirSync(dir, { withFileTypes: true }).every((entry) => entry.isDirectory() && removeIfEmpty(path.join(dir, entry.name)));
  if (empty) rmdirSync(dir);
  return empty;
}
