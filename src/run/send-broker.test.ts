import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startSendBroker } from './send-broker.ts';
import { connectSendBroker } from './send-broker-client.ts';

/** Two workers' worth of requests, sent at once through two clients of one broker; returns when each started. */
async function sendFromTwo(maxRps: number | undefined, perClient: number) {
  const broker = await startSendBroker({ maxRps });
  const clients = [connectSendBroker(broker, maxRps), connectSendBroker(broker, maxRps)];
  const starts: number[] = [];
  try {
    await Promise.all(clients.map(async (client) => {
      for (let i = 0; i < perClient; i += 1) {
        await client.ready();
        await client.send(async () => void starts.push(performance.now()));
      }
    }));
  } finally {
    for (const client of clients) client.close();
    await broker.close();
  }
  return starts.sort((a, b) => a - b);
}

test('--max-rps is one budget for every worker: starts from two clients are spaced as one client\'s would be', async () => {
  const starts = await sendFromTwo(20, 5);
  const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
  // 20 requests/second: 50 ms between starts, whichever worker sent them (two budgets would start pairs together).
  assert.ok(gaps.every((gap) => gap >= 45), `gaps between starts: ${gaps.map((g) => g.toFixed(1)).join(', ')} ms`);
});

test('a pause one worker reports (a 429) holds every worker, rated or not', async () => {
  for (const maxRps of [undefined, 1000]) {
    const broker = await startSendBroker({ maxRps });
    const [a, b] = [connectSendBroker(broker, maxRps), connectSendBroker(broker, maxRps)];
    try {
      // A round trip through the broker: b is known to it before a pauses.
      await b.hold('shared', async () => {});
      const pausedAt = performance.now();
      a.pause(300);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await b.ready();
      const waited = await b.send(async () => performance.now() - pausedAt);
      assert.ok(waited >= 290, `maxRps ${maxRps}: the other worker sent ${waited.toFixed(0)} ms after the 300 ms pause began`);
    } finally {
      a.close();
      b.close();
      await broker.close();
    }
  }
});

test('an exclusive scenario runs alone across workers, and a worker that disconnects releases its hold', async () => {
  const broker = await startSendBroker();
  const [a, b] = [connectSendBroker(broker, undefined), connectSendBroker(broker, undefined)];
  try {
    const log: string[] = [];
    let finishA!: () => void;
    const holdingA = a.hold('exclusive', () => new Promise<void>((resolve) => ((finishA = resolve), log.push('a starts'))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shared = b.hold('shared', async () => void log.push('b starts'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(log, ['a starts']);
    finishA();
    await holdingA;
    await shared;
    assert.deepEqual(log, ['a starts', 'b starts']);
    // A worker that dies holding the exclusive lock does not block the run.
    const c = connectSendBroker(broker, undefined);
    void c.hold('exclusive', () => new Promise(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 50));
    c.close();
    await b.hold('shared', async () => {});
  } finally {
    a.close();
    b.close();
    await broker.close();
  }
});

test('the broker hangs up on a wrong secret and on anything but its own short lines', async () => {
  const broker = await startSendBroker();
  try {
    for (const first of ['hello wrong-secret\n', `${'x'.repeat(200)}`, `hello ${broker.secret}\nGET / HTTP/1.1\n`]) {
      const socket = net.connect({ host: '127.0.0.1', port: broker.port });
      const received: string[] = [];
      socket.on('data', (d) => received.push(String(d)));
      socket.write(first.endsWith('\n') || first.length > 128 ? first : `${first}\n`);
      await new Promise((resolve) => socket.on('close', resolve));
      assert.deepEqual(received, [], `nothing is answered to ${JSON.stringify(first.slice(0, 30))}`);
    }
  } finally {
    await broker.close();
  }
});
