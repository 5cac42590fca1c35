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

/** What changed between the checked-in verdicts and a run's. Empty lists mean no drift. */
export interface VerdictDrift {
  newlyFailing: Array<[string, string]>;
  noLongerFailing: Array<[string, string]>;
  newlyWarning: Array<[string, string]>;
  noLongerWarning: Array<[string, string]>;
  newlySkipped: Array<[string, string]>;
  noLongerSkipped: Array<[string, string]>;
  newlyBlocked: Array<[string, string]>;
  noLongerBlocked: Array<[string, string]>;
}

/** The verdict a result has now, for "no longer …" lines. */
function nowIs(id: string, actual: ActualVerdicts): string {
  if (actual.failed.has(id)) return `now failed: ${actual.failed.get(id)}`;
  if (actual.blocked.has(id)) return `now blocked: ${actual.blocked.get(id)}`;
  if (actual.skipped.has(id)) return `now skipped: ${actual.skipped.get(id)}`;
  if (actual.warned.has(id)) return `now warns: ${actual.warned.get(id)}`;
  return 'now passed (or no longer in the run)';
}

/** Compares a run's verdicts with the expected file, set by set. */
export function compareVerdicts(expected: ExpectedVerdicts, actual: ActualVerdicts): VerdictDrift {
  const diff = (want: Iterable<string>, got: Map<string, string>) => {
    const wanted = new Set(want);
    return {
      added: [...got].filter(([id]) => !wanted.has(id)).sort(([a], [b]) => a.localeCompare(b)),
      removed: [...wanted].filter((id) => !got.has(id)).sort().map((id): [string, string] => [id, nowIs(id, actual)]),
    };
  };
  const f = diff(expected.failures.map((x) => x.id), actual.failed);
  const w = diff(expected.warnings.map(warningId), actual.warned);
  const s = diff(expected.skipped, actual.skipped);
  const b = diff(expected.blocked, actual.blocked);
  return {
    newlyFailing: f.added, noLongerFailing: f.removed,
    newlyWarning: w.added, noLongerWarning: w.removed,
    newlySkipped: s.added, noLongerSkipped: s.removed,
    newlyBlocked: b.added, noLongerBlocked: b.removed,
  };
}

export function hasDrift(drift: VerdictDrift): boolean {
  return Object.values(drift).some((list) => list.length > 0);
}

const SECTIONS: Array<[keyof VerdictDrift, string]> = [
  ['newlyFailing', 'newly FAILING (not in "failures")'],
  ['noLongerFailing', 'no longer failing (listed in "failures")'],
  ['newlyBlocked', 'newly blocked'],
  ['noLongerBlocked', 'no longer blocked'],
  ['newlyWarning', 'newly warning (not in "warnings")'],
  ['noLongerWarning', 'no longer warning (listed in "warnings")'],
  ['newlySkipped', 'newly skipped'],
  ['noLongerSkipped', 'no longer skipped'],
];

/** The drift as a message a developer can act on: what changed, then what to do. */
export function formatDrift(drift: VerdictDrift, options: { server: string; file: string; updateCommand: string }): string {
  const lines = [`The harness's verdicts on ${options.server} drifted from ${options.file}:`];
  for (const [key, title] of SECTIONS) {
    if (drift[key].length === 0) continue;
    lines.push(`  ${title}:`);
    for (const [id, detail] of drift[key]) lines.push(`    - ${id}: ${detail}`);
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
