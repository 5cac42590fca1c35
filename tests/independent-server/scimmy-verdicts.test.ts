import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPECTED_FILE_SHOWN, HARNESS_ARGS, readExpected, runHarnessAgainstScimmy, UPDATE_COMMAND } from './run-against-scimmy.ts';
import { compareVerdicts, formatDrift, hasDrift, readVerdicts, unreviewedEntries } from './verdicts.ts';

test('every failure in the SCIMMY expected-verdicts file is reviewed: a reference that makes it true, or a dispute', () => {
  const expected = readExpected();
  const open = unreviewedEntries(expected);
  assert.ok(!/pending review/i.test(expected.reviewed), `${EXPECTED_FILE_SHOWN}: "reviewed" says "${expected.reviewed}". Review the entries \`${UPDATE_COMMAND}\` changed, then set "reviewed" to the date and who reviewed.`);
  assert.deepEqual(open, [], `${EXPECTED_FILE_SHOWN} has failures nobody reviewed: ${open.join(', ')}. Give each the RFC MUST/SHALL or documented IdP behaviour that makes it a true failure ("reference", "why"), or say why it is wrong ("disputed").`);
  assert.deepEqual(expected.run.args.slice(-HARNESS_ARGS.length), HARNESS_ARGS, `${EXPECTED_FILE_SHOWN}: "run.args" must describe the run the test makes (${HARNESS_ARGS.join(' ')})`);
  for (const f of expected.failures.filter((x) => x.disputed !== undefined)) {
    assert.ok(f.disputed!.trim().length > 20, `${f.id}: "disputed" must say why the verdict is wrong and what should change`);
  }
});

test("the harness's verdicts on SCIMMY (an independent SCIM server) match the reviewed expected-verdicts file", async () => {
  const expected = readExpected();
  const { run, server, leftovers } = await runHarnessAgainstScimmy();
  assert.ok(run.report, `the CLI wrote no conformance.json (exit ${run.exitCode}):\n${run.stderr}\n${run.stdout.slice(-2000)}`);
  assert.ok(run.report.results.length >= 100, `only ${run.report.results.length} results: the run did not get far (exit ${run.exitCode}):\n${run.stderr}`);
  assert.deepEqual(server, expected.server, `${EXPECTED_FILE_SHOWN} was reviewed against ${JSON.stringify(expected.server)}, but ${JSON.stringify(server)} is installed. Re-run \`${UPDATE_COMMAND}\` and review what changed.`);

  const drift = compareVerdicts(expected, readVerdicts(run.report.results));
  assert.ok(!hasDrift(drift), formatDrift(drift, { server: `SCIMMY ${server.scimmy}`, file: EXPECTED_FILE_SHOWN, updateCommand: UPDATE_COMMAND }));
  assert.deepEqual(leftovers, [], 'the harness left users or groups on SCIMMY: it must remove all it creates (clean-up runs after every scenario, newest first)');
  assert.equal(run.exitCode, expected.failures.length > 0 ? 1 : 0, `exit code ${run.exitCode}: 1 when a check failed, 0 otherwise`);
});
