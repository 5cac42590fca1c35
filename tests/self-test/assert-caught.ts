import assert from 'node:assert/strict';
import type { CliRun } from '../support/run-cli.ts';

/** Every failure message of one result, with its references. */
export function failureText(run: CliRun, id: string): string {
  const result = run.report!.results.find((r) => r.id === id);
  assert.ok(result, `${id} has no result`);
  return result.failures.map((f) => `${f.message} (${f.reference})`).join('\n');
}

/** The run fails exactly the expected results, each with a message naming the cause; everything else passes, is skipped, or is blocked by one of them. */
export function assertCaught(run: CliRun, expected: Record<string, RegExp>): void {
  assert.ok(run.report, `no conformance.json: ${run.stdout}\n${run.stderr}`);
  const failed = run.report.results.filter((r) => r.status === 'failed').map((r) => r.id).sort();
  assert.deepEqual(failed, Object.keys(expected).sort(), failed.map((id) => `${id}: ${failureText(run, id)}`).join('\n'));
  for (const [id, cause] of Object.entries(expected)) assert.match(failureText(run, id), cause, id);
  // A scenario stopped by a failed set-up step is blocked, and the result it names reports that cause.
  for (const blocked of run.report.results.filter((r) => r.status === 'blocked')) {
    assert.ok(blocked.blockedBy && failed.includes(blocked.blockedBy), `${blocked.id} is blocked by ${blocked.blockedBy}, which did not fail in this run`);
  }
  assert.equal(run.exitCode, 1);
}
