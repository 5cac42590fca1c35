import { expandCopies } from '../scenario/expand-copies.ts';
import type { Step } from '../scenario/types.ts';
import { readablePath } from './build-request.ts';
import { adoptListed } from './adopt-listed.ts';
import type { ReplayOptions } from './replay-options.ts';
import type { ResourceLedger } from './resource-ledger.ts';
import type { Finding, StepResult } from './result-types.ts';

/** What runConcurrent borrows from the scenario run it is part of. */
export interface ConcurrentHooks {
  /** Replays one plain step exactly as a sequential step is replayed: build, send, check, capture. */
  runStep: (step: Step, index: number, label: string) => Promise<StepResult>;
  wrapStep?: ReplayOptions['wrapStep'];
  /** The scenario's placeholder lookup (`data.prefix` for adoption). */
  resolve: (name: string) => unknown;
  ledger: ResourceLedger;
}

/** True when the step at `index` is replayed by runConcurrent: it has copies, a concurrent group or a list to adopt. */
export function isConcurrentStep(steps: readonly Step[], index: number): boolean {
  const step = steps[index];
  return step !== undefined && (step.copies !== undefined || step.concurrent !== undefined || step.adopt !== undefined);
}

/**
 * Sends the step at `index`, with the rest of its `concurrent` group and every copy, all at once, and
 * judges each answer against its own expectations, then `expect.successes` over each step's copies.
 * Returns nothing for a later member of a group (the first member sent it). The requests start together;
 * a pacer (`--max-rps`) still spaces their starts, so at a low rate they may no longer overlap.
 * @see src/scenario/types.ts (Step.copies, Step.concurrent, Step.adopt); RFC 7644 §3.3, §3.5.2
 */
export async function runConcurrent(steps: readonly Step[], index: number, hooks: ConcurrentHooks): Promise<StepResult[]> {
  const group = groupAt(steps, index);
  if (group.length === 0) return [];
  const sends = group.flatMap(({ step, at }) => expandCopies(step).map((copy) => ({ step, copy, at })));
  const results = await Promise.all(
    sends.map(({ step, copy, at }) => {
      const label = `${at + 1} ${copy.request.method} ${readablePath(copy.request.path)} — ${copy.name}`;
      const send = async () => {
        const result = await hooks.runStep(copy, at, label);
        if (step.adopt) result.findings.push(...adoptListed(copy, result, label, hooks));
        return result;
      };
      return hooks.wrapStep ? hooks.wrapStep(label, send) : send();
    }),
  );
  const verdicts: StepResult[] = [];
  for (const { step, at } of group) {
    if (step.expect.successes === undefined) continue;
    const mine = results.filter((_result, i) => sends[i]!.step === step);
    const label = `${at + 1} ${step.request.method} ${readablePath(step.request.path)} — ${step.name} (all ${mine.length} together)`;
    const judge = async (): Promise<StepResult> => ({ index: at, name: `${step.name} (all ${mine.length} together)`, harness: true, findings: countSuccesses(step, mine, label) });
    verdicts.push(await (hooks.wrapStep ? hooks.wrapStep(label, judge) : judge()));
  }
  return [...results, ...verdicts];
}

/** The steps sent together with the one at `index` (itself first), or [] when an earlier step of its group sent them. */
function groupAt(steps: readonly Step[], index: number): Array<{ step: Step; at: number }> {
  const first = steps[index]!;
  if (first.concurrent === undefined) return [{ step: first, at: index }];
  if (steps[index - 1]?.concurrent === first.concurrent) return [];
  const group: Array<{ step: Step; at: number }> = [];
  for (let at = index; at < steps.length && steps[at]!.concurrent === first.concurrent; at += 1) group.push({ step: steps[at]!, at });
  return group;
}

/** `expect.successes`: how many of a step's copies must answer 2xx; the message names each success and the id it returned. */
export function countSuccesses(step: Step, results: readonly StepResult[], label: string): Finding[] {
  const wanted = step.expect.successes!;
  const successes = results.filter((r) => r.response && r.response.status >= 200 && r.response.status < 300);
  if (successes.length === wanted) return [];
  const named = successes.map((r) => `${r.response!.status}${idOf(r) ? ` id ${idOf(r)}` : ''}`);
  const others = results.filter((r) => !successes.includes(r)).map((r) => (r.response ? String(r.response.status) : 'no answer'));
  const duplicates = step.request.method === 'POST' && successes.length > wanted;
  const why = duplicates
    ? ` The server created ${successes.length} resources where ${wanted} may exist: a uniqueness check and the insert that are not one atomic step let concurrent creates through (the harness removes every one of them). What to do: enforce uniqueness in one step, e.g. a unique index on the case-folded userName, and answer the losers 409 uniqueness`
    : ` What to do: make concurrent requests to one resource serialise (a lock, a transaction, or a conditional write), so each is answered for what it really did`;
  return [{
    severity: 'failure',
    step: label,
    reference: step.reference,
    message: `expected exactly ${wanted} of the ${results.length} requests sent at once to succeed (2xx), got ${successes.length}: ${[...named, ...others].join(', ')}.${why}`,
  }];
}

function idOf(result: StepResult): string | undefined {
  try {
    const id = (JSON.parse(result.response?.body ?? '') as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
