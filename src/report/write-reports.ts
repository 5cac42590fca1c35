import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunInfo, ScenarioResult } from '../engine/result-types.ts';
import { renderConformanceJson } from './conformance-json.ts';
import { renderHar } from './har.ts';
import { renderJunitXml } from './junit-xml.ts';
import { renderMatrixHtml } from './matrix-html.ts';
import { renderSummaryMarkdown } from './summary-md.ts';

type Writer = (results: readonly ScenarioResult[], run: RunInfo) => string;

/** Every report file this folder writes, by file name. */
export const REPORT_WRITERS: ReadonlyArray<readonly [string, Writer]> = [
  ['conformance.json', renderConformanceJson],
  ['junit.xml', renderJunitXml],
  ['summary.md', renderSummaryMarkdown],
  ['matrix.html', renderMatrixHtml],
  ['transcript.har', renderHar],
];

/**
 * Writes conformance.json, junit.xml, summary.md, matrix.html and transcript.har into `dir`
 * (created when missing) and returns their paths in that order. Every file is redacted.
 * @see issue 2 item 7 (Reports)
 */
export async function writeReports(
  dir: string,
  results: readonly ScenarioResult[],
  run: RunInfo,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = REPORT_WRITERS.map(([name, render]) => [join(dir, name), render(results, run)] as const);
  await Promise.all(files.map(([path, text]) => writeFile(path, text, 'utf8')));
  return files.map(([path]) => path);
}
