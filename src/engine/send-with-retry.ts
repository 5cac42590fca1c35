import type { SendOptions, WireRequest, WireResponse } from './http-client.ts';
import { headerValue } from './media-type.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface RetryPolicy {
  /** Retries after a 429, at most (default 3). */
  maxRetries?: number;
  /** Longest single wait in seconds; a longer Retry-After gives up (default 30). */
  maxWaitSeconds?: number;
  /** Wait when a 429 has no usable Retry-After: doubles each time, as Okta's back-off does (default 1 s). */
  backoffSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, so retries keep to the run's pace (`--max-rps`). */
  pace?: () => Promise<void>;
  /**
   * Told of each wait, in ms, before it begins: the server's limit is the whole run's, so every sender of the
   * run pauses too (src/engine/pacer.ts `pause`), not only the one that met the 429.
   */
  pause?: (ms: number) => void;
}

export interface RetriedResponse {
  response: WireResponse;
  /** One sentence per 429 met, for the step's warnings. */
  notes: string[];
}

/**
 * Sends a request and, on 429 Too Many Requests, waits as the IdPs do and sends it again: for the
 * seconds of Retry-After (or until its HTTP date), else with a doubling back-off. Bounded in count and wait.
 * @see docs/idp/okta.md §4 (Okta: Retry-After seconds; none → waits, doubling, 10 attempts)
 */
export async function sendWithRetry(
  send: (request: WireRequest, options: SendOptions) => Promise<WireResponse>,
  request: WireRequest,
  options: SendOptions,
  policy: RetryPolicy = {},
): Promise<RetriedResponse> {
  const { maxRetries = 3, maxWaitSeconds = 30, backoffSeconds = 1, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = policy;
  const notes: string[] = [];
  let backoff = backoffSeconds;
  for (let attempt = 0; ; attempt++) {
    const response = await send(request, options);
    if (response.status !== 429 || attempt >= maxRetries) {
      if (response.status === 429) notes.push(`still 429 after ${maxRetries} retries; the harness gave up`);
      return { response, notes };
    }
    const header = headerValue(response.headers, 'retry-after');
    const seconds = parseRetryAfter(header);
    let wait: number;
    if (seconds === undefined) {
      wait = backoff;
      backoff *= 2;
      notes.push(`429 without a usable Retry-After${header ? ` ("${header}")` : ''}: waited ${wait} s and retried. Send Retry-After in seconds; Okta otherwise waits 5 minutes (docs/idp/okta.md §4)`);
    } else if (seconds > maxWaitSeconds) {
      notes.push(`429 with Retry-After ${seconds} s, longer than the harness waits (${maxWaitSeconds} s)`);
      return { response, notes };
    } else {
      wait = seconds;
      notes.push(`429 with Retry-After ${header}: waited ${wait} s and retried`);
    }
    policy.pause?.(wait * 1000);
    await sleep(wait * 1000);
    await policy.pace?.();
  }
}
