import net from 'node:net';
import { createPacer, type Pacer } from '../engine/pacer.ts';
import type { LockKind } from './scenario-lock.ts';

/** Where a worker finds the run's send broker: set by the CLI in the run configuration, never printed. */
export interface BrokerAddress {
  port: number;
  secret: string;
}

/** A worker's side of the run's shared budget: a Pacer for its requests and the scenario lock. */
export interface SharedPacer extends Pacer {
  /** Runs a scenario under the run's scenario lock: `exclusive` alone on the server, `shared` beside others. */
  hold<T>(kind: LockKind, body: () => Promise<T>): Promise<T>;
  close(): void;
}

/** A slot asked for by `ready` and not sent within this time is given back, so a slot can never be lost. */
const HELD_SLOT_MS = 1_000;

/**
 * Connects a worker to the send broker the CLI hosts (src/run/send-broker.ts). With `--max-rps`, every
 * request asks it for a slot (one loopback round trip); without, requests go at once and only a pause
 * another worker met (a 429) holds them. `ready` takes the slot before a step starts its clock, so a
 * step's recorded time excludes the wait, as the per-worker pacer's does. Should the broker go away
 * (the CLI stopping), the worker falls back to a pacer of its own.
 */
export function connectSendBroker(address: BrokerAddress, maxRps: number | undefined): SharedPacer {
  const local = createPacer(maxRps);
  const rated = maxRps !== undefined && maxRps > 0 && Number.isFinite(maxRps);
  const waiting = new Map<string, () => void>();
  const held: Array<{ n: string; timer: NodeJS.Timeout }> = [];
  let next = 0;
  let lost = false;
  let buffered = '';

  const socket = net.connect({ host: '127.0.0.1', port: address.port });
  socket.setNoDelay(true);
  socket.setEncoding('utf8');
  socket.unref();
  socket.write(`hello ${address.secret}\n`);
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const [verb, n = ''] = buffered.slice(0, end).split(' ');
      buffered = buffered.slice(end + 1);
      if (verb === 'p') local.pause(Number(n));
      else answered(n);
    }
  });
  let closing = false;
  const giveUp = () => {
    if (!lost && !closing) {
      process.stderr.write(`scim-conformance: a worker lost the run's shared request budget (the CLI stopped?); it paces itself from now on${maxRps ? ` at --max-rps ${maxRps}` : ''}, and exclusive scenarios no longer wait for the others\n`);
    }
    lost = true;
    for (const n of [...waiting.keys()]) answered(n);
  };
  socket.on('error', giveUp);
  socket.on('close', giveUp);

  /** Keeps the worker alive only while it waits for the broker. */
  function answered(n: string) {
    const resolve = waiting.get(n);
    if (!resolve) return;
    waiting.delete(n);
    if (waiting.size === 0) socket.unref();
    resolve();
  }
  /** Sends `verb n` and resolves with n once the broker answers it (at once when the broker is gone). */
  function ask(verb: 'a' | 's' | 'x'): Promise<string> {
    const n = String((next = (next + 1) % 1e9));
    if (lost) return Promise.resolve(n);
    socket.ref();
    return new Promise((resolve) => {
      waiting.set(n, () => resolve(n));
      socket.write(`${verb} ${n}\n`);
    });
  }
  const tell = (line: string) => {
    if (!lost) socket.write(`${line}\n`);
  };
  const release = (n: string) => tell(`d ${n}`);

  return {
    async ready() {
      if (!rated || lost) return local.ready();
      const n = await ask('a');
      // Taken by the next `send`; given back if none comes (a caller that paced and then did not send).
      const slot = {
        n,
        timer: setTimeout(() => {
          const at = held.indexOf(slot);
          if (at >= 0) held.splice(at, 1), release(n);
        }, HELD_SLOT_MS),
      };
      slot.timer.unref();
      held.push(slot);
    },
    async send(request) {
      if (!rated || lost) return local.send(request);
      const slot = held.shift();
      if (slot) clearTimeout(slot.timer);
      const n = slot?.n ?? (await ask('a'));
      try {
        return await request();
      } finally {
        release(n);
      }
    },
    pause(ms) {
      local.pause(ms);
      tell(`p ${Math.max(0, Math.ceil(ms))}`);
    },
    async hold(kind, body) {
      const n = await ask(kind === 'exclusive' ? 'x' : 's');
      try {
        return await body();
      } finally {
        tell(`u ${n}`);
      }
    },
    close() {
      closing = true;
      lost = true;
      socket.end();
    },
  };
}
