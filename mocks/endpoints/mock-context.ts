import type { ResourceTypeDef, SchemaDef } from '../scim/index.ts';
import type { MockBehaviour } from '../faults/index.ts';
import type { Violation } from '../mock-types.ts';
import type { ProfileSettings, ScimProfile } from '../profiles/index.ts';
import type { ScimStore } from '../store/index.ts';
import type { Finding } from '../conformance/index.ts';
import type { MockRequest } from '../http/index.ts';

/** Everything an endpoint needs about the mock, fixed at creation. */
export interface MockContext {
  store: ScimStore;
  behaviour: MockBehaviour;
  profile: ScimProfile;
  settings: ProfileSettings;
  /** Resource types served (profile and faults applied). */
  resourceTypes: readonly ResourceTypeDef[];
  /** Schemas those resource types use, core first. */
  schemas: readonly SchemaDef[];
  /** Path of the base URL, without trailing slash (`/scim/v2`). */
  basePath: string;
  /** Page size cap (filter.maxResults). */
  maxResults: number;
  maxJsonDepth: number;
  /** What ServiceProviderConfig says of Bulk, and what POST /Bulk then accepts. */
  bulk: { supported: boolean; maxOperations: number; maxPayloadSize: number };
  /** userNames of deleted users, lower-cased, kept only under the soft-delete-keeps-username fault. */
  deletedUserNames: Set<string>;
  now(): number;
  newId(): string;
  /** A fresh `W/"n"` version. */
  nextVersion(): string;
}

/** One request being answered. */
export interface Exchange {
  seq: number;
  request: MockRequest;
  url: URL;
  method: string;
  /** The body text (already read). */
  body: string;
  /** `origin + basePath`, as the client addressed the mock (for Location and meta.location). */
  base: string;
  violations: Violation[];
}

/** Records client-side findings against the exchange. */
export function flag(exchange: Exchange, findings: readonly Finding[]): void {
  for (const finding of findings) {
    exchange.violations.push({ seq: exchange.seq, method: exchange.method, url: exchange.url.href, ...finding });
  }
}
