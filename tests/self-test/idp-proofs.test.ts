import { describe, test } from 'node:test';
import { runCli } from '../support/run-cli.ts';
import { assertCaught } from './assert-caught.ts';
import { PROOF_RUNS, proofArgs } from './proof-runs.ts';

/** The IdP suites' checks, proven the way a user would see them: the real CLI against a faulty mock. */
describe('each IdP replay catches the server deviation it exists for, and nothing else fails', { concurrency: 2 }, () => {
  for (const proof of PROOF_RUNS.filter((run) => !run.idps.includes('rfc'))) {
    test(proof.title, async () => {
      assertCaught(await runCli(proofArgs(proof, 'idp-proof')), proof.expected);
    });
  }
});
