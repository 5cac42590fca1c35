import type { StepResult } from './result-types.ts';
import type { TargetProfile } from '../profiles/profiles.ts';
import type { ResourceTracker } from './resource-ledger.ts';
import type { RetryPolicy } from './send-with-retry.ts';
import type { SendOptions, WireRequest, WireResponse } from './http-client.ts';

/** How one scenario is replayed; the CLI and the Playwright suite fill it from the run's options. */
export interface ReplayOptions {
  /** The SCIM base URL, e.g. `http://127.0.0.1:8080/scim/v2`. */
  baseUrl: string;
  /** The Authorization value `{{auth}}` stands for; undefined sends none. */
  auth?: string;
  /** Seed of the generated data; the same seed replays the same users. */
  seed: string;
  /** The run marker in every created userName and group name. */
  runId: string;
  /** Per-request limit in ms (default 60000, as Okta's socket timeout). */
  timeoutMs?: number;
  /** Values never to show (tokens, passwords, the Authorization value). */
  secrets?: string[];
  /** Leave created resources on the server (default false: remove them, newest first). */
  keepData?: boolean;
  /** Sends one request; default `sendRequest` over node:http. Tests and dry runs replace it. */
  send?: (request: WireRequest, options: SendOptions) => Promise<WireResponse>;
  /** Wraps each step, e.g. in Playwright's `test.step`, so reports show one step per request. */
  wrapStep?: (title: string, body: () => Promise<StepResult>) => Promise<StepResult>;
  /** How 429 answers are retried (default: up to 3 times, Retry-After up to 30 s). */
  retry?: RetryPolicy;
  /** The service provider's profile: its mapped user attributes are added to user bodies. */
  profile?: TargetProfile;
  /** Told of every resource created and removed, for clean-up after an interruption. */
  tracker?: ResourceTracker;
  /** Called before every request, for pacing (`--max-rps`). */
  beforeRequest?: () => Promise<void>;
  /**
   * True when the scenario named by a set-up step (`step.setup`) runs in the same run and so reports that
   * step's failure itself: then this scenario is reported as blocked, not failed a second time.
   * Default: no scenario is known to run, so every failure is this scenario's own.
   */
  reportedElsewhere?: (resultId: string) => boolean;
}
