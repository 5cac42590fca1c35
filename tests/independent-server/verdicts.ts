/**
 * Verdicts of one harness run, reduced to what a reviewer signs off: which results fail, which warn, which are
 * skipped or blocked. Compared with a checked-in expected-verdicts file so `npm test` notices any drift.
 * @see issue 12 "An independent server in the project's own tests"
 */

/** One result as conformance.json carries it (status is a string: newer harnesses add statuses such as `blocked`). */
export interface ReportResult {
  id: string;
  status: string;
  failures: Array<{ step: string; message: string; reference: string }>;
  warnings: string[];
  skipReason?: string;
}

/** A failure a reviewer accepted as true, or marked disputed. */
export interface ExpectedFailure {
  id: string;
  /** The RFC MUST/SHALL or the IdP's documented wire behaviour that makes it a true failure. */
  reference: string;
  /** What the server does wrong, in a sentence. */
  why: string;
  /** Set when the reviewer thinks the harness is wrong to fail it: why, and what should change. */
  disputed?: string;
}

/** A warning a reviewer looked at: the result id, and why it is wrong when it is. */
export type ExpectedWarning = string | { id: string; disputed: string };

/** The checked-in file. */
export interface ExpectedVerdicts {
  $comment?: string | string[];
  server: Record<string, string>;
  run: { args: string[] };
  reviewed: string;
  failures: ExpectedFailure[];
  warnings: ExpectedWarning[];
  skipped: string[];
  blocked: string[];
}

/** Verdict sets of one run, each sorted. */
export interface ActualVerdicts {
  failed: Map<string, string>;
  warned: Map<string, string>;
  skipped: Map<string, string>;
  blocked: Map<string, string>;
}

/** Marks an entry the update script wrote and a person has not reviewed yet. */
export const UNREVIEWED = 'REVIEW:';

const oneLine = (text: string, max = 220) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Reduces a run's results to its verdict sets, each id with the first message that explains it. */
export function readVerdicts(results: readonly ReportResult[]): ActualVerdicts {
  const verdicts: ActualVerdicts = { failed: new Map(), warned: new Map(), skipped: new Map(), blocked: new Map() };
  for (const r of results) {
    const first = r.failures[0];
    if (r.status === 'failed') verdicts.failed.set(r.id, first ? oneLine(`${first.step}: ${first.message}`) : 'failed');
    if (r.status === 'skipped') verdicts.skipped.set(r.id, oneLine(r.skipReason ?? 'skipped'));
    if (r.status === 'blocked') verdicts.blocked.set(r.id, first ? oneLine(first.message) : oneLine(r.skipReason ?? 'blocked'));
    if (r.status === 'warning' || r.warnings.length > 0) verdicts.warned.set(r.id, oneLine(r.warnings[0] ?? 'warning'));
  }
  return verdicts;
}

export const warningId = (w: ExpectedWarning) => (typeof w === 'string' ? w : w.id);

/** One result whose verdict moved: what the file says, what the run says, and the run's first message. */
export interface VerdictChange {
  id: string;
  was: string;
  now: string;
  detail: string;
}

/** What changed between the checked-in verdicts and a run's, one entry per result, by id. Empty lists mean no drift. */
export interface VerdictDrift {
  /** Fails now, did not before: a false alarm, or a new finding to review. */
  newlyFailing: VerdictChange[];
  /** Failed before, does not now: a calibration, or a real finding lost. */
  noLongerFailing: VerdictChange[];
  /** Every other move between passed, warning, skipped and blocked. */
  otherChanges: VerdictChange[];
}

interface VerdictSets {
  failed: ReadonlySet<string>;
  blocked: ReadonlySet<string>;
  skipped: ReadonlySet<string>;
  warned: ReadonlySet<string>;
}

/** A result's verdict in words: its status, and whether it also warns. */
function label(id: string, sets: VerdictSets): string {
  const status = sets.failed.has(id) ? 'failed' : sets.blocked.has(id) ? 'blocked' : sets.skipped.has(id) ? 'skipped' : 'passed';
  if (!sets.warned.has(id)) return status;
  return status === 'passed' ? 'warning' : `${status} + warning`;
}

