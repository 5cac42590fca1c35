/** What {@link createLineBatcher} returns. */
export interface LineBatcher {
  /** Queues one line (without its newline). */
  write(line: string): void;
  /** Writes what is queued now. */
  flush(): void;
}

/**
 * Batches log lines for a stream: lines queue up and go out in one write when the event loop next turns
 * (setImmediate), or at once past `maxQueuedChars`. stdout on a file or pipe is synchronous in Node, so a
 * write per line would cost a system call per request; batched, `serve`'s log keeps up with its requests
 * while every line still appears within one loop turn.
 * @example
 * const log = createLineBatcher({ stream: process.stdout });
 * log.write('200 GET http://127.0.0.1:41234/scim/v2/Users');
 * @see https://nodejs.org/api/process.html#a-note-on-process-io
 */
export function createLineBatcher({ stream, maxQueuedChars = 64 * 1024 }: { stream: NodeJS.WritableStream; maxQueuedChars?: number }): LineBatcher {
  let queued = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queued === '') return;
    const text = queued;
    queued = '';
    stream.write(text);
  };
  return {
    write(line) {
      queued += `${line}\n`;
      if (queued.length >= maxQueuedChars) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
