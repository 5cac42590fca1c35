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
   * Records the resources a `POST /Bulk` created: each POST operation answered 2xx with a `location`
   * (RFC 7644 §3.7.3) under /Users or /Groups, so the clean-up removes them like any other create.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7.3
   */
  recordBulk(method: string, path: string, json: unknown): void {
    if (method !== 'POST' || !/^\/Bulk\/?$/i.test(path)) return;
    const operations = (json as { Operations?: unknown } | undefined)?.Operations;
    if (!Array.isArray(operations)) return;
    for (const op of operations as Array<Record<string, unknown>>) {
      const location = typeof op?.['location'] === 'string' ? op['location'] : undefined;
      const status = Number.parseInt(String((op?.['status'] as { code?: unknown } | undefined)?.code ?? op?.['status']), 10);
      const tail = location && /\/(Users|Groups)\/([^/?#]+)\/?$/i.exec(location);
      if (String(op?.['method']).toUpperCase() === 'POST' && tail) this.recordCreate('POST', `/${tail[1]}`, status, decodeURIComponent(tail[2]!));
    }
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
