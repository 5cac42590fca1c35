import { sendRequest, TransportError, type WireRequest, type WireResponse } from '../engine/http-client.ts';
import { headerValue } from '../engine/media-type.ts';
import type { LoadIdp, LoadOperation, LoadSample } from './load-types.ts';
import type { Throttle } from './throttle.ts';

/** Okta's wait when Retry-After is missing or not integer seconds (docs/idp/okta.md §4). */
export const OKTA_DEFAULT_WAIT_S = 300;
/** Okta's attempts before a task "fails permanently" (docs/idp/okta.md §4). */
export const OKTA_MAX_ATTEMPTS = 10;

/** Everything a measured send needs from the run. */
export interface MeasureContext {
  idp: LoadIdp;
  throttle: Throttle;
  timeoutMs: number;
  /** ms since the run began. */
  clock: () => number;
  /** The time (clock ms) after which no wait is started: the run's --duration. */
  deadline: number;
  samples: LoadSample[];
  /** Resolves early when the run is stopped (SIGINT), so a long wait does not hold it. */
  sleep: (ms: number) => Promise<void>;
  send?: typeof sendRequest;
}

/**
 * Sends one request through the throttle and records it; on 429 waits as the IdP does and sends it again.
 * Okta: Retry-After in integer seconds, else 5 minutes, each retry doubling the wait, 10 attempts at most.
 * Entra: waits Retry-After (integer seconds) and retries the request; without one the object is escrowed
 * for a later cycle, so it is not retried here. No wait runs past the deadline.
 * @returns the last answer, or undefined when none came (timeout, transport error)
 * @see docs/idp/okta.md §4; docs/idp/entra.md §6 (429: TooManyRequests)
 */
export async function sendMeasured(op: LoadOperation, wire: WireRequest, ctx: MeasureContext): Promise<WireResponse | undefined> {
  let previousWait = 0;
  for (let attempt = 1; ; attempt++) {
    const response = await sendOnce(op, wire, ctx, attempt > 1);
    if (response?.status !== 429) return response;
    const header = headerValue(response.headers, 'retry-after');
    const wait = waitAfter429(ctx.idp, header, previousWait, attempt);
    if (wait === undefined || ctx.clock() + wait * 1000 > ctx.deadline) return response;
    previousWait = wait;
    await ctx.sleep(wait * 1000);
  }
}

/**
 * Seconds the IdP waits before it retries after a 429, or undefined when it does not retry now.
 * @example waitAfter429('okta', undefined, 0, 1) // 300
 */
export function waitAfter429(idp: LoadIdp, retryAfter: string | undefined, previousWait: number, attempt: number): number | undefined {
  const seconds = retryAfter !== undefined && /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) : undefined;
  if (idp === 'entra') return seconds;
  if (attempt >= OKTA_MAX_ATTEMPTS) return undefined;
  return Math.max(seconds ?? OKTA_DEFAULT_WAIT_S, previousWait * 2);
}

async function sendOnce(op: LoadOperation, wire: WireRequest, ctx: MeasureContext, retry: boolean): Promise<WireResponse | undefined> {
  await ctx.throttle.acquire();
  const at = ctx.clock();
  try {
    const response = await (ctx.send ?? sendRequest)(wire, { timeoutMs: ctx.timeoutMs });
    const sample: LoadSample = { op, at, ms: ctx.clock() - at, status: response.status };
    if (response.status === 429) sample.retryAfter = headerValue(response.headers, 'retry-after') ?? null;
    if (retry) sample.retry = true;
    ctx.samples.push(sample);
    return response;
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    ctx.samples.push({ op, at, ms: ctx.clock() - at, status: 0, error: error.code === 'timeout' ? 'timeout' : 'transport', message: error.message, ...(retry ? { retry } : {}) });
    return undefined;
  } finally {
    ctx.throttle.release();
  }
}
