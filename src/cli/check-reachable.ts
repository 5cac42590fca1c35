import net from 'node:net';

/**
 * Opens (and closes) a TCP connection to the target, so an unreachable server is a one-line exit 2
 * before any scenario runs. Sends no HTTP request.
 * @returns undefined when reachable, else the reason
 */
export function checkReachable(baseUrl: string, timeoutMs = 5000): Promise<string | undefined> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (reason?: string) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer from ${url.host} within ${timeoutMs} ms`));
    socket.once('connect', () => done());
    socket.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ECONNREFUSED') done(`connection refused by ${url.host}: nothing is listening there`);
      else if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') done(`the host ${url.hostname} could not be resolved`);
      else done(`${url.host} is unreachable: ${error.message}`);
    });
  });
}
