import { readablePath } from '../engine/build-request.ts';
import type { Scenario, Step } from '../scenario/types.ts';
import { diffHeaders } from './diff-headers.ts';
import { diffJson } from './diff-json.ts';
import { placeholderRenaming, type Rename } from './normalise-placeholders.ts';
import { showValue } from './show-value.ts';

/** One place where two scenarios differ. */
export interface ScenarioDifference {
  /** 1-based step number. */
  step: number;
  /** `PATCH /Users/{userId}`: the step as the first file has it (the second when the first has none). */
  label: string;
  /** What differs: `method`, `path`, `query`, `header User-Agent`, `header order`, `body /emails/0/type`, `expected status`, `step`. */
  what: string;
  /** The first file's value, `absent` when it has none; unset for a step only one file has. */
  before?: string;
  after?: string;
  /** A reading of the difference, e.g. `space as %20 → +`. */
  hint?: string;
}

/**
 * Compares two request sequences step by step (aligned by index): method, path, query string byte for
 * byte (`%20` vs `+` differs), headers (added, removed, changed, order), body structure and values, and
 * expected status (differs when neither accepts every status of the other). Placeholders compare by kind
 * and consistent use, not by number. Steps only one file has come last.
 * @see src/scenario/types.ts
 */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioDifference[] {
  const renameA = placeholderRenaming(a);
  const renameB = placeholderRenaming(b);
  const out: ScenarioDifference[] = [];
  const common = Math.min(a.steps.length, b.steps.length);
  for (let i = 0; i < common; i += 1) {
    const label = labelOf(a.steps[i]!);
    for (const found of diffStep(a.steps[i]!, b.steps[i]!, renameA, renameB)) out.push({ step: i + 1, label, ...found });
  }
  for (let i = common; i < a.steps.length; i += 1) out.push({ step: i + 1, label: labelOf(a.steps[i]!), what: 'step only in the first file (missing in the second)' });
  for (let i = common; i < b.steps.length; i += 1) out.push({ step: i + 1, label: labelOf(b.steps[i]!), what: 'step only in the second file (added)' });
  return out;
}

/** `step 3 PATCH /Users/{userId}: header User-Agent: "Okta SCIM Client 1.0.0" → absent` */
export function formatDifference(d: ScenarioDifference): string {
  const values = d.before === undefined && d.after === undefined ? '' : `: ${d.before ?? 'absent'} → ${d.after ?? 'absent'}`;
  return `step ${d.step} ${d.label}: ${d.what}${values}${d.hint ? ` (${d.hint})` : ''}`;
}

type Found = Omit<ScenarioDifference, 'step' | 'label'>;

function diffStep(a: Step, b: Step, renameA: Rename, renameB: Rename): Found[] {
  const out: Found[] = [];
  const ra = a.request;
  const rb = b.request;
  if (ra.method !== rb.method) out.push({ what: 'method', before: ra.method, after: rb.method });
  if (renameA(ra.path) !== renameB(rb.path)) out.push({ what: 'path', before: showValue(ra.path), after: showValue(rb.path) });
  const qa = ra.query === undefined ? undefined : renameA(ra.query);
  const qb = rb.query === undefined ? undefined : renameB(rb.query);
  if (qa !== qb) out.push({ what: 'query', before: showValue(ra.query), after: showValue(rb.query), hint: encodingHint(qa, qb) });
  out.push(...diffHeaders(ra.headers, rb.headers, renameA, renameB));
  out.push(...diffBodies(a, b, renameA, renameB));
  const sa = statuses(a);
  const sb = statuses(b);
  if (!sa.every((s) => sb.includes(s)) && !sb.every((s) => sa.includes(s))) {
    out.push({ what: 'expected status', before: sa.join(' or '), after: sb.join(' or ') });
  }
  return out;
}

function diffBodies(a: Step, b: Step, renameA: Rename, renameB: Rename): Found[] {
  const kindA = bodyKind(a);
  const kindB = bodyKind(b);
  if (kindA === 'none' && kindB === 'none') return [];
  if (kindA === 'none' || kindB === 'none') return [{ what: 'body', before: showBody(a), after: showBody(b) }];
  if (kindA === 'json' && kindB === 'json') return diffJson(a.request.body, b.request.body, renameA, renameB);
  const textA = kindA === 'raw' ? a.request.rawBody! : JSON.stringify(a.request.body);
  const textB = kindB === 'raw' ? b.request.rawBody! : JSON.stringify(b.request.body);
  if (renameA(textA) === renameB(textB)) return kindA === kindB ? [] : [{ what: 'body form', before: formName(kindA), after: formName(kindB), hint: 'same bytes' }];
  const at = firstDifference(renameA(textA), renameB(textB));
  return [{ what: 'body text', before: showValue(excerpt(textA, at)), after: showValue(excerpt(textB, at)), hint: `bytes differ near character ${at + 1}` }];
}

function bodyKind(step: Step): 'none' | 'json' | 'raw' {
  if (step.request.rawBody !== undefined) return 'raw';
  return step.request.body === undefined ? 'none' : 'json';
}

function showBody(step: Step): string {
  return bodyKind(step) === 'raw' ? showValue(step.request.rawBody) : showValue(step.request.body);
}

function formName(kind: 'json' | 'raw' | 'none'): string {
  return kind === 'raw' ? 'rawBody (exact text)' : 'body (JSON)';
}

function statuses(step: Step): number[] {
  return Array.isArray(step.expect.status) ? step.expect.status : [step.expect.status];
}

function labelOf(step: Step): string {
  return `${step.request.method} ${readablePath(step.request.path)}`;
}

function encodingHint(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a.replace(/%20/g, '+') !== b.replace(/%20/g, '+')) return undefined;
  return a.includes('%20') ? 'space as %20 → +' : 'space as + → %20';
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 40)}${at + 40 < text.length ? '…' : ''}`;
}
