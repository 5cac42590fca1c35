/** A resource the harness created and therefore may change, delete, and must clean up. */
export interface OwnedResource {
  /** `/Users` or `/Groups` */
  collection: string;
  id: string;
  /** `<base>/<collection>/<id>` */
  url: string;
  deleted: boolean;
}

/** Follows every resource created and removed across scenarios (one per worker). */
export interface ResourceTracker {
  add(resource: OwnedResource): void;
  remove(resource: OwnedResource): void;
}

/** A tracker that keeps what is still on the server, newest last. */
export function createResourceTracker(): ResourceTracker & { remaining(): OwnedResource[] } {
  const live = new Set<OwnedResource>();
  return {
    add: (resource) => void live.add(resource),
    remove: (resource) => void live.delete(resource),
    remaining: () => [...live].reverse(),
  };
}

const RESOURCE_PATH = /^\/(Users|Groups)(?:\/([^/?]+))?\/?$/i;

/**
 * Tracks what one scenario created, so it touches only its own data and removes it afterwards.
 * @see issue 6 (data safety): modify and delete only what the run created
 */
export class ResourceLedger {
  private readonly owned = new Map<string, OwnedResource>();

  /**
   * @param tracker told of every resource created and removed, so a run interrupted between the two
   *   (SIGINT, a crash) can still remove what is left from outside the scenario
   */
  constructor(
    private readonly baseUrl: string,
    private readonly tracker?: ResourceTracker,
  ) {}

  /** Records a created resource from a POST to /Users or /Groups that returned an id. */
  recordCreate(method: string, path: string, status: number, id: unknown): void {
    const match = RESOURCE_PATH.exec(path);
    if (method !== 'POST' || !match || match[2] || status < 200 || status >= 300 || typeof id !== 'string' || !id) return;
    const collection = `/${capitalise(match[1]!)}`;
    const resource = { collection, id, url: `${this.baseUrl.replace(/\/+$/, '')}${collection}/${encodeURIComponent(id)}`, deleted: false };
    this.owned.set(`${collection}/${id}`, resource);
    this.tracker?.add(resource);
  }

  /**
   * Records what a BulkRequest created and deleted, read from its BulkResponse: each POST operation with a
   * 2xx status and a location naming `/Users/{id}` or `/Groups/{id}` is the harness's to remove, each
   * DELETE that succeeded (or found nothing) is gone. A created resource without a location cannot be
   * known, so it is not recorded: the bulkIds of such creates are returned, for a warning.
   * @see RFC 7644 §3.7.3 (location of each operation)
   */
  recordBulk(method: string, path: string, status: number, body: unknown): string[] {
    if (method !== 'POST' || !/^\/Bulk\/?$/i.test(path) || status < 200 || status >= 300) return [];
    const operations = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['Operations'] : undefined;
    if (!Array.isArray(operations)) return [];
    const unlocated: string[] = [];
    for (const [index, op] of (operations as Array<Record<string, unknown> | null>).entries()) {
      const location = typeof op?.['location'] === 'string' ? op['location'] : undefined;
      const target = location === undefined ? undefined : RESOURCE_PATH.exec(`/${location.replace(/[?#].*$/, '').split('/').slice(-2).join('/')}`);
      // The RFC's examples give the status as a string; its text speaks of a `code` member (RFC 7644 §3.7.3).
      const code = Number.parseInt(String((op?.['status'] as { code?: unknown } | null | undefined)?.code ?? op?.['status']), 10);
      const opMethod = String(op?.['method'] ?? 'POST').toUpperCase();
      if (!target?.[2]) {
        // A POST (or an operation without its method) that succeeded without saying where.
        if (opMethod === 'POST' && code >= 200 && code < 300) unlocated.push(op?.['bulkId'] !== undefined ? `bulkId "${String(op['bulkId'])}"` : `operation ${index + 1}`);
        continue;
      }
      if (opMethod === 'POST') this.recordCreate('POST', `/${target[1]}`, code, decodeURIComponent(target[2]));
      else if (opMethod === 'DELETE') this.recordDelete('DELETE', target[0], code);
    }
    return unlocated;
  }

  /**
   * Why a BulkRequest may not be sent, or undefined when it may: as for single requests, its PUT, PATCH and
   * DELETE operations go only to resources this scenario created (or to a `bulkId:` of the same request).
   */
  bulkRefusal(method: string, path: string, body: unknown): string | undefined {
    if (method !== 'POST' || !/^\/Bulk\/?$/i.test(path)) return undefined;
    const operations = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['Operations'] : undefined;
    if (!Array.isArray(operations)) return undefined;
    for (const op of operations as Array<Record<string, unknown> | null>) {
      const opPath = typeof op?.['path'] === 'string' ? op['path'] : '';
      if (/\/bulkId:[^/]+$/.test(opPath)) continue;
      const refusal = this.refusal(String(op?.['method'] ?? '').toUpperCase(), opPath);
      if (refusal) return refusal.replace('the harness refused to send', 'the harness refused to send a BulkRequest with');
    }
    return undefined;
  }

  /** Marks a resource removed by the clean-up. */
  markRemoved(resource: OwnedResource): void {
    resource.deleted = true;
    this.tracker?.remove(resource);
  }

  /** Marks a resource gone after a DELETE that succeeded or found nothing. */
  recordDelete(method: string, path: string, status: number): void {
    const target = this.targetOf(path);
    if (method === 'DELETE' && target && ((status >= 200 && status < 300) || status === 404)) this.markRemoved(target);
  }

  /**
   * Why a request may not be sent, or undefined when it may: PUT, PATCH and DELETE on a single
   * resource go only to resources this scenario created.
   */
  refusal(method: string, path: string): string | undefined {
    if (!['PUT', 'PATCH', 'DELETE'].includes(method)) return undefined;
    const match = RESOURCE_PATH.exec(path);
    if (!match?.[2]) return undefined;
    if (this.targetOf(path)) return undefined;
    return `the harness refused to send ${method} ${path}: that resource was not created by this run, and the harness changes only its own data`;
  }

  /** Resources still present, newest first (the order to remove them in). */
  remaining(): OwnedResource[] {
    return [...this.owned.values()].filter((r) => !r.deleted).reverse();
  }

  private targetOf(path: string): OwnedResource | undefined {
    const match = RESOURCE_PATH.exec(path);
    if (!match?.[2]) return undefined;
    return this.owned.get(`/${capitalise(match[1]!)}/${decodeURIComponent(match[2])}`);
  }
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}
