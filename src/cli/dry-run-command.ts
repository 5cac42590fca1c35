import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderHar } from '../report/index.ts';
import { selectScenarios } from '../run/select-scenarios.ts';
import { formatPlan, planRequests } from '../run/plan-requests.ts';
import type { RunConfig } from '../run/run-config.ts';
import { runInfoOf } from '../run/run-info.ts';

/** `run --dry-run`: lists the requests and writes them as transcript.har; nothing is sent, not even a connect. */
export async function dryRunCommand(config: RunConfig): Promise<number> {
  const scenarios = selectScenarios(config);
  const plan = planRequests(scenarios, config);
  const dir = path.resolve(config.reportDir);
  await mkdir(dir, { recursive: true });
  const harPath = path.join(dir, 'transcript.har');
  await writeFile(harPath, renderHar(plan, runInfoOf(config, 0)), 'utf8');
  process.stdout.write(formatPlan(plan));
  const count = plan.reduce((n, r) => n + r.steps.length, 0);
  process.stdout.write(`\ndry run: ${count} requests in ${plan.length} scenarios, none sent; written to ${path.relative(process.cwd(), harPath)}\n`);
  return 0;
}
