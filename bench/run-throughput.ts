import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { LOAD_ROUTES, type LoadRoute } from './load-routes.ts';
import { throughputSection } from './markdown-mock.ts';
import { measureThroughput } from './throughput.ts';

/**
 * `npm run bench:throughput [-- --rounds N --duration-ms MS --slice-ms MS --route get-by-id ...]`: only
 * section 3 of bench/results.md (`serve` with its log on and off vs bare node:http), printed as markdown;
 * results.md is left alone (its figures come from one `npm run bench`). About 15 s per route with the defaults.
 */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    'duration-ms': { type: 'string', default: '2000' },
    'slice-ms': { type: 'string', default: '200' },
    route: { type: 'string', multiple: true },
  },
});
const routes = (values.route ?? [...LOAD_ROUTES]) as LoadRoute[];
const unknown = routes.filter((route) => !LOAD_ROUTES.includes(route));
if (unknown.length) throw new Error(`bench:throughput: unknown --route ${unknown.join(', ')}; choose from ${LOAD_ROUTES.join(', ')}.`);
const log = (line: string) => process.stdout.write(`${line}\n`);
log('throughput: serve (log on), serve --quiet and bare node:http, taking turns within each round');
const result = await measureThroughput({
  token: randomBytes(18).toString('base64url'),
  rounds: Number(values.rounds),
  durationMs: Number(values['duration-ms']),
  sliceMs: Number(values['slice-ms']),
  routes,
  log,
});
log('');
log(throughputSection(result));
