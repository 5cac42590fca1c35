import { randomBytes, timingSafeEqual } from 'node:crypto';
import net from 'node:net';
import { createPacer } from '../engine/pacer.ts';
import { createScenarioLock, type LockKind } from './scenario-lock.ts';

/**
 * One request budget for a whole run against --base-url, shared by its Playwright workers (separate
 * processes): the CLI hosts it on 127.0.0.1 while Playwright runs, and each worker connects with the
 * secret it finds in the run configuration (src/run/send-broker-client.ts).
 *
 * The protocol is one short ASCII line per message, so a slot costs one loopback round trip:
 * - `hello <secret>` first; anything else, or a wrong secret, closes the connection;
 * - `a <n>` asks for send slot n, answered `g <n>` when `--max-rps` allows it; `d <n>` says request n ended;
 * - `p <ms>` pauses every worker for ms (a 429's Retry-After): no slot is granted meanwhile, and the
 *   other workers, and any that connects before it ends, are told `p <ms>` too;
 * - `s <n>` / `x <n>` asks to run scenario n shared or exclusive (src/run/scenario-lock.ts), answered `l <n>`;
 *   `u <n>` says it ended.
 * Nothing else crosses it: no credential, URL or data. A worker that disconnects releases what it held.
 * @see docs/profiles.md §1.3 (a server's rate limit is the account's, not a connection's)
 */
export interface SendBroker {
  port: number;
  /** Random per run; workers present it. Never printed: it travels only in the run configuration. */
  secret: string;
  close(): Promise<void>;
}

export interface SendBrokerOptions {
  /** The run's `--max-rps`; undefined: slots are never withheld, except during a pause. */
  maxRps?: number;
}

/** The longest line a client may send: `hello` and a 64-character secret, with room to spare. */
const MAX_LINE = 128;
/** A connection that has not said `hello` by then is closed. */
const HELLO_TIMEOUT_MS = 5_000;

export async function startSendBroker(options: SendBrokerOptions = {}): Promise<SendBroker> {
  const secret = randomBytes(32).toString('hex');
  const expected = Buffer.from(`hello ${secret}`);
  const pacer = createPacer(options.maxRps);
  const lock = createScenarioLock();
  const clients = new Set<net.Socket>();
  /** When the latest pause ends (performance.now()): a worker connecting meanwhile is told the rest of it. */
  let pausedUntil = 0;

  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    let hello = false;
    let buffered = '';
    /** Requests granted and not yet ended, and scenario locks held, by the client's number. */
    const inFlight = new Map<string, () => void>();
    const held = new Map<string, () => void>();
    const timer = setTimeout(() => socket.destroy(), HELLO_TIMEOUT_MS);
    const send = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\n`);
    };

    const handle = (line: string): boolean => {
      if (!hello) {
        const given = Buffer.from(line);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
        hello = true;
        clearTimeout(timer);
        clients.add(socket);
        const left = Math.ceil(pausedUntil - performance.now());
        if (left > 0) send(`p ${left}`);
        return true;
      }
      const match = /^([adpsxu]) (\d{1,10})$/.exec(line);
      if (!match) return false;
      const [, verb, n] = match as unknown as [string, string, string];
      if (verb === 'a') {
        void pacer.send(
          () =>
            new Promise<void>((ended) => {
              if (socket.destroyed) return ended();
              inFlight.set(n, ended);
              send(`g ${n}`);
            }),
        );
      } else if (verb === 'd') {
        inFlight.get(n)?.();
        inFlight.delete(n);
      } else if (verb === 'p') {
        const ms = Math.min(Number(n), 3_600_000);
        pacer.pause(ms);
        pausedUntil = Math.max(pausedUntil, performance.now() + ms);
        for (const other of clients) if (other !== socket && !other.destroyed) other.write(`p ${ms}\n`);
      } else if (verb === 's' || verb === 'x') {
        void lock.acquire(verb === 's' ? 'shared' : ('exclusive' satisfies LockKind)).then((release) => {
          if (socket.destroyed) return release();
          held.set(n, release);
          send(`l ${n}`);
        });
      } else {
        held.get(n)?.();
        held.delete(n);
      }
      return true;
    };

    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        if (!handle(line)) return void socket.destroy();
      }
      if (buffered.length > MAX_LINE) socket.destroy();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      clients.delete(socket);
      for (const ended of inFlight.values()) ended();
      for (const release of held.values()) release();
      inFlight.clear();
      held.clear();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of clients) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
