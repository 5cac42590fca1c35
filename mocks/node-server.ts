import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOrigin, mockRequestOfNode, writeMockResponse, type MockRequest } from './http/index.ts';
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
 * Serves a SCIM mock over node:http with keep-alive. Each request goes to `mock.answer()`, the core the msw
 * handlers adapt too, as a plain request (headers read from `rawHeaders`, the body read only when the core
 * asks); the answer is written with one writeHead + end. No Fetch Request or Response is built: they would
 * cost more than the mock's own work. The base path comes from options.baseUrl (default `/scim/v2`); the
 * origin is the listening address.
 * @example
 * const { url, close } = await startMockServer({ credentials: { token: 't' } });
 * @see https://mswjs.io/docs/integrations/node (msw in Node)
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const basePath = new URL(mockOptions.baseUrl ?? 'http://x/scim/v2').pathname.replace(/\/+$/, '');
  let mock: ScimMock | undefined;
  let origin = '';
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (!mock) return void res.writeHead(503).end();
    answer(mock, origin, req, res).catch((error: unknown) => {
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
  origin = new URL(url).origin;
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

async function answer(mock: ScimMock, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let request: MockRequest;
  try {
    request = mockRequestOfNode(req, origin);
  } catch (error) {
    // A method a Fetch Request refuses (TRACE, TRACK) or a target the URL parser refuses: a SCIM error.
    res.writeHead(400, { 'Content-Type': 'application/scim+json' });
    res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', scimType: 'invalidSyntax', detail: `Request not accepted: ${(error as Error).message}.` }));
    req.resume();
    return;
  }
  writeMockResponse(req, res, await mock.answer(request));
}
