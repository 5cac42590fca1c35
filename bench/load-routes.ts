/** The routes the throughput benchmark drives, on `serve` and on the bare server alike. */
export type LoadRoute = 'get-by-id' | 'filter-username' | 'post-user';

/** One server the load generator drives. */
export interface LoadTarget {
  /** Base URL of a 127.0.0.1 server the bench started, e.g. http://127.0.0.1:4000/scim/v2. */
  baseUrl: string;
  /** Ids and userNames of users that exist on the server (GET routes cycle through them). */
  ids: string[];
  userNames: string[];
}

/** What the load generator is told on stdin. */
export interface LoadConfig {
  /**
   * The servers, driven in turn: time is cut into `sliceMs` slices and each slice sends every request to the
   * next target, so all of them meet the same machine load (other work on a shared machine comes and goes
   * within seconds). One target gets all the time.
   */
  targets: LoadTarget[];
  /** Length of one target's turn. Default 200 ms. */
  sliceMs?: number;
  token: string;
  route: LoadRoute;
  /** Concurrent keep-alive clients. */
  concurrency: number;
  /** Requests in this first stretch are not counted. */
  warmupMs: number;
  /** Measured stretch, shared by the targets. */
  durationMs: number;
  /** Makes POST userNames unique across runs. */
  tag: string;
}

/** What the load generator prints, one per target (in the targets' order). */
export interface LoadResult {
  route: LoadRoute;
  /** Requests answered in the measured stretch. */
  requests: number;
  /** Requests answered in all, warm-up included (to divide the server's CPU time by). */
  allRequests: number;
  /** The target's share of the measured stretch (its slices), in seconds. */
  seconds: number;
  rps: number;
  statuses: Record<string, number>;
  errors: number;
  latencyMs: { median: number; p99: number };
}

/** Every route, in the order they are measured (POST last: it grows the store). */
export const LOAD_ROUTES: readonly LoadRoute[] = ['get-by-id', 'filter-username', 'post-user'];

/** How each route appears in the results. */
export const ROUTE_LABELS: Record<LoadRoute, string> = {
  'get-by-id': 'GET /Users/{id}',
  'filter-username': 'GET /Users?filter=userName eq "…"',
  'post-user': 'POST /Users (unique userName)',
};

/** The JSON body of a new user with a unique userName. */
export function newUserBody(userName: string): string {
  return JSON.stringify({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName,
    name: { givenName: 'Bench', familyName: 'User' },
    emails: [{ value: userName, type: 'work', primary: true }],
    displayName: 'Bench User',
    active: true,
  });
}

/** The path and query of a `userName eq` filter, encoded as Okta sends it (%20). */
export function userNameFilterPath(basePath: string, userName: string): string {
  return `${basePath}/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`;
}
