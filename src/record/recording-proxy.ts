import http from 'node:http';
import https from 'node:https';
import { listenOrigin } from '../../mocks/http/index.ts';
import zlib from 'node:zlib';
import type { RecordedExchange } from './exchange.ts';
import { forwardRequestHeaders, forwardResponseHeaders } from './header-rules.ts';
import { PROBE_HEADER } from './probe-header.ts';

export interface RecordingProxyOptions {
  /** The SCIM base URL of the server to record against, e.g. `http://127.0.0.1:8080/scim/v2`. */
  upstream: string;
  /** Interface to listen on; default 127.0.0.1 (a tunnel in front of it reaches it there). */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Resolve {@link RecordingProxy.limitReached} after this many answered requests. */
  maxRequests?: number;
  /** Limit for one upstream request in ms; default 60000 (Okta's socket timeout). */
  timeoutMs?: number;
  /** Called after each answered request, in the order they arrived. */
  onExchange?: (exchange: RecordedExchange, index: number) => void;
  /** Called when the upstream could not be reached for a request (answered 502/504, not recorded). */
  onUpstreamError?: (method: string, message: string) => void;
}

export interface RecordingProxy {
  /** The URL to give the IdP: the proxy's origin plus the upstream's base path. */
  url: string;
  /** The answered exchanges in the order the requests arrived. */
  exchanges(): RecordedExchange[];
  /** Resolves once `maxRequests` requests were answered (never without it). */
  limitReached: Promise<void>;
  /** Stops listening and closes every connection, upstream ones too. */
  close(): Promise<void>;
}

/**
 * Starts a recording reverse proxy: `<proxy>/<path>` goes to `<upstream origin>/<path>` with the method,
 * the raw path and query bytes, the headers (Host rewritten, hop-by-hop ones left out) and the body
 * unchanged, and the upstream's status, headers and body bytes come back unchanged.
 * @example const proxy = await startRecordingProxy({ upstream: 'http://127.0.0.1:8080/scim/v2' });
 * @see RFC 9110 §7.6 (intermediaries)
 */
export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const { upstream, host = '127.0.0.1', port = 0, maxRequests, timeoutMs = 60_000 } = options;
  const target = new URL(upstream);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets: 16 });
  const slots: Array<RecordedExchange | undefined> = [];
  let answered = 0;
  let reachLimit = () => {};
  const limitReached = new Promise<void>((resolve) => (reachLimit = resolve));

  const server = http.createServer({ keepAlive: true }, (req, res) => {
    // The CLI's preflight probe is forwarded but not recorded: it is no step of the session.
    const probe = req.headers[PROBE_HEADER.toLowerCase()] !== undefined;
    const slot = probe ? -1 : slots.push(undefined) - 1;
    readAll(req).then((body) => {
      const headers = pairs(req.rawHeaders);
      const outgoing = transport.request({
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || undefined,
        method: req.method,
        path: req.url ?? '/',
        headers: forwardRequestHeaders(headers, target.host, body.length),
        agent,
        timeout: timeoutMs,
      }, (incoming) => {
        readAll(incoming).then((raw) => {
          const responseHeaders = pairs(incoming.rawHeaders);
          res.sendDate = false;
          res.writeHead(incoming.statusCode ?? 502, incoming.statusMessage ?? '', forwardResponseHeaders(responseHeaders));
          res.end(raw);
          const exchange: RecordedExchange = {
            method: req.method ?? 'GET',
            url: req.url ?? '/',
            headers,
            body: body.toString('utf8'),
            response: { status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers: responseHeaders, body: decodeBody(raw, incoming.headers['content-encoding']) },
          };
          if (probe) return;
          slots[slot] = exchange;
          options.onExchange?.(exchange, slot);
          answered += 1;
          if (maxRequests !== undefined && answered >= maxRequests) reachLimit();
        }, (error: Error) => fail(502, error));
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no response within ${timeoutMs} ms`)));
      outgoing.on('error', (error) => fail(/within/.test(error.message) ? 504 : 502, error));
      outgoing.end(body);
    }, (error: Error) => fail(400, error));

    function fail(status: number, error: Error): void {
      options.onUpstreamError?.(req.method ?? 'GET', error.message);
      if (res.headersSent) return void res.destroy();
      res.writeHead(status, { 'Content-Type': 'application/scim+json' });
      res.end(JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: String(status),
        detail: `scim-conformance record: the upstream ${target.host} did not answer (${error.message}); this request was not recorded.`,
      }));
    }
  });

  const origin = await listenOrigin(server, port, host);
  return {
    url: `${origin}${target.pathname.replace(/\/+$/, '')}`,
    exchanges: () => slots.filter((e): e is RecordedExchange => e !== undefined),
    limitReached,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      agent.destroy();
    }),
  };
}

function pairs(raw: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function decodeBody(raw: Buffer, encoding: string | undefined): string {
  const kind = encoding?.trim().toLowerCase();
  try {
    if (kind === 'gzip' || kind === 'x-gzip') return zlib.gunzipSync(raw).toString('utf8');
    if (kind === 'deflate') return zlib.inflateSync(raw).toString('utf8');
    if (kind === 'br') return zlib.brotliDecompressSync(raw).toString('utf8');
  } catch {
    return '';
  }
  return raw.toString('utf8');
}
