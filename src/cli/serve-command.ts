import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { FAULTS, startMockServer, type ProfileName } from '../../mocks/index.ts';
import { createLineBatcher } from './line-batcher.ts';
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
 * Prints the base URL on one line when ready; stops cleanly on SIGINT/SIGTERM, and when the
 * process that started it goes away (`npx` and `npm run` start it under `sh -c`, which does not pass
 * a SIGTERM on: without this the mock would keep the port).
 * Without --token it generates one and says so on stderr: a mock that accepted anything would fail the
 * rfc suite's auth checks, so `serve` then `run --token <that token>` passes.
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
  const given = values.token ?? env.SCIM_TOKEN;
  if (given === '') throw new UsageError('--token is empty; give the token clients must send, or leave --token out to have one generated.');
  const token = given ?? `mock-${randomBytes(12).toString('hex')}`;
  const log = createLineBatcher({ stream: process.stdout });
  let server;
  try {
    server = await startMockServer({
      port,
      host: values.host ?? '127.0.0.1',
      profile: (values.profile ?? 'generic') as ProfileName,
      faults,
      credentials: { token },
      // The log: one line per request, then one per RFC violation the client committed in it.
      // Batched: one write per event-loop turn, not one per request (see createLineBatcher).
      onRequest: values.quiet ? undefined : (entry, violations) => {
        log.write(`${entry.status} ${entry.method} ${entry.url}`);
        for (const v of violations) log.write(`  client violation [${v.rule}] ${v.message} (${v.rfc})`);
      },
    });
  } catch (error) {
    throw new UsageError(`could not start the mock: ${(error as Error).message}`);
  }
  process.stdout.write(`${server.url}\n`);
  if (given === undefined) {
    process.stderr.write(`scim-conformance serve: no --token given, so it accepts this generated one: ${token}\n` +
      `  try: npx scim-conformance run --base-url ${server.url} --token ${token}\n`);
  }
  await untilStopped();
  await server.close();
  log.flush();
  return 0;
}

/**
 * Resolves on SIGINT or SIGTERM, or once the parent process has exited (this one was re-parented).
 * SIGHUP keeps its default (and `nohup` its effect).
 */
function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const parent = process.ppid;
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const stop = () => {
      clearInterval(orphaned);
      for (const signal of signals) process.off(signal, stop);
      resolve();
    };
    for (const signal of signals) process.once(signal, stop);
    const orphaned = setInterval(() => {
      if (process.ppid !== parent) stop();
    }, 250);
  });
}
