import { writeFileSync } from 'node:fs';
import { EXPECTED_FILE, EXPECTED_FILE_SHOWN, readExpected, runHarnessAgainstScimmy } from './run-against-scimmy.ts';
import { compareVerdicts, formatDrift, hasDrift, readVerdicts, unreviewedEntries, updateExpected } from './verdicts.ts';

/**
 * `npm run verdicts:update`: runs the harness against SCIMMY and rewrites the expected-verdicts file to match.
 * Reviewed failures that still fail keep their reference; new ones get a "REVIEW:" placeholder that keeps
 * `npm test` red until a person checks each against RFC 7643/7644 and the IdP references and fills it in.
 */
const { run, server } = await runHarnessAgainstScimmy();
if (!run.report) {
  console.error(`The CLI wrote no conformance.json (exit ${run.exitCode}); nothing updated.\n${run.stderr}`);
  process.exit(2);
}
const expected = readExpected();
const actual = readVerdicts(run.report.results);
const drift = compareVerdicts(expected, actual);
const updated = updateExpected(expected, actual, { server, reviewed: `${new Date().toISOString().slice(0, 10)} (pending review)` });
writeFileSync(EXPECTED_FILE, `${JSON.stringify(updated, null, 2)}\n`);
console.log(hasDrift(drift) ? formatDrift(drift, { server: `SCIMMY ${server.scimmy}`, file: EXPECTED_FILE_SHOWN, updateCommand: 'npm run verdicts:update' }) : 'No verdict changed.');
const resolved = expected.failures.filter((f) => f.disputed !== undefined && !actual.failed.has(f.id)).map((f) => f.id);
const stillDisputed = updated.failures.filter((f) => f.disputed !== undefined).map((f) => f.id);
if (resolved.length) console.log(`\nDisputes resolved (no longer failing): ${resolved.join(', ')}`);
if (stillDisputed.length) console.log(`Still failing and disputed (re-check each "disputed" note): ${stillDisputed.join(', ')}`);
const open = unreviewedEntries(updated);
console.log(`\nWrote ${EXPECTED_FILE_SHOWN}. ${open.length ? `Review before committing (npm test fails until then): ${open.join(', ')}` : 'Every failure keeps its reviewed reference.'}`);
console.log('Then set "reviewed" to the date and who reviewed, and say in the commit why the verdicts changed.');
