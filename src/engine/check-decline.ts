import type { Decline } from '../scenario/types.ts';
import type { WireResponse } from './http-client.ts';

/** A response that declined the step the way its `expect.decline` allows. */
export interface DeclineOutcome {
  verdict: 'warning' | 'skipped';
  /** What was declined, how, and why that is allowed; the warning text or the skip reason. */
  message: string;
  reference: string;
}

const DETAIL_EXCERPT = 160;

/**
 * Reads a response as an allowed refusal: one of the decline statuses and, when the decline names one,
 * an error body whose `scimType` is that value. Anything else (another status, a 400 with another
 * scimType, a 5xx not listed) is not a decline and is judged by the step's other expectations.
 * @see RFC 7644 §3.4.2.2 (400 invalidFilter for an unsupported filter), §3.12 (501), §3.4.3 (/.search)
 */
export function checkDecline(decline: Decline | undefined, response: WireResponse, fill: (value: unknown) => unknown): DeclineOutcome | undefined {
  if (!decline || !decline.status.includes(response.status)) return undefined;
  const body = parseObject(response.body);
  if (decline.scimType !== undefined && body?.['scimType'] !== decline.scimType) return undefined;
  const what = String(fill(decline.what));
  const how = `${response.status}${decline.scimType ? ` ${decline.scimType}` : ''}`;
  const detail = typeof body?.['detail'] === 'string' ? ` ("${excerpt(body['detail'])}")` : '';
  const verdict = decline.verdict ?? 'warning';
  const message = verdict === 'warning'
    ? `declined: the server answered ${how}${detail} to ${what}. ${decline.reference} lets a server refuse an optional feature this way, so this is a warning, not a failure, and the rest of this check did not run. What to do: nothing is required; offer it if a client you serve needs it`
    : `the server declined ${what} (${how}${detail}), which ${decline.reference} allows`;
  return { verdict, message, reference: decline.reference };
}

/**
 * For a response with a decline status but not the decline's scimType: why it does not count as the
 * allowed refusal, in words, to add to the status failure; undefined otherwise.
 */
export function explainNotDeclined(decline: Decline | undefined, response: WireResponse): string | undefined {
  if (!decline?.scimType || !decline.status.includes(response.status)) return undefined;
  const found = parseObject(response.body)?.['scimType'];
  const has = typeof found === 'string' ? `scimType "${found}"` : 'no scimType';
  return `A ${response.status} declines this only with scimType "${decline.scimType}" (${decline.reference}); this one has ${has}`;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_EXCERPT ? `${flat.slice(0, DETAIL_EXCERPT - 1)}…` : flat;
}