/** Compares a run's verdicts with the expected file, result by result. */
export function compareVerdicts(expected: ExpectedVerdicts, actual: ActualVerdicts): VerdictDrift {
  const before: VerdictSets = {
    failed: new Set(expected.failures.map((f) => f.id)),
    blocked: new Set(expected.blocked),
    skipped: new Set(expected.skipped),
    warned: new Set(expected.warnings.map(warningId)),
  };
  const after: VerdictSets = { failed: new Set(actual.failed.keys()), blocked: new Set(actual.blocked.keys()), skipped: new Set(actual.skipped.keys()), warned: new Set(actual.warned.keys()) };
  const ids = new Set([...Object.values(before), ...Object.values(after)].flatMap((set: ReadonlySet<string>) => [...set]));
  const drift: VerdictDrift = { newlyFailing: [], noLongerFailing: [], otherChanges: [] };
  for (const id of [...ids].sort()) {
    const was = label(id, before);
    const now = label(id, after);
    if (was === now) continue;
    const detail = actual.failed.get(id) ?? actual.blocked.get(id) ?? actual.skipped.get(id) ?? actual.warned.get(id) ?? '';
    const change = { id, was, now, detail };
    if (after.failed.has(id) && !before.failed.has(id)) drift.newlyFailing.push(change);
    else if (before.failed.has(id) && !after.failed.has(id)) drift.noLongerFailing.push(change);
    else drift.otherChanges.push(change);
  }
  return drift;
}

export function hasDrift(drift: VerdictDrift): boolean {
  return drift.newlyFailing.length + drift.noLongerFailing.length + drift.otherChanges.length > 0;
}

const SECTIONS: Array<[keyof VerdictDrift, string]> = [
  ['newlyFailing', 'newly FAILING (not in "failures")'],
  ['noLongerFailing', 'no longer failing (listed in "failures")'],
  ['otherChanges', 'other verdict changes (warnings, skips, blocks)'],
];

/** The drift as a message a developer can act on: one line per result that moved, then what to do. */
export function formatDrift(drift: VerdictDrift, options: { server: string; file: string; updateCommand: string }): string {
  const lines = [`The harness's verdicts on ${options.server} drifted from ${options.file}:`];
  for (const [key, title] of SECTIONS) {
    if (drift[key].length === 0) continue;
    lines.push(`  ${title}:`);
    for (const c of drift[key]) lines.push(`    - ${c.id}: ${c.was} → ${c.now}${c.detail ? `: ${c.detail}` : ''}`);
  }
  lines.push(
    'What to do: if the harness changed by mistake, fix the harness (a correct server must not start failing, and a real',
    'finding must not vanish). If the change is a deliberate calibration, run `' + options.updateCommand + '`, then review',
    `every entry it marks "${UNREVIEWED}" in ${options.file}: give each failure the RFC MUST/SHALL or documented IdP`,
    'behaviour that makes it true (or a "disputed" reason), and say why in the commit message.',
  );
  return lines.join('\n');
}

/** Entries of the expected file that a person still has to review (written by the update script). */
export function unreviewedEntries(expected: ExpectedVerdicts): string[] {
  return expected.failures
    .filter((f) => !f.reference.trim() || !f.why.trim() || f.reference.startsWith(UNREVIEWED) || f.why.startsWith(UNREVIEWED))
    .map((f) => f.id);
}

/**
 * The expected file brought up to a run's verdicts: reviewed entries of results that still fail are kept as they are;
 * new failures get a `REVIEW:` placeholder that keeps the test red until a person fills it in; warnings, skips and
 * blocks are replaced by the run's (a disputed warning keeps its note while it still warns).
 */
export function updateExpected(expected: ExpectedVerdicts, actual: ActualVerdicts, meta: { server: Record<string, string>; reviewed: string }): ExpectedVerdicts {
  const kept = new Map(expected.failures.map((f) => [f.id, f]));
  const disputedWarnings = new Map(expected.warnings.filter((w) => typeof w !== 'string').map((w) => [w.id, w]));
  const sorted = (m: Map<string, string>) => [...m.keys()].sort();
  return {
    ...expected,
    server: meta.server,
    reviewed: meta.reviewed,
    failures: sorted(actual.failed).map(
      (id) => kept.get(id) ?? { id, reference: `${UNREVIEWED} which RFC MUST/SHALL or documented IdP behaviour makes this true?`, why: `${UNREVIEWED} ${actual.failed.get(id)}` },
    ),
    warnings: sorted(actual.warned).map((id) => disputedWarnings.get(id) ?? id),
    skipped: sorted(actual.skipped),
    blocked: sorted(actual.blocked),
  };
}
