import type { RepeatItems, StepRequest } from '../scenario/types.ts';
import { fillJson } from './placeholders.ts';

/** A request built by `Step.repeat`, or why it is not sent. */
export type RepeatOutcome = { request: StepRequest; skipped?: undefined } | { skipped: string; request?: undefined };

/**
 * `Step.repeat`: the request with the one-item array at `repeat.pointer` holding `times` + `plus` copies of
 * its item, `times` read from a placeholder (a value the server declared, such as bulk.maxOperations). A
 * count above `repeat.max`, or a body above `repeat.bytesAtMost`, is not sent: the outcome says why, for the
 * scenario's skip reason.
 * @throws Error when `times` is not a whole number or the pointer does not name a one-item array (a scenario mistake)
 * @throws MissingValueError when the placeholder in `times` has no value
 * @see src/scenario/types.ts (Step.repeat); RFC 7644 §3.7.4
 */
export function repeatItems(request: StepRequest, repeat: RepeatItems, resolve: (name: string) => unknown): RepeatOutcome {
  const declared = fillJson(repeat.times, resolve);
  const times = typeof declared === 'string' && /^\d+$/.test(declared) ? Number(declared) : declared;
  if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 0) {
    throw new Error(`repeat.times ${repeat.times} must hold a whole number, got ${JSON.stringify(declared)}`);
  }
  const count = times + (repeat.plus ?? 0);
  if (count > repeat.max) {
    return { skipped: `a request of ${count} items (${repeat.what}, ${repeat.times.replace(/[{}]/g, '')} = ${times}) is more than the harness sends (at most ${repeat.max}), so it keeps its requests bounded` };
  }
  const body = structuredClone(request.body);
  const segments = repeat.pointer.slice(1).split('/').map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = segments.pop()!;
  let parent: unknown = body;
  for (const segment of segments) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[segment] : undefined;
  const list = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list) || list.length !== 1) {
    throw new Error(`repeat.pointer ${repeat.pointer} must name a one-item array in the request body`);
  }
  (parent as Record<string, unknown>)[key] = Array.from({ length: count }, () => structuredClone(list[0]));
  if (repeat.bytesAtMost !== undefined) {
    const limit = Number(fillJson(repeat.bytesAtMost, resolve));
    const size = Buffer.byteLength(JSON.stringify(fillJson(body, resolve)));
    if (Number.isFinite(limit) && size > limit) {
      return { skipped: `a request of ${count} items (${repeat.what}) is ${size} bytes, more than ${repeat.bytesAtMost.replace(/[{}]/g, '')} = ${limit} as well: it would exceed two limits at once, so the answer could not be judged on the one it names` };
    }
  }
  return { request: { ...request, body } };
}
