import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** How a hostile server misbehaves, on every request it gets. */
export type HostileBehaviour =
  /** 200 text/plain with a body that is not JSON */
  | 'not-json'
  /** 502 with an HTML error page, as a reverse proxy sends */
  | 'html-error'
  /** 200 application/scim+json streaming 11 MiB (over the harness's 10 MiB cap) */
  | 'too-large'
  /** resets the TCP connection as soon as the request arrives */
  | 'reset'
  /** sends headers promising 4096 bytes, then a fragment, then closes */
  | 'close-mid-body'
  /** accepts the connection and the request, never answers */
  | 'hang'
  /** 302 to the same path on another origin (127.0.0.2, or another port), which records what it receives */
  | 'redirect'
  /** plain HTTP on the port; the returned url is https://, so the TLS handshake fails */
  | 'tls-plain-port'
  /** TLS with a self-signed certificate made with openssl at start (falls back to tls-plain-port without openssl) */
  | 'tls-self-signed';

/** A request as the hostile server (or the redirect target) received it. */
export interface HostileRequest {
  method: string;
  url: string;
  /** The Authorization header, when one came. */
  authorization?: string;
}

export interface HostileServer {
  /** The behaviour served: 'tls-self-signed' falls back to 'tls-plain-port' where openssl is missing. */
  behaviour: HostileBehaviour;
  /** The SCIM base to pass as --base-url, e.g. http://127.0.0.1:PORT/scim/v2 */
  url: string;
  /** Every request that reached the server (for 'reset', only its start). */
  requests: HostileRequest[];
  /** For 'redirect': the other origin the 302 points at, and what reached it. */
  redirectTarget?: { origin: string; requests: HostileRequest[] };
  close(): Promise<void>;
}

const BASE_PATH = '/scim/v2';
const CAP_BYTES = 10 * 1024 * 1024;

/**
 * Starts a local HTTP(S) server on 127.0.0.1 (port 0) that misbehaves in one way on every request, so
 * the first step of any scenario meets it.
 * @see issue 6 item 5 (hostile and broken servers)
 */
