import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOrigin } from './http/index.ts';
import { Readable } from 'node:stream';
import { createScimMock } from './create-scim-mock.ts';
import type { ScimMock, ScimMockOptions } from './mock-types.ts';

/** Options of {@link startMockServer}: the mock's options plus where to listen. */
export interface MockServerOptions extends ScimMockOptions {
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
}

/** A running mock server. */
export interface MockServer {
  /** The SCIM base URL, e.g. `http://127.0.0.1:41234/scim/v2`. */
  url: string;
  mock: ScimMock;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves a SCIM mock over node:http with keep-alive. Each request is adapted to a Fetch Request
 * (`Readable.toWeb` body, duplex 'half') and answered by `mock.handle()`, the same logic the msw
 * handlers run; the Response body is streamed back. The base path comes from options.baseUrl
 * (default `/scim/v2`); the origin is the listening address.
 * @example
 * const { url, close } = await startMockServer({ credentials: { token: 't' } });
 * @see https://mswjs.io/docs/integrations/node (msw in Node)
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const basePath = new URL(mockOptions.baseUrl ?? 'http://x/scim/v2').pathname.replace(/\/+$/, '');
  let mock: ScimMock | undefined;
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (!mock) return void res.writeHead(503).end();
    answer(mock, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/scim+json' });
      res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '500', detail: `Mock server adapter failed: ${String(error)}` }));
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Requests node's HTTP parser refuses (bad header bytes, bad request line) still get a SCIM Error.
    if (!socket.writable) return socket.destroy();
    const body = JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '400',
      scimType: 'invalidSyntax',
      detail: `Malformed HTTP request (${error.code ?? 'parse error'}). Send a valid HTTP/1.1 request.`,
    });
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/scim+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  const url = `${await listenOrigin(server, port, host)}${basePath}`;
  mock = createScimMock({ ...mockOptions, baseUrl: url });
  return {
    url,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(mock: ScimMock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let request: Request;
  try {
    request = toFetchRequest(req, mock.baseUrl);
  } catch (error) {
    // undici refuses some methods (CONNECT, TRACE) and header values; answer as a SCIM error.
    res.writeHead(400, { 'Content-Type': 'application/scim+json' });
    res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', scimType: 'invalidSyntax', detail: `Request not accepted: ${(error as Error).message}.` }));
    req.resume();
    return;
  }
  const response = await mock.handle(request);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // A body the mock stopped reading (413) leaves bytes on the socket: close it, or the client's next
  // keep-alive request would be read from the middle of this one's body.
  if (!req.complete) headers['connection'] = 'close';
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  }
  res.end();
}

function toFetchRequest(req: IncomingMessage, baseUrl: string): Request {
  const origin = new URL(baseUrl).origin;
  const url = new URL(req.url ?? '/', origin);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(url, init);
}
