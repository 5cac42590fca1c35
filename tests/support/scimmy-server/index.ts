export { startScimmyServer } from './start-scimmy-server.ts';
export type { ScimmyServer, ScimmyServerOptions } from './start-scimmy-server.ts';
