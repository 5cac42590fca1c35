import { parseArgs } from 'node:util';
import { FAULTS, startMockServer, type ProfileName } from '../../mocks/index.ts';
import { SERVE_HELP } from './serve-help.ts';
import { UsageError } from './usage-error.ts';

const SERVE_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  token: { type: 'string' },
  profile: { type: 'string' },
  fault: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `scim-conformance serve`: the mock SCIM service provider on a port, for clients in any language.
 * Prints the base URL on one line when ready; stops cleanly on SIGINT/SIGTERM.
 */
export async function serveCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: SERVE_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "scim-conformance serve --help" for the flags.`);
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP(FAULTS));
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${values.port}".`);
  const faults = (values.fault ?? []).flatMap((f) => f.split(',').map((s) => s.trim()).filter(Boolean));
  const unknown = faults.filter((f) => !Object.hasOwn(FAULTS, f));
  if (unknown.length) throw new UsageError(`unknown --fault ${unknown.join(', ')}; choose from ${Object.keys(FAULTS).join(', ')}.`);
  const token = values.token ?? env.SCIM_TOKEN;
  let server;
  try {
    server = await startMockServer({
      port,
      host: values.host ?? '127.0.0.1',
      profile: (values.profile ?? 'generic') as ProfileName,
      faults,
      credentials: token ? { token } : undefined,
      // The log: one line per request, then one per RFC violation the client committed in it.
      onRequest: values.quiet ? undefined : (entry, violations) => {
        process.stdout.write(`${entry.status} ${entry.method} ${entry.url}\n`);
        for (const v of violations) process.stdout.write(`  client violation [${v.rule}] ${v.message} (${v.rfc})\n`);
      },
    });
  } catch (error) {
    throw new UsageError(`could not start the mock: ${(error as Error).message}`);
  }
  process.stdout.write(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