export async function startHostileServer(behaviour: HostileBehaviour): Promise<HostileServer> {
  const requests: HostileRequest[] = [];
  let redirectTarget: (HostileServer['redirectTarget'] & { close(): Promise<void> }) | undefined;
  if (behaviour === 'redirect') redirectTarget = await startRecorder();

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    res.on('error', () => {});
    misbehave(behaviour, req, res, redirectTarget?.origin);
  };
  const cert = behaviour === 'tls-self-signed' ? selfSignedCertificate() : undefined;
  const server = cert ? https.createServer(cert, handler) : http.createServer(handler);
  const sockets = trackSockets(server);
  const port = await listen(server, '127.0.0.1');
  const scheme = behaviour === 'tls-plain-port' || cert ? 'https' : 'http';
  return {
    behaviour: behaviour === 'tls-self-signed' && !cert ? 'tls-plain-port' : behaviour,
    url: `${scheme}://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    redirectTarget: redirectTarget && { origin: redirectTarget.origin, requests: redirectTarget.requests },
    close: async () => {
      await closeServer(server, sockets);
      await redirectTarget?.close();
    },
  };
}

function misbehave(behaviour: HostileBehaviour, req: http.IncomingMessage, res: http.ServerResponse, redirectOrigin?: string): void {
  switch (behaviour) {
    case 'not-json':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('OK: users listed\n');
      return;
    case 'html-error':
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>\n');
      return;
    case 'too-large':
      streamTooLarge(res);
      return;
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'close-mid-body':
      res.writeHead(200, { 'Content-Type': 'application/scim+json', 'Content-Length': '4096' });
      res.write('{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":', () => setTimeout(() => req.socket.destroy(), 20));
      return;
    case 'hang':
      req.resume();
      return;
    case 'redirect':
      res.writeHead(302, { Location: `${redirectOrigin}${req.url ?? '/'}`, 'Content-Length': '0' });
      res.end();
      return;
    default:
      // tls-plain-port never gets here (the handshake fails); tls-self-signed only if the client trusted it.
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('the client should not have accepted this certificate\n');
  }
}

/** Writes 11 MiB of a JSON-looking body, respecting back-pressure, until the client hangs up. */
function streamTooLarge(res: http.ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/scim+json' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  res.write('{"padding":"');
  const pump = () => {
    while (sent < CAP_BYTES + 1024 * 1024) {
      if (res.destroyed) return;
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('"}');
  };
  pump();
}

/** A request as it reached the slow proxy: `at` is performance.now() at arrival, in ms. */
export interface Arrival {
  method: string;
  url: string;
  at: number;
  /** The upstream's status, once it answered. */
  status?: number;
}

export interface SlowProxy {
  /** The SCIM base to pass as --base-url (same path as the upstream's). */
  url: string;
  arrivals: Arrival[];
  /** Resolves once every request that arrived so far has been answered by the upstream (or failed). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A slow server: forwards every request to `upstream` (a SCIM base URL) after `delayMs`, and records
 * when each request arrived, so tests can interrupt a run halfway or measure its request rate.
 * `onArrival` is called as each request arrives, before the delay; `refuse` may answer a request itself
 * instead (e.g. a 429 with Retry-After), without forwarding it.
 */
export async function startSlowProxy(options: {
  upstream: string;
  delayMs?: number;
  onArrival?: (arrival: Arrival, all: Arrival[]) => void;
  refuse?: (arrival: Arrival, all: Arrival[]) => { status: number; headers?: Record<string, string> } | undefined;
}): Promise<SlowProxy> {
  const { upstream, delayMs = 0, onArrival, refuse } = options;
  const target = new URL(upstream);
  const arrivals: Arrival[] = [];
  const pending = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    let done = () => {};
    const forwarded = new Promise<void>((resolve) => (done = resolve));
    pending.add(forwarded);
    void forwarded.then(() => pending.delete(forwarded));
    const arrival: Arrival = { method: req.method ?? '', url: req.url ?? '', at: performance.now() };
    arrivals.push(arrival);
    onArrival?.(arrival, arrivals);
    const refusal = refuse?.(arrival, arrivals);
    if (refusal) {
      arrival.status = refusal.status;
      req.resume();
      res.writeHead(refusal.status, { 'Content-Type': 'application/scim+json', ...refusal.headers });
      res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(refusal.status), detail: 'refused by the test proxy' }));
      done();
      return;
    }
    const chunks: Buffer[] = [];
    let received = false;
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('close', () => received || done());
    req.on('end', () => {
      received = true;
      setTimeout(() => {
        const headers = { ...req.headers, host: target.host };
        const out = http.request({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
          arrival.status = answer.statusCode;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', done);
        });
        out.on('error', () => {
          res.destroy();
          done();
        });
        out.end(Buffer.concat(chunks));
      }, delayMs);
    });
  });
  const sockets = trackSockets(server);
  const port = await listen(server, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    arrivals,
    settled: async () => void (await Promise.all([...pending])),
    close: () => closeServer(server, sockets),
  };
}

/** The other origin of a redirect: 127.0.0.2 when the host has it, else another port on 127.0.0.1. */
async function startRecorder(): Promise<{ origin: string; requests: HostileRequest[]; close(): Promise<void> }> {
  const requests: HostileRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'Content-Type': 'application/scim+json' });
    res.end('{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}');
  });
  const sockets = trackSockets(server);
  let host = '127.0.0.2';
  let port: number;
  try {
    port = await listen(server, host);
  } catch {
    host = '127.0.0.1';
    port = await listen(server, host);
  }
  return { origin: `http://${host}:${port}`, requests, close: () => closeServer(server, sockets) };
}

/** A throw-away self-signed certificate for 127.0.0.1, or none when openssl is missing. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function trackSockets(server: http.Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

function listen(server: http.Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
