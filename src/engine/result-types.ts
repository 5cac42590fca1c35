import type { Operation, Severity } from '../scenario/types.ts';
import type { DeclineOutcome } from './check-decline.ts';

/** One request as it went on the wire (credentials already redacted). */
export interface SentRequest {
  method: string;
  url: string;
  /** Header name/value pairs in the order sent, including Host and Content-Length. */
  headers: Array<[string, string]>;
  body?: string;
  /** ISO time the request started. */
  startedAt: string;
}

/** One response as it came back (credentials already redacted). */
export interface ReceivedResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** The body as text, decoded from gzip/deflate when the server compressed it. */
  body: string;
  /** Milliseconds from sending the request to the end of the body. */
  timeMs: number;
}

/** One failed or warned check, in the shape every report prints. */
export interface Finding {
  severity: Severity;
  /** `<n> <METHOD> <path> — <step name>` */
  step: string;
  /** What was expected, what came back, why it matters, what to do. */
  message: string;
  /** The RFC section or IdP behaviour that requires it. */
  reference: string;
}

export interface StepResult {
  index: number;
  name: string;
  /** True when the harness sent this step itself (set-up, read-back, clean-up), not the IdP. */
  harness: boolean;
  /** `request` is absent only when the step could not be built (a missing capture). */
  request?: SentRequest;
  response?: ReceivedResponse;
  /** Transport error (timeout, reset, refused), already worded for a person. */
  error?: string;
  findings: Finding[];
  /** The server declined this step the way the scenario allows (`expect.decline`); no later step ran. */
  declined?: DeclineOutcome;
}

export type ResultStatus = 'passed' | 'failed' | 'skipped';

export interface ScenarioResult {
  /** `<idp>/<scenario id>`, stable across runs. */
  id: string;
  idp: string;
  title: string;
  operation: Operation;
  status: ResultStatus;
  /** Why the scenario was skipped. */
  skipReason?: string;
  /** Where the sequence is documented. */
  source: string;
  failures: Array<{ step: string; message: string; reference: string }>;
  warnings: string[];
  steps: StepResult[];
  /** Clean-up requests the harness sent after the scenario (also in the HAR). */
  cleanup: StepResult[];
  /** Resources the harness created and could not remove, as `METHOD url (status)`. */
  leftovers: string[];
  durationMs: number;
}

/** What a whole run knows about itself, for the report writers. */
export interface RunInfo {
  tool: { name: 'scim-conformance'; version: string };
  target: { baseUrl: string; profile: string };
  seed: string;
  startedAt: string;
  durationMs: number;
  /** Secret values that must not appear in any output; writers redact them once more. */
  secrets: string[];
}
