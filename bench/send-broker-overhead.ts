import os from 'node:os';
import { createPacer, type Pacer } from '../src/engine/pacer.ts';
import { startSendBroker } from '../src/run/send-broker.ts';
import { connectSendBroker } from '../src/run/send-broker-client.ts';

/**
 * `npm run bench:broker`: what the shared request budget (src/run/send-broker.ts) adds to each request of a
 * run against --base-url: `ready` + `send` of an empty request through a worker's broker client, against the
 * same through a pacer in the worker, at a rate too high to wait (only the bookkeeping is timed).
 * Median of 5 rounds of 5,000 requests, one client, then two clients at once (two workers).
 */
const REQUESTS = 5_000;
const ROUNDS = 5;
const RATE = 1e7;

async function timeRequests(pacers: Pacer[]): Promise<number> {
  const started = performance.now();
  await Promise.all(pacers.map(async (pacer) => {
    for (let i = 0; i < REQUESTS / pacers.length; i += 1) {
      await pacer.ready();
      await pacer.send(async () => {});
    }
  }));
  return ((performance.now() - started) * 1000) / REQUESTS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(clients: number): Promise<{ local: number; broker: number }> {
  const local: number[] = [];
  const broker: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    local.push(await timeRequests(Array.from({ length: clients }, () => createPacer(RATE))));
    const server = await startSendBroker({ maxRps: RATE });
    const connected = Array.from({ length: clients }, () => connectSendBroker(server, RATE));
    broker.push(await timeRequests(connected));
    for (const client of connected) client.close();
    await server.close();
  }
  return { local: median(local), broker: median(broker) };
}

const log = (line: string) => process.stdout.write(`${line}\n`);
log(`send broker overhead (${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}), µs per request, median of ${ROUNDS} × ${REQUESTS}:`);
for (const clients of [1, 2]) {
  const { local, broker } = await measure(clients);
  log(`  ${clients} worker${clients > 1 ? 's' : ''}: pacer in the worker ${local.toFixed(1)} µs, through the broker ${broker.toFixed(1)} µs: +${(broker - local).toFixed(1)} µs per request`);
}
log('Without --max-rps a worker asks the broker nothing per request (a 429\'s pause reaches it unasked).');
