import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLineBatcher } from './line-batcher.ts';

function recordingStream(): { stream: NodeJS.WritableStream; writes: string[] } {
  const writes: string[] = [];
  return { stream: { write: (text: string) => writes.push(text) > 0 } as unknown as NodeJS.WritableStream, writes };
}

describe('createLineBatcher', () => {
  it('writes the lines queued within the delay in one write, in order, each ending in a newline', async () => {
    const { stream, writes } = recordingStream();
    const log = createLineBatcher({ stream, delayMs: 5 });
    log.write('200 GET /a');
    log.write('  client violation [x] y');
    log.write('201 POST /b');
    assert.deepEqual(writes, [], 'nothing is written before the delay');
    await sleep(30);
    assert.deepEqual(writes, ['200 GET /a\n  client violation [x] y\n201 POST /b\n']);
    log.write('204 DELETE /c');
    await sleep(30);
    assert.deepEqual(writes.slice(1), ['204 DELETE /c\n'], 'a later line starts a new batch');
  });

  it('writes at once past maxQueuedChars, and flush() writes what is queued (nothing when empty)', () => {
    const { stream, writes } = recordingStream();
    const log = createLineBatcher({ stream, delayMs: 60_000, maxQueuedChars: 20 });
    log.write('0123456789');
    assert.deepEqual(writes, []);
    log.write('abcdefghij');
    assert.deepEqual(writes, ['0123456789\nabcdefghij\n']);
    log.write('tail');
    log.flush();
    log.flush();
    assert.deepEqual(writes, ['0123456789\nabcdefghij\n', 'tail\n']);
  });
});
