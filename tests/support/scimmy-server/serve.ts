import { startScimmyServer } from './start-scimmy-server.ts';

/**
 * Runs the SCIMMY server on its own for a manual look: prints its URL, serves until Ctrl-C.
 * `node --import tsx tests/support/scimmy-server/serve.ts [port]`; token from SCIMMY_TOKEN (default 'scimmy-token').
 */
const server = await startScimmyServer({ port: Number(process.argv[2] ?? 0), token: process.env.SCIMMY_TOKEN ?? 'scimmy-token' });
console.log(server.url);
process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
