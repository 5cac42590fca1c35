import type { WireResponse } from '../engine/http-client.ts';
import { headerValue } from '../engine/media-type.ts';
import type { LoadConfig } from './load-types.ts';
import { syncRequests } from './load-requests.ts';
import type { CreatedResource } from './replay-sync.ts';
import { forEachConcurrently } from './replay-sync.ts';
import { sendMeasured, type MeasureContext } from './send-measured.ts';

/** Attempts per resource before it is reported as left behind. */
const CLEAN_UP_ATTEMPTS = 5;

/**
 * Removes everything the sync created, newest first (groups before their members), through the same
 * throttle as the sync (the same rate and concurrency); a user the server will not delete (405/501) is
 * deactivated instead. Runs after an interruption too.
 * @returns what could not be removed, as `METHOD url (status)`
 */
export async function cleanUpLoad(config: LoadConfig & { baseUrl: string }, created: readonly CreatedResource[], ctx: MeasureContext): Promise<string[]> {
  const requests = syncRequests(config.idp, config.baseUrl, config.auth);
  const leftovers: string[] = [];
  const newestFirst = [...created].reverse();
  const gone = (r: WireResponse | undefined) => r !== undefined && ((r.status >= 200 && r.status < 300) || r.status === 404);
  await forEachConcurrently(newestFirst.length, config.concurrency, () => true, async (i) => {
    const resource = newestFirst[i]!;
    const wire = requests.remove(resource.collection, resource.id);
    let response = await sendMeasured('clean-up', wire, ctx);
    // The harness's own data must go even from a server that sheds load: retry 429, 5xx and no answer a few
    // times, 0.5 s doubling (or Retry-After seconds, up to 30 s).
    for (let attempt = 1; attempt < CLEAN_UP_ATTEMPTS && (!response || response.status === 429 || response.status >= 500); attempt++) {
      const retryAfter = response ? Number(headerValue(response.headers, 'retry-after')) : Number.NaN;
      await ctx.sleep(Number.isInteger(retryAfter) && retryAfter >= 0 ? Math.min(retryAfter, 30) * 1000 : 500 * 2 ** (attempt - 1));
      response = await sendMeasured('clean-up', wire, ctx);
    }
    if (resource.collection === '/Users' && (response?.status === 405 || response?.status === 501)) {
      const deactivate = requests.deactivate(resource.id);
      response = await sendMeasured('clean-up', deactivate, ctx);
      if (response && response.status >= 200 && response.status < 300) return;
    }
    if (!gone(response)) leftovers.push(`DELETE ${wire.url} (${response ? response.status : 'no answer'})`);
  });
  return leftovers;
}
