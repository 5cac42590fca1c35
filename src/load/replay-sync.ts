import { randomUUID } from 'node:crypto';
import type { WireResponse } from '../engine/http-client.ts';
import { createTestData } from '../engine/test-data.ts';
import { checkImportPages, type ImportCheck } from './check-import.ts';
import type { LoadConfig, LoadEvent, LoadOperation } from './load-types.ts';
import { syncRequests, type LoadUser, type SyncRequests } from './load-requests.ts';
import { sendMeasured, type MeasureContext } from './send-measured.ts';

/** A resource the sync created, to remove afterwards. */
export interface CreatedResource {
  collection: '/Users' | '/Groups';
  id: string;
}

/** What the sync did, for the statistics, the verdicts and the clean-up. */
export interface SyncOutcome {
  events: LoadEvent[];
  created: CreatedResource[];
  /** Answers Entra quarantines a job on at once (a 404 on a filter query, 401/403), first few. */
  quarantineTriggers: string[];
  /** Why the sync stopped before the end: `duration` or `interrupted`. */
  stopped?: 'duration' | 'interrupted';
  import?: ImportCheck;
  /** ms the sync phase took. */
  durationMs: number;
}

/** Live counters for the console's progress line. */
export interface SyncProgress {
  phase: string;
  objectsDone: number;
  objectsTotal: number;
}

/**
 * Replays the IdP's initial sync: Entra's cycle (probe; per user the userName filter, then the create; per
 * group the displayName filter, then the create; then membership PATCHes, `batch` members each), or Okta's
 * push (per user the existence check, then the create; per group the create with no members, then per
 * batch the rename PATCH Okta sends with every membership update and the add PATCH) followed by the import,
 * paging through every user 100 at a time. Users are spread over the groups round-robin.
 * @see docs/scale.md §2; docs/idp/entra.md §5.1; docs/idp/okta.md §3.2, §3.4, §3.12
 */
