import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildScenario } from '../record/build-scenario.ts';
import { startRecordingProxy } from '../record/recording-proxy.ts';
import { writeRecordedScenario } from '../record/write-scenario.ts';
import { ScenarioError } from '../scenario/scenario-error.ts';
import { UsageError } from './usage-error.ts';

const RECORD_OPTIONS = {
  listen: { type: 'string' },
  upstream: { type: 'string' },
  out: { type: 'string' },
  name: { type: 'string' },
  idp: { type: 'string' },
  'max-requests': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `scim-conformance record --help` */
const RECORD_HELP = `Usage: scim-conformance record --listen HOST:PORT --upstream URL --out FILE [options]

A recording reverse proxy: point an IdP (through a tunnel) at the printed URL; every request goes to
the upstream SCIM server unchanged and the answer comes back unchanged. On Ctrl-C (SIGINT/SIGTERM) the
session is written as one scenario file that "run --scenario-file FILE" replays against any server.

  --listen HOST:PORT  where the proxy listens, e.g. 127.0.0.1:8089 (PORT alone: 127.0.0.1; 0: any free port)
  --upstream URL      the SCIM base URL of your server, e.g. http://127.0.0.1:8080/scim/v2; the printed URL
                      has the same base path
  --out FILE          the scenario file to write (validated first; a failing draft is kept as FILE.rejected)
  --name NAME         the scenario id, kebab-case (default recorded-session)
  --idp IDP           the suite name, kebab-case (default recorded)
  --max-requests N    stop and write after N answered requests

In the file: Authorization becomes {{auth}}, other credential headers are dropped; userName, emails,
names, displayName, phone numbers, externalId and passwords become generated placeholders
({{user1.email}}, {{group1.displayName}}); ids the server returned become captures ({{user1Id}}).
Compare a recording with a shipped sequence: scim-conformance diff scenarios/okta/create-user.json FILE
`;

/**
 * `scim-conformance record`: a recording reverse proxy in front of a SCIM server. Prints the URL to give
 * the IdP on one line when ready; on SIGINT/SIGTERM (or after --max-requests) writes the session as one
 * scenario file that `run --scenario-file` replays.
 */
export async function recordCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: RECORD_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "scim-conformance record --help" for the flags.`);
  }
  if (values.help) {
    process.stdout.write(RECORD_HELP);
    return 0;
  }
  const { host, port } = parseListen(values.listen);
  const upstream = parseUpstream(values.upstream);
  const out = parseOut(values.out);
  const name = kebab(values.name, 'name', 'recorded-session');
  const idp = kebab(values.idp, 'idp', 'recorded');
  const maxRequests = values['max-requests'] === undefined ? undefined : Number(values['max-requests']);
  if (maxRequests !== undefined && (!Number.isInteger(maxRequests) || maxRequests <= 0)) {
    throw new UsageError(`--max-requests must be a positive whole number, got "${values['max-requests']}".`);
  }

  let proxy;
  try {
    proxy = await startRecordingProxy({
      upstream,
      host,
      port,
      maxRequests,
      onExchange: (exchange, index) => process.stderr.write(`  ${index + 1} ${exchange.method} ${shortPath(exchange.url)} → ${exchange.response.status}\n`),
      onUpstreamError: (method, message) => process.stderr.write(`  ${method}: upstream failed (${message}); answered 502, not recorded\n`),
    });
  } catch (error) {
    throw new UsageError(`could not listen on ${host}:${port}: ${(error as Error).message}. Pick another port with --listen.`);
  }
  process.stdout.write(`${proxy.url}\n`);
  process.stderr.write(`recording: requests to ${proxy.url}/… go to ${upstream}/…; stop with Ctrl-C to write ${out}\n`);

  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    proxy.limitReached.then(stop);
  });
  await proxy.close();
  const exchanges = proxy.exchanges();
  if (exchanges.length === 0) {
    process.stderr.write('scim-conformance record: no request reached the proxy, so no scenario was written. Point the IdP (or its tunnel) at the printed URL.\n');
    return 1;
  }
  const { scenario, warnings } = buildScenario(exchanges, { upstream, name, idp });
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  try {
    writeRecordedScenario(out, scenario);
  } catch (error) {
    if (error instanceof ScenarioError) {
      process.stderr.write(`scim-conformance record: the recording does not pass the scenario checks, so ${out} was not written; the draft is at ${out}.rejected.\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
  process.stdout.write(`recorded ${scenario.steps.length} request${scenario.steps.length === 1 ? '' : 's'} to ${out}\n`);
  return 0;
}

function parseListen(raw: string | undefined): { host: string; port: number } {
  if (raw === undefined) throw new UsageError('--listen HOST:PORT is required, e.g. --listen 127.0.0.1:8089 (port 0 picks a free one).');
  const match = /^(?:(\[[^\]]+\]|[^:]+):)?(\d+)$/.exec(raw);
  const port = Number(match?.[2]);
  if (!match || port > 65535) throw new UsageError(`--listen must be HOST:PORT or PORT, e.g. 127.0.0.1:8089, got "${raw}".`);
  return { host: (match[1] ?? '127.0.0.1').replace(/^\[|\]$/g, ''), port };
}

function parseUpstream(raw: string | undefined): string {
  if (raw === undefined) throw new UsageError('--upstream URL is required: the SCIM base URL of your server, e.g. http://127.0.0.1:8080/scim/v2.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--upstream "${raw}" is not a URL; give the SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--upstream must be http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new UsageError('--upstream must not carry credentials; the IdP sends its own Authorization header through the proxy.');
  if (url.search || url.hash) throw new UsageError('--upstream must be a base URL without ?query or #fragment.');
  return raw.replace(/\/+$/, '');
}

function parseOut(raw: string | undefined): string {
  if (raw === undefined) throw new UsageError('--out FILE is required: where the recorded scenario is written, e.g. --out recordings/okta-session.json.');
  const file = resolve(raw);
  if (!existsSync(dirname(file)) || !statSync(dirname(file)).isDirectory()) throw new UsageError(`--out ${raw}: the folder ${dirname(file)} does not exist; create it first.`);
  return file;
}

function kebab(raw: string | undefined, flag: string, fallback: string): string {
  if (raw === undefined) return fallback;
  if (!KEBAB.test(raw)) throw new UsageError(`--${flag} must be kebab-case (lower-case letters, digits and dashes), got "${raw}".`);
  return raw;
}

/** The path for the console, with ids and the query left out: the console shows no personal data. */
function shortPath(url: string): string {
  const path = url.split('?')[0]!;
  return path.replace(/\/(Users|Groups)\/[^/]+/gi, '/$1/{id}') + (url.includes('?') ? '?…' : '');
}
