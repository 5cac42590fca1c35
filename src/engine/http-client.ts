import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';

/** A request exactly as it goes on the wire: headers in order, body as text. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

export interface SendOptions {
  /** Whole-request limit in milliseconds (Okta closes the socket after 60 s). */
  timeoutMs?: number;
  /** Responses larger than this are cut off and reported. */
  maxBodyBytes?: number;
}

/** A transport failure, worded for a person; `code` is stable for tests. */
export class TransportError extends Error {
  /** Set when a kept-alive connection turned out closed before the request was answered: safe to send again on a new one. */
  staleConnection?: boolean;

  constructor(
    readonly code: 'timeout' | 'refused' | 'dns' | 'reset' | 'tls' | 'too-large' | 'other',
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/**
 * Sends one request with node:http exactly as given: no User-Agent, Accept or encoding is added, the
 * query is not re-encoded, redirects are not followed. Node adds only Host and Connection.
 * (msw intercepts node:http in-process, so the same call reaches the embedded mock.)
 * Why not fetch or Playwright's request for replays: both normalise what they send (header case and order, encoding), and a replay must send the bytes the IdP sends.
 */
export async function sendRequest(req: WireRequest, options: SendOptions = {}): Promise<WireResponse> {
  try {
    return await sendOnce(req, options);
  } catch (error) {
    // A kept-alive connection the server closed while it sat idle (its keep-alive timeout, 5 s for Node servers)
    // fails the next request sent on it before any answer: send it again once, on a new connection, when the
    // method is idempotent (RFC 9110 §9.2.2); a POST or PATCH is never sent twice.
    if (error instanceof TransportError && error.staleConnection && IDEMPOTENT.has(req.method.toUpperCase())) return sendOnce(req, options);
    throw error;
  }
}

/** Methods a client may send again after a connection failed (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

function sendOnce(req: WireRequest, options: SendOptions): Promise<WireResponse> {
  const { timeoutMs = 60_000, maxBodyBytes = 10 * 1024 * 1024 } = options;
  const url = new URL(req.url);
  const transport = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {};
  for (const [name, value] of req.headers) headers[name] = value;
  if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));

  return new Promise<WireResponse>((resolve, reject) => {
    let settled = false;
    let answered = false;
    const finish = (error: Error | null, response?: WireResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(response!);
    };
    const outgoing = transport.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: rawPathAndQuery(req.url),
        method: req.method,
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
      },
      (incoming) => {
        answered = true;
        collectResponse(incoming, maxBodyBytes, finish);
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy();
      finish(new TransportError('timeout', `no complete response within ${timeoutMs} ms (--timeout-ms)`));
    }, timeoutMs);
    outgoing.on('error', (error: Error & { code?: string }) => {
      const failure = describeTransportError(error, url);
      // Reset before any byte of the answer, on a socket reused from an earlier request: the server had closed it.
      // @see https://nodejs.org/api/http.html#requestreusedsocket
      if (outgoing.reusedSocket && !answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) failure.staleConnection = true;
      finish(failure);
    });
    outgoing.end(req.body);
  });
}

function collectResponse(
  incoming: http.IncomingMessage,
  maxBodyBytes: number,
  finish: (error: Error | null, response?: WireResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  incoming.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBodyBytes) {
      // Settle first: destroying the stream reports it as aborted, which would hide the real reason.
      finish(new TransportError('too-large', `response body is over ${maxBodyBytes} bytes; the harness stopped reading it`));
      incoming.destroy();
      return;
    }
    chunks.push(chunk);
  });
  incoming.on('error', (error) => finish(describeTransportError(error)));
  incoming.on('aborted', () => finish(new TransportError('reset', 'the server closed the connection in the middle of the response body')));
  incoming.on('end', () => {
    if (!incoming.complete) {
      finish(new TransportError('reset', 'the server closed the connection in the middle of the response body'));
      return;
    }
    const headers: Array<[string, string]> = [];
    for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.push([incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!]);
    let body: string;
    try {
      body = decodeBody(Buffer.concat(chunks), incoming.headers['content-encoding']);
    } catch {
      finish(new TransportError('other', `the response claims Content-Encoding "${incoming.headers['content-encoding']}" but does not decode as such`));
      return;
    }
    finish(null, { status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers, body });
  });
}

function decodeBody(raw: Buffer, encoding: string | undefined): string {
  const kind = encoding?.trim().toLowerCase();
  if (kind === 'gzip' || kind === 'x-gzip') return zlib.gunzipSync(raw).toString('utf8');
  if (kind === 'deflate') return zlib.inflateSync(raw).toString('utf8');
  if (kind === 'br') return zlib.brotliDecompressSync(raw).toString('utf8');
  return raw.toString('utf8');
}

function describeTransportError(error: Error & { code?: string }, url?: URL): TransportError {
  const where = url ? ` ${url.host}` : '';
  switch (error.code) {
    case 'ECONNREFUSED':
      return new TransportError('refused', `connection refused by${where}: nothing is listening there`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TransportError('dns', `the host${where} could not be resolved`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new TransportError('reset', `the server${where} reset the connection before a complete response`);
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_HEADER_TOKEN':
      return new TransportError('other', `the server${where} sent something that is not a valid HTTP response`);
    default:
      if (error.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(error.message) || error.code?.includes('CERT')) {
        return new TransportError('tls', `TLS failed with${where}: ${tlsReason(error.message)}`);
      }
      return new TransportError('other', `request to${where} failed: ${error.message}`);
  }
}

/** OpenSSL's reason without its internals (error codes, source file); a plain-HTTP port said as such. */
function tlsReason(message: string): string {
  const reason = /:SSL routines:[^:]*:([^:]+):/.exec(message)?.[1] ?? message.split('\n')[0]!.trim();
  if (/wrong version number|packet length too long|http request/i.test(reason)) {
    return `${reason}: the server did not answer with TLS, so it may be plain HTTP on this port; if so, use an http:// URL`;
  }
  return reason;
}

/** The path and query exactly as written (WHATWG URL would drop a bare trailing `?`, which OneLogin sends). */
function rawPathAndQuery(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/, '');
  return rest.startsWith('/') ? rest : `/${rest}`;
}
