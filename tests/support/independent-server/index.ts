export { startIndependentServer } from './server.ts';
export type { IndependentServer, IndependentServerOptions, RecordedRequest } from './server.ts';