export async function replaySync(config: LoadConfig & { baseUrl: string }, ctx: MeasureContext, progress: SyncProgress, stopped: () => boolean): Promise<SyncOutcome> {
  const started = ctx.clock();
  const requests = syncRequests(config.idp, config.baseUrl, config.auth);
  const data = createTestData({ seed: config.seed, runId: config.runId, scenarioKey: `load/${config.idp}` });
  const outcome: SyncOutcome = { events: [], created: [], quarantineTriggers: [], durationMs: 0 };
  const userIds: Array<{ id: string; userName: string } | undefined> = [];
  const groupIds: Array<string | undefined> = [];
  const memberships = config.groups > 0 ? config.users : 0;
  progress.objectsTotal = config.users + config.groups + memberships;
  const goOn = () => {
    if (stopped()) outcome.stopped = 'interrupted';
    else if (ctx.clock() > ctx.deadline) outcome.stopped = 'duration';
    return outcome.stopped === undefined;
  };
  const send = (op: LoadOperation, wire: Parameters<typeof sendMeasured>[1]) => sendMeasured(op, wire, ctx);
  const event = (kind: LoadEvent['kind'], response: WireResponse | undefined, what: string, ok: number[]) => {
    const failed = !response || !ok.includes(response.status);
    const reason = failed ? `${what}: ${response ? response.status : 'no answer'}` : undefined;
    outcome.events.push({ kind, failed, ...(reason ? { reason } : {}) });
    progress.objectsDone += 1;
    return !failed;
  };
  const triggersOn = (response: WireResponse | undefined, what: string) => {
    if (config.idp !== 'entra' || !response) return;
    if (response.status === 404 || response.status === 401 || response.status === 403) outcome.quarantineTriggers.push(`${what} answered ${response.status}`);
  };

  if (config.idp === 'entra') {
    progress.phase = 'probe';
    triggersOn(await send('probe', requests.probe(randomUUID())), 'the probe GET /Users?filter=userName eq "<random GUID>"');
  }
  progress.phase = 'users';
  await forEachConcurrently(config.users, config.concurrency, goOn, async (i) => {
    const user = generatedUser(data, i + 1);
    const found = await send('user-lookup', requests.userLookup(user));
    triggersOn(found, `GET /Users?filter=userName eq "${user.userName}"`);
    // Okta reads a 404 as "not found" too (docs/idp/okta.md §3.4); Entra quarantines on it (docs/idp/entra.md §6).
    const notFound = found && (found.status === 200 ? totalOf(found) === 0 : config.idp === 'okta' && found.status === 404);
    if (!notFound) return void event('user', found, `lookup of ${user.userName}`, []);
    const created = await send('user-create', requests.userCreate(user));
    const id = created && created.status >= 200 && created.status < 300 ? idOf(created) : undefined;
    if (id) outcome.created.push({ collection: '/Users', id });
    userIds[i] = id ? { id, userName: user.userName } : undefined;
    event('user', created, `create of ${user.userName}`, [200, 201]);
  });
  progress.phase = 'groups';
  await forEachConcurrently(config.groups, config.concurrency, goOn, async (g) => {
    const name = String(data.resolve(`group${g + 1}.displayName`));
    if (config.idp === 'entra') {
      const found = await send('group-lookup', requests.groupLookup(name));
      triggersOn(found, `GET /Groups?filter=displayName eq "${name}"`);
      if (!found || found.status !== 200 || totalOf(found) !== 0) return void event('group', found, `lookup of ${name}`, []);
    }
    const created = await send('group-create', requests.groupCreate(name, String(data.resolve(`group${g + 1}.externalId`))));
    const id = created && created.status >= 200 && created.status < 300 ? idOf(created) : undefined;
    if (id) outcome.created.push({ collection: '/Groups', id });
    groupIds[g] = id;
    event('group', created, `create of group ${name}`, [200, 201]);
  });
  progress.phase = 'memberships';
  const batches = membershipBatches(config, userIds, groupIds);
  await forEachConcurrently(batches.length, config.concurrency, goOn, async (b) => {
    const { group, groupIndex, members, size } = batches[b]!;
    const record = (response: WireResponse | undefined) => { for (let m = 0; m < size; m++) event('membership', response, `membership PATCH of group ${groupIndex + 1}`, [200, 204]); };
    if (!group || members.length < size) return record(undefined);
    if (config.idp === 'okta') await send('group-rename', requests.groupRename(group, String(data.resolve(`group${groupIndex + 1}.displayName`))));
    record(await send('membership-patch', requests.addMembers(group, members)));
  });
  if (config.idp === 'okta' && goOn()) {
    progress.phase = 'import';
    outcome.import = await checkImportPages((startIndex) => send('import-page', requests.importPage(startIndex)), outcome.created.filter((c) => c.collection === '/Users').map((c) => c.id), goOn);
  }
  outcome.durationMs = ctx.clock() - started;
  return outcome;
}

/** Runs `task(0…count-1)` with at most `concurrency` at once, starting none once `goOn()` is false. */
export async function forEachConcurrently(count: number, concurrency: number, goOn: () => boolean, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && goOn()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

function membershipBatches(config: LoadConfig, users: Array<{ id: string; userName: string } | undefined>, groups: Array<string | undefined>) {
  const batches: Array<{ group: string | undefined; groupIndex: number; members: Array<{ id: string; userName: string }>; size: number }> = [];
  for (let g = 0; g < config.groups; g++) {
    const mine: Array<{ id: string; userName: string } | undefined> = [];
    for (let u = g; u < config.users; u += config.groups) mine.push(users[u]);
    for (let start = 0; start < mine.length; start += config.batch) {
      const slice = mine.slice(start, start + config.batch);
      batches.push({ group: groups[g], groupIndex: g, members: slice.filter((m): m is { id: string; userName: string } => m !== undefined), size: slice.length });
    }
  }
  return batches;
}

function generatedUser(data: ReturnType<typeof createTestData>, n: number): LoadUser {
  const field = (name: string) => String(data.resolve(`user${n}.${name}`));
  return { userName: field('userName'), givenName: field('givenName'), familyName: field('familyName'), externalId: field('externalId') };
}

function parse(response: WireResponse): Record<string, unknown> | undefined {
  try {
    return JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function totalOf(response: WireResponse): number | undefined {
  const total = parse(response)?.['totalResults'];
  return typeof total === 'number' ? total : undefined;
}

function idOf(response: WireResponse): string | undefined {
  const id = parse(response)?.['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export type { SyncRequests };
