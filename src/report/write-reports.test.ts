import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';
import { writeReports } from './write-reports.ts';

describe('writeReports', () => {
  const made: string[] = [];
  after(async () => { for (const d of made) await rm(d, { recursive: true, force: true }); });

  it('writes the five reports into a directory it creates, returning their paths', async () => {
    const root = await mkdtemp(join(tmpdir(), 'scim-reports-'));
    made.push(root);
    const dir = join(root, 'nested', 'reports');
    const paths = await writeReports(dir, sampleResults(), sampleRun());
    assert.deepEqual(paths, ['conformance.json', 'junit.xml', 'summary.md', 'matrix.html', 'transcript.har'].map((f) => join(dir, f)));
    for (const p of paths) {
      const text = await readFile(p, 'utf8');
      assert.ok(text.length > 100, p);
      assert.deepEqual(findSampleSecrets(text), [], `secret in ${p}`);
    }
    assert.equal(JSON.parse(await readFile(paths[0]!, 'utf8')).summary.failed, 2);
  });
});
