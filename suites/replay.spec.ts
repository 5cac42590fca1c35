import { expect, type TestInfo } from '@playwright/test';
import { selectScenarios, suitesOf } from '../src/run/select-scenarios.ts';
import { readRunConfig } from '../src/run/run-config.ts';
import { findProfile } from '../src/profiles/profiles.ts';
import { skipReason } from '../src/run/skip-reason.ts';
import { skippedResult, unstartedResult } from '../src/run/skipped-result.ts';
import { formatTranscript } from '../src/run/format-transcript.ts';
import { RESULT_ATTACHMENT } from '../src/run/result-attachment.ts';
import { KEEP_WORKER_NOTE } from '../src/run/keep-worker.ts';
import { applyStrict } from '../src/run/apply-strict.ts';
import { activeWaiver, applyWaivers } from '../src/run/apply-waivers.ts';
import type { StepResult } from '../src/engine/result-types.ts';
import { expandSchemaScenario } from '../src/schema-driven/index.ts';
import { test } from './target-fixture.ts';

/**
 * One test per scenario, one step per request: the IdPs' sequences replayed against the target.
 * Results travel to the conformance reporter as a JSON attachment.
 */
const run = readRunConfig();
// `scim-conformance run` checked these files against the scenario schema before starting Playwright.
const scenarios = selectScenarios(run, { schemaCheck: false });
/**
 * Scenarios of this run that report their own subject: a set-up step naming one of them (`step.setup`)
 * blocks its scenario instead of failing it a second time. The server's declarations are not known here,
 * so a scenario skipped for them still counts; resolveResults turns such a blocked result into a failure.
 */
const runsHere = new Set(scenarios.filter((s) => !skipReason(s, run)).map((s) => `${s.idp}/${s.id}`));
/** Waivers apply through their expiry day (UTC), the same for every worker. */
const today = run.startedAt.slice(0, 10);

