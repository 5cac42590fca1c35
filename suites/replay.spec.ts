import { expect } from '@playwright/test';
import { runScenario } from '../src/engine/run-scenario.ts';
import { createPacer } from '../src/engine/pacer.ts';
import { selectScenarios, suitesOf } from '../src/run/select-scenarios.ts';
import { readRunConfig } from '../src/run/run-config.ts';
import { findProfile } from '../src/profiles/profiles.ts';
import { skipReason } from '../src/run/skip-reason.ts';
import { skippedResult, unstartedResult } from '../src/run/skipped-result.ts';
import { formatTranscript } from '../src/run/format-transcript.ts';
import { RESULT_ATTACHMENT } from '../src/run/result-attachment.ts';
import { test } from './target-fixture.ts';

/**
 * One test per scenario, one step per request: the IdPs' sequences replayed against the target.
 * Results travel to the conformance reporter as a JSON attachment.
 */
const run = readRunConfig();
/** One pacer per worker: with --max-rps the run's requests never exceed the rate. */
const pacer = createPacer(run.maxRps);
const scenarios = selectScenarios(run);

for (const idp of suitesOf(run, scenarios)) {
  test.describe(idp, () => {
    for (const scenario of scenarios.filter((s) => s.idp === idp)) {
      test(`${scenario.id}: ${scenario.title}`, async ({ target }, testInfo) => {
        testInfo.annotations.push({ type: 'source', description: scenario.source.reference });
        for (const fact of scenario.source.inferred ?? []) testInfo.annotations.push({ type: 'inferred', description: fact });
        const reason = skipReason(scenario, target.run);
        if (reason) {
          await testInfo.attach(RESULT_ATTACHMENT, { body: JSON.stringify(skippedResult(scenario, reason)), contentType: 'application/json' });
          test.skip(true, reason);
          return;
        }
        if (target.run.authError) {
          const result = unstartedResult(scenario, 'authentication', target.run.authError, 'RFC 6749 §4.4; seeds/002 (STS client credentials)');
          await testInfo.attach(RESULT_ATTACHMENT, { body: JSON.stringify(result), contentType: 'application/json' });
          expect.soft(false, target.run.authError).toBe(true);
          return;
        }
        const result = await runScenario(scenario, {
          baseUrl: target.baseUrl,
          auth: target.run.auth,
          seed: target.run.seed,
          runId: target.run.runId,
          timeoutMs: target.run.timeoutMs,
          secrets: target.run.secrets,
          keepData: target.run.keepData,
          beforeRequest: pacer,
          tracker: target.tracker,
          profile: findProfile(target.run.profile),
          wrapStep: (title, body) =>
            test.step(title, async () => {
              const step = await body();
              for (const finding of step.findings.filter((f) => f.severity === 'failure')) {
                expect.soft(false, `${finding.message} (${finding.reference})`).toBe(true);
              }
              return step;
            }),
        });
        for (const warning of result.warnings) testInfo.annotations.push({ type: 'warning', description: warning });
        if (target.mockErrors.length) {
          result.status = 'failed';
          result.failures.push({ step: 'embedded mock', message: `the embedded mock threw: ${target.mockErrors.splice(0).join('; ')}. This is a bug of scim-conformance, not of your server: please report it`, reference: 'harness' });
        }
        await testInfo.attach('transcript.txt', { body: formatTranscript(result), contentType: 'text/plain' });
        await testInfo.attach(RESULT_ATTACHMENT, { body: JSON.stringify(result), contentType: 'application/json' });
      });
    }
  });
}
