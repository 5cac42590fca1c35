import type { BenchResults } from './bench-results.ts';
import { interpretationSection } from './markdown-interpretation.ts';
import { latencySection, throughputSection } from './markdown-mock.ts';
import { fullRunSection, overheadSection, startUpSection } from './markdown-runs.ts';
import { mib, seconds } from './markdown-table.ts';

/** bench/results.md: the machine, one table per part, and what the numbers say. */
export function resultsMarkdown(results: BenchResults): string {
  const { machine } = results;
  return [
    '# scim-conformance benchmark results',
    '',
    `- Cores: ${machine.cores}`,
    `- CPU: ${machine.cpuModel}`,
    `- Node: ${machine.node} (${machine.platform}), memory ${mib(machine.totalMemoryBytes)}`,
    `- Date: ${machine.date}`,
    `- Load average (1/5/15 min) at start: ${machine.loadAverage.start.map((n) => n.toFixed(2)).join(' / ')}; at end: ${machine.loadAverage.end.map((n) => n.toFixed(2)).join(' / ')}` +
      ' (anything above 0 is other work sharing the 2 cores)',
    `- Command: \`${machine.command}\` (from the repository root; the whole bench took ${seconds(results.totalMs)})`,
    '',
    fullRunSection(results.embedded, results.serve),
    '',
    overheadSection(results.serve),
    '',
    startUpSection(results.floors, results.importCosts),
    '',
    throughputSection(results.throughput),
    '',
    latencySection(results.latency),
    '',
    interpretationSection(results),
    '',
  ].join('\n');
}