for (const idp of suitesOf(run, scenarios)) {
  test.describe(idp, () => {
    for (const scenario of scenarios.filter((s) => s.idp === idp)) {
      test(`${scenario.id}: ${scenario.title}`, async ({ target }, testInfo) => {
        testInfo.annotations.push({ type: 'source', description: scenario.source.reference });
        for (const fact of scenario.source.inferred ?? []) testInfo.annotations.push({ type: 'inferred', description: fact });
        const reason = skipReason(scenario, target.run, target.declared);
        if (reason) {
          attach(testInfo, RESULT_ATTACHMENT, JSON.stringify(skippedResult(scenario, reason)), 'application/json');
          test.skip(true, reason);
          return;
        }
        if (target.run.authError) {
          const result = unstartedResult(scenario, 'authentication', target.run.authError, 'RFC 6749 §4.4; docs/profiles.md §1.3 (STS client credentials)');
          attach(testInfo, RESULT_ATTACHMENT, JSON.stringify(result), 'application/json');
          expect.soft(false, target.run.authError).toBe(true);
          keepWorker(result.failures.length);
          return;
        }
        // A schema-driven scenario's steps come from the server's own /Schemas and /ResourceTypes.
        let replay = scenario;
        if (scenario.schemaDriven) {
          const expansion = expandSchemaScenario(scenario, await target.schemas());
          if ('skip' in expansion) {
            attach(testInfo, RESULT_ATTACHMENT, JSON.stringify(skippedResult(scenario, expansion.skip)), 'application/json');
            test.skip(true, expansion.skip);
            return;
          }
          replay = expansion.scenario;
          for (const note of expansion.notExercised) testInfo.annotations.push({ type: 'not exercised', description: note });
        }
        // Every step points at its scenario's test in the HTML report.
        const stepLocation = { file: testInfo.file, line: testInfo.line, column: testInfo.column };
        // A waived scenario's failures do not fail the Playwright test: its report row says "waived".
        const waived = activeWaiver(`${scenario.idp}/${scenario.id}`, target.run.waivers ?? [], today) !== undefined;
        // Imported in the worker, not at the top: the runner process only lists the tests.
        const { runScenario } = await import('../src/engine/run-scenario.ts');
        // A scenario reading what the whole server holds runs alone against a shared server (Scenario.exclusive).
        const replayed = await target.hold(scenario.exclusive ? 'exclusive' : 'shared', () => runScenario(replay, {
          baseUrl: target.baseUrl,
          auth: target.run.auth,
          seed: target.run.seed,
          runId: target.run.runId,
          timeoutMs: target.run.timeoutMs,
          secrets: target.run.secrets,
          keepData: target.run.keepData,
          // The run's pacer (the fixture's, shared by every worker against --base-url): --max-rps holds for the whole run.
          beforeRequest: target.pace,
          // A 429's wait pauses every worker of the run, not only this one.
          retry: { pause: target.pause },
          tracker: target.tracker,
          send: target.send,
          profile: findProfile(target.run.profile),
          reportedElsewhere: (id) => runsHere.has(id),
          wrapStep: (title, body) =>
            target.stopped()
              ? Promise.resolve(stoppedStep(title))
              : test.step(
                  title,
                  async () => {
                    const step = await body();
                    // A set-up step's failure is reported by the scenario it belongs to (step.reportedBy).
                    for (const finding of step.findings.filter((f) => f.severity === 'failure' && !waived && !step.reportedBy)) {
                      expect.soft(false, `${finding.message} (${finding.reference})`).toBe(true);
                    }
                    return step;
                  },
                  // Given, so Playwright does not capture and source-map a stack for each of the run's ~1,000 steps.
                  { location: stepLocation },
                ),
        }));
        if (target.mockErrors.length) {
          replayed.status = 'failed';
          replayed.failures.push({ step: 'embedded mock', message: `the embedded mock threw: ${target.mockErrors.splice(0).join('; ')}. This is a bug of scim-conformance, not of your server: please report it`, reference: 'harness' });
        }
        // --strict and --waivers decide the verdict here, before any report sees the result.
        const result = applyWaivers(applyStrict(replayed, target.run.strict === true), target.run.waivers ?? [], today);
        for (const warning of result.warnings) testInfo.annotations.push({ type: 'warning', description: warning });
        // Failures the steps did not already report to Playwright: promoted warnings, an expired waiver's note.
        const reported = waived ? 0 : replayed.failures.length;
        if (result.status === 'failed') for (const failure of result.failures.slice(reported)) expect.soft(false, `${failure.message} (${failure.reference})`).toBe(true);
        attach(testInfo, 'transcript.txt', formatTranscript(result), 'text/plain');
        attach(testInfo, RESULT_ATTACHMENT, JSON.stringify(result), 'application/json');
        if (result.status === 'skipped' || result.status === 'blocked') test.skip(true, result.skipReason);
        if (result.status === 'failed') keepWorker(result.failures.length);
      });
    }
  });
}

/**
 * Playwright throws a worker away after every unexpected failure and starts a new one, which reloads the
 * harness, the embedded mock and the OAuth token and redoes discovery: about a second per failed scenario
 * (a server failing 66 checks took 61 s instead of 6 s). A failed check says the server is broken, not the
 * worker, so the test is marked as an expected failure; its soft assertions still fail it, and the verdict
 * reporter (src/run/verdict-reporter.ts) makes it a plain failure again before any report is built.
 */
function keepWorker(failures: number): void {
  test.fail(true, `${KEEP_WORKER_NOTE} (${failures} failure${failures === 1 ? '' : 's'})`);
}

/**
 * Attaches a text to the test without an "Attach" step: `testInfo.attach` wraps each attachment in a step
 * whose stack Playwright captures and source-maps (two per scenario). Pushing onto `testInfo.attachments`
 * is Playwright's other documented way; the attachment is reported the same (onAttach), under the test.
 */
function attach(testInfo: TestInfo, name: string, text: string, contentType: string): void {
  testInfo.attachments.push({ name, contentType, body: Buffer.from(text, 'utf8') });
}

/** A step not sent because the run is stopping (SIGINT/SIGTERM, --run-timeout-ms): the scenario ends and cleans up. */
function stoppedStep(title: string): StepResult {
  const message = 'not sent: the run was stopped (SIGINT/SIGTERM or --run-timeout-ms) before this step';
  return { index: Number.parseInt(title, 10) - 1, name: title, harness: false, findings: [{ severity: 'failure', step: title, message, reference: 'issue 6: data safety' }] };
}
