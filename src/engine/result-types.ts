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
  /** A failure the check marked `severity: "failure"` itself: a warn-only scenario keeps it a failure. */
  firm?: boolean;
  /** A failure of what this scenario needs from the step (a value to capture): never left to a set-up step's scenario. */
  own?: boolean;
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
  /**
   * Set on a set-up step whose own scenario (`<idp>/<id>`) runs in the same run: its findings are that
   * scenario's to report, so this scenario neither fails nor warns on them.
   */
  reportedBy?: string;
  /** True when a warn-only scenario's failures here were reported as warnings; the sequence stops after it. */
  capped?: boolean;
}

/**
 * `blocked`: a set-up step failed, so the scenario never reached its subject; the cause is reported
 * (once) by the scenario named in `blockedBy`.
 */
export type ResultStatus = 'passed' | 'failed' | 'skipped' | 'blocked';

/** Why a scenario is blocked: the set-up step that failed and the result that reports that cause. */
export interface BlockedBy {
  /** `<idp>/<id>` of the scenario whose subject the failed set-up step is. */
  result: string;
  /** The failed set-up step's label. */
  step: string;
  message: string;
  reference: string;
}

export interface ScenarioResult {
  /** `<idp>/<scenario id>`, stable across runs. */
  id: string;
  idp: string;
  title: string;
  operation: Operation;
  status: ResultStatus;
  /** Why the scenario was skipped, or for a blocked one, `blocked at step N: <cause> (reported by <id>)`. */
  skipReason?: string;
  /** Set when `status` is `blocked`. */
  blockedBy?: BlockedBy;
  /** Where the sequence is documented. */
  source: string;
  failures: Array<{ step: string; message: string; reference: string }>;
  warnings: string[];
  /**
   * Each warning's cause without its step label, in the order of `warnings`: a run reports one cause once
   * (src/run/resolve-results.ts), so the same cause in several scenarios stays on the first.
   */
  warningCauses?: string[];
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
