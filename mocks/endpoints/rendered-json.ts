import type { ResourceTypeDef } from '../scim/index.ts';
import { LIST_RESPONSE_URN } from '../http/index.ts';
import type { StoredResource } from '../store/index.ts';
import type { Exchange, MockContext } from './mock-context.ts';
import { renderResource, type Projection } from './render-resource.ts';

/**
 * Resources rendered as JSON text, kept until the store's next write. A read answers the same text for
 * the same stored object as long as nothing was written: rendering depends only on the resource, the
 * store (a user's groups, a member's userName under a fault), the address the client used, the
 * projection and the mock's fixed options. Any write (insert, replace, remove, clear) empties the cache,
 * so a resource never shows an old version, nor a user an old group. Bounded: past `maxEntries` it starts
 * again from empty.
 */
export class RenderedJsonCache {
  readonly #maxEntries: number;
  readonly #entries = new Map<StoredResource, { rt: ResourceTypeDef; rendered: RenderedText }>();
  #generation = -1;
  #base = '';

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  /** What was kept for this resource, rendered at this base URL, while the store is at this generation. */
  get(generation: number, base: string, rt: ResourceTypeDef, stored: StoredResource): RenderedText | undefined {
    if (generation !== this.#generation || base !== this.#base) return undefined;
    const entry = this.#entries.get(stored);
    return entry !== undefined && entry.rt === rt ? entry.rendered : undefined;
  }

  set(generation: number, base: string, rt: ResourceTypeDef, stored: StoredResource, rendered: RenderedText): void {
    if (generation !== this.#generation || base !== this.#base || this.#entries.size >= this.#maxEntries) {
      this.#entries.clear();
      this.#generation = generation;
      this.#base = base;
    }
    this.#entries.set(stored, { rt, rendered });
  }
}

/** A rendered resource as JSON text, with its meta.location (for Content-Location) when it has one. */
export interface RenderedText {
  json: string;
  location: string | undefined;
}

/**
 * `JSON.stringify(renderResource(…))` and its meta.location, from the context's cache when the client asked
 * for no projection (attributes / excludedAttributes): the text is the same, without rendering and
 * serialising the resource again on every GET of it.
 * @see RFC 7644 §3.4.1 (GET by id), §3.4.2 (list)
 */
export function renderedResource(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, stored: StoredResource, projection: Projection = {}): RenderedText {
  if (projection.attributes !== undefined || projection.excludedAttributes !== undefined) return renderText(context, exchange, rt, stored, projection);
  const generation = context.store.generation();
  const cached = context.renderedJson.get(generation, exchange.base, rt, stored);
  if (cached !== undefined) return cached;
  const rendered = renderText(context, exchange, rt, stored, projection);
  context.renderedJson.set(generation, exchange.base, rt, stored, rendered);
  return rendered;
}

function renderText(context: MockContext, exchange: Exchange, rt: ResourceTypeDef, stored: StoredResource, projection: Projection): RenderedText {
  const resource = renderResource(context, exchange, rt, stored, projection);
  const location = (resource['meta'] as { location?: unknown } | undefined)?.location;
  return { json: JSON.stringify(resource), location: typeof location === 'string' ? location : undefined };
}

/** The counts of a ListResponse, in the order the mock writes them (totalResults absent under the omit-total-results fault). */
export interface ListCounts {
  totalResults?: number;
  itemsPerPage: number;
  startIndex: number;
}

const LIST_PREFIX = `{"schemas":${JSON.stringify([LIST_RESPONSE_URN])}`;

/**
 * The text of `JSON.stringify({ schemas: [ListResponse URN], totalResults, itemsPerPage, startIndex, Resources })`
 * from resources already serialised (by {@link renderedResource}), written without serialising the
 * envelope again. The counts are integers, which JSON writes as `String(n)` does.
 * @see RFC 7644 §3.4.2 (ListResponse)
 */
export function listResponseJson(counts: ListCounts, resources: readonly string[]): string {
  const total = counts.totalResults === undefined ? '' : `,"totalResults":${counts.totalResults}`;
  return `${LIST_PREFIX}${total},"itemsPerPage":${counts.itemsPerPage},"startIndex":${counts.startIndex},"Resources":[${resources.join(',')}]}`;
}
