import { describe, test } from 'node:test';
import { runCli } from '../support/run-cli.ts';
import { proofArgs } from './proof-runs.ts';
import { RFC_GAP_PROOF_RUNS } from './rfc-gap-proof-runs.ts';
import { assertCaught } from './assert-caught.ts';

// The checks added for the requirement catalogue (issue 17) catch the deviation each exists for, naming the cause.
describe('the rfc checks added for the requirement catalogue catch their faults', { concurrency: 2 }, () => {
  for (const proof of RFC_GAP_PROOF_RUNS) {
    test(proof.title, async () => {
      assertCaught(await runCli(proofArgs(proof, 'rfc-gap-proof')), proof.expected);
    });
  }
});
