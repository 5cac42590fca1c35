import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts listening and resolves with the origin clients use, e.g. `http://127.0.0.1:41234` or
 * `http://[::1]:41234`; rejects with the listen error (EADDRINUSE, EACCES).
 */
export async function listenOrigin(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostText = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${hostText}:${address.port}`;
}
