/** The IdP initial syncs `scim-conformance load` replays. */
export type LoadIdp = 'entra' | 'okta';

/** What one `load` run does; filled from the flags (src/load/parse-load-args.ts). */
export interface LoadConfig {
  idp: LoadIdp;
  /** The SCIM base URL; undefined: the embedded mock, served on 127.0.0.1 for the run. */
  baseUrl?: string;
  /** The Authorization value sent; never printed. */
  auth?: string;
  /** Values never to show. */
  secrets: string[];
  users: number;
  groups: number;
  /** Members per membership PATCH. */
  batch: number;
  /** Requests started per second, at most. */
  rate: number;
  /** Requests in flight, at most. */
  concurrency: number;
  /** The sync phase stops starting new work after this long; clean-up follows. */
  durationMs: number;
  /** Per-request limit (Okta closes the socket after 60 s). */
  timeoutMs: number;
  reportDir: string;
  seed: string;
  runId: string;
  /** Faults of the embedded mock. */
  mockFaults: string[];
}

/** The kinds of request a sync sends, each measured on its own. */
export type LoadOperation =
  | 'probe'
  | 'user-lookup'
  | 'user-create'
  | 'group-lookup'
  | 'group-create'
  | 'group-rename'
  | 'membership-patch'
  | 'import-page'
  | 'clean-up';

/** One request as measured. */
export interface LoadSample {
  op: LoadOperation;
  /** Start, ms after the run began. */
  at: number;
  /** Milliseconds to the end of the answer (or the error). */
  ms: number;
  /** HTTP status; 0 when no answer came (`error` says why). */
  status: number;
  error?: 'timeout' | 'transport';
  /** The transport error in words, when there was one. */
  message?: string;
  /** On a 429: the Retry-After header as sent, or null when absent. */
  retryAfter?: string | null;
  /** True when this request repeats one answered 429, after the IdP's wait. */
  retry?: boolean;
}

/** One provisioning object (a user, a group, a membership batch) and whether the IdP would log it as failed. */
export interface LoadEvent {
  kind: 'user' | 'group' | 'membership';
  failed: boolean;
  /** Why it failed, for the report (first few kept). */
  reason?: string;
}
