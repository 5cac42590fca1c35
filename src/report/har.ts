import type { RunInfo, ScenarioResult, StepResult } from '../engine/result-types.ts';
import { redactDeep, redactHeaders, redactSecrets } from './redact.ts';

type NameValue = { name: string; value: string };

/** One HAR 1.2 entry plus this tool's `_`-prefixed fields. */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string; url: string; httpVersion: string; cookies: NameValue[]; headers: NameValue[];
    queryString: NameValue[]; postData?: { mimeType: string; text: string; params: NameValue[] };
    headersSize: -1; bodySize: number;
  };
  response: {
    status: number; statusText: string; httpVersion: string; cookies: NameValue[]; headers: NameValue[];
    content: { size: number; mimeType: string; text?: string }; redirectURL: string; headersSize: -1; bodySize: number;
  };
  cache: Record<string, never>;
  timings: { blocked: -1; dns: -1; connect: -1; ssl: -1; send: number; wait: number; receive: number };
  /** Result id, `<idp>/<scenario>`. */
  _scenario: string;
  /** Step name as the scenario gives it. */
  _step: string;
  _stepIndex: number;
  /** `steps` for the sequence itself, `cleanup` for the harness's clean-up after it. */
  _phase: 'steps' | 'cleanup';
  /** True when the harness sent this request, not the IdP. */
  _harness: boolean;
  /** Transport error when no response came back. */
  _error?: string;
}

export interface Har {
  log: { version: '1.2'; creator: { name: string; version: string }; entries: HarEntry[]; comment?: string };
}

const pairs = (headers: Array<[string, string]>): NameValue[] =>
  redactHeaders(headers).map(([name, value]) => ({ name, value }));

const headerValue = (headers: Array<[string, string]>, name: string): string | undefined =>
  headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** `a=1&b=%20x` → name/value pairs exactly as written: nothing is decoded or re-encoded. */
export function parseRawQuery(url: string): NameValue[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const query = url.slice(q + 1).split('#')[0]!;
  if (query === '') return [];
  return query.split('&').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? { name: part, value: '' } : { name: part.slice(0, eq), value: part.slice(eq + 1) };
  });
}

function entry(result: ScenarioResult, step: StepResult, phase: HarEntry['_phase']): HarEntry | undefined {
  const req = step.request;
  if (req === undefined) return undefined;
  const res = step.response;
  const body = req.body;
  const resBody = res?.body ?? '';
  const encoded = res !== undefined && headerValue(res.headers, 'content-encoding') !== undefined;
  const wireLength = Number(res === undefined ? NaN : headerValue(res.headers, 'content-length'));
  const wait = Math.max(0, res?.timeMs ?? 0);
  return {
    startedDateTime: req.startedAt,
    time: wait,
    request: {
      method: req.method,
      url: req.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(req.headers),
      queryString: parseRawQuery(req.url),
      ...(body === undefined ? {} : {
        postData: { mimeType: headerValue(req.headers, 'content-type') ?? '', text: body, params: [] },
      }),
      headersSize: -1,
      bodySize: body === undefined ? 0 : Buffer.byteLength(body, 'utf8'),
    },
    response: {
      status: res?.status ?? 0,
      statusText: res?.statusText ?? '',
      httpVersion: res === undefined ? '' : 'HTTP/1.1',
      cookies: [],
      headers: res === undefined ? [] : pairs(res.headers),
      content: {
        size: Buffer.byteLength(resBody, 'utf8'),
        mimeType: (res && headerValue(res.headers, 'content-type')) ?? 'x-unknown',
        ...(res === undefined ? {} : { text: resBody }),
      },
      redirectURL: (res && headerValue(res.headers, 'location')) ?? '',
      headersSize: -1,
      bodySize: res === undefined ? -1 : encoded ? (Number.isFinite(wireLength) ? wireLength : -1) : Buffer.byteLength(resBody, 'utf8'),
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait, receive: 0 },
    _scenario: result.id,
    _step: step.name,
    _stepIndex: step.index,
    _phase: phase,
    _harness: phase === 'cleanup' || step.harness,
    ...(step.error !== undefined && res === undefined ? { _error: step.error } : {}),
  };
}

/**
 * Builds the HAR 1.2 log: one entry per request in every result's `steps` then `cleanup`, in order,
 * URL and query exactly as sent, credentials redacted. Sizes are those of the bytes on the wire,
 * counted before redaction.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
export function buildHar(results: readonly ScenarioResult[], run: RunInfo): Har {
  return { log: redactDeep(harLog(results, run), run.secrets) };
}

/** The HAR log before redaction (header values of credentials are always replaced, `pairs`). */
function harLog(results: readonly ScenarioResult[], run: RunInfo): Har['log'] {
  const entries = results.flatMap((r) => [
    ...r.steps.map((s) => entry(r, s, 'steps')),
    ...r.cleanup.map((s) => entry(r, s, 'cleanup')),
  ]).filter((e): e is HarEntry => e !== undefined);
  const log: Har['log'] = {
    version: '1.2',
    creator: { name: 'scim-conformance', version: run.tool.version },
    entries,
    comment: `${run.target.baseUrl} (profile ${run.target.profile}, seed ${run.seed})`,
  };
  return log;
}

/**
 * The text of `transcript.har`, redacted as text: every form of a secret inside a JSON string is among the
 * forms redactSecrets replaces (its JSON-escaped spelling included), so the copy of every entry that
 * buildHar's deep redaction makes is not needed here (the run's largest report: ~0.1 s).
 */
export function renderHar(results: readonly ScenarioResult[], run: RunInfo): string {
  return redactSecrets(`${JSON.stringify({ log: harLog(results, run) }, null, 2)}\n`, run.secrets);
}
