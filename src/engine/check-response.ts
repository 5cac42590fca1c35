import { isDeepStrictEqual } from 'node:util';
import type { BodyCheck, Expectation, SchemaName, Severity } from '../scenario/types.ts';
import { validateBody, SCHEMA_REFERENCES } from '../schemas/index.ts';
import type { WireResponse } from './http-client.ts';
import { expandPointer, readPointer } from './json-pointer.ts';
import { headerValue, isJsonMediaType, mediaTypeOf } from './media-type.ts';
import { hintForStatus } from './status-hints.ts';
import { checkHeaders } from './check-headers.ts';
import { checkDecline, explainNotDeclined, type DeclineOutcome } from './check-decline.ts';

/** One check that did not hold, before the step label is attached. */
export interface CheckFinding {
  severity: Severity;
  message: string;
  reference: string;
  /** The check said `severity: "failure"` itself: it fails even in a warn-only scenario (an RFC MUST that holds whatever the IdP sent). */
  firm?: boolean;
}

export interface CheckInput {
  method: string;
  /** The step's path template, for hints. */
  path: string;
  /** The step's query template, for hints. */
  query?: string;
  /** The suite (`rfc` or an IdP), so a hint names whose request was refused. */
  suite?: string;
  expect: Expectation;
  /** The step's reference: why the IdP needs this. */
  reference: string;
  response: WireResponse;
  /** Fills placeholders in expected values (`"equals": "{{user1.userName}}"`). */
  fill: (value: unknown) => unknown;
  /** The JSON body the request sent, when it had one: a server that echoes client-sent readOnly data is named so. */
  requestBody?: unknown;
}

export interface CheckOutcome {
  findings: CheckFinding[];
  /** The parsed JSON body, when there was one. */
  json?: unknown;
  /** Set when the server declined the step the way `expect.decline` allows: the scenario stops here. */
  declined?: DeclineOutcome;
}

const MEDIA_TYPE_REFERENCE = 'RFC 7644 §3.1 and §8.1 (application/scim+json)';
const EXCERPT = 300;

/**
 * Checks one response against a step's expectation: an allowed decline first (one warning, or a skip,
 * and nothing else judged), then the status (nothing else is judged when it is wrong), then the media type, JSON syntax, the JSON Schema, the body checks and the header checks.
 * @see RFC 7644 §3.12 for error bodies, RFC 7643 §4 for resources
 */
export function checkResponse(input: CheckInput): CheckOutcome {
  const { expect, response } = input;
  const declined = checkDecline(expect.decline, response, input.fill);
  if (declined) {
    return { declined, findings: declined.verdict === 'warning' ? [{ severity: 'warning', reference: declined.reference, message: declined.message }] : [] };
  }
  const expected = Array.isArray(expect.status) ? expect.status : [expect.status];
  if (!expected.includes(response.status)) {
    return {
      findings: [{
        severity: 'failure',
        reference: input.reference,
        message: `expected status ${expected.join(' or ')}, got ${response.status} ${response.statusText}`.trim() +
          `${describeBody(response.body)}.${notDeclined(expect, response)} What to do: ${hintForStatus({ suite: input.suite, method: input.method, path: input.path, query: input.query, expected, got: response.status })}.`,
      }],
    };
  }
  const findings: CheckFinding[] = [];
  const hasBody = response.body.trim().length > 0;
  const mediaType = mediaTypeOf(headerValue(response.headers, 'content-type'));
  const wanted = expect.mediaType === undefined ? { is: 'application/scim+json', severity: 'failure' as const } : expect.mediaType;
  if (hasBody && wanted && mediaType !== wanted.is.toLowerCase()) {
    findings.push({ severity: wanted.severity, reference: wanted.reference ?? MEDIA_TYPE_REFERENCE, message: mediaTypeMessage(wanted.is, mediaType) });
  }
  const schema = schemaFor(expect, response.status);
  let json: unknown;
  if (hasBody) {
    try {
      json = JSON.parse(response.body);
    } catch {
      const what = isJsonMediaType(mediaType) ? `a body labelled ${mediaType} that is not valid JSON` : `a body that is not JSON (${mediaType ?? 'no Content-Type'})`;
      if (schema || expect.body?.length) {
        findings.push({ severity: 'failure', reference: MEDIA_TYPE_REFERENCE, message: `expected a JSON body, got ${what}${describeBody(response.body)}. What to do: answer with a JSON SCIM body` });
        return { findings };
      }
    }
  }
  if (schema && response.status !== 204) findings.push(...checkSchema(schema, json, hasBody, response.status).map((f) => explainEchoedMeta(f, json, input.requestBody)));
  for (const check of expect.body ?? []) {
    if (check.whenStatus && !check.whenStatus.includes(response.status)) continue;
    if (!hasBody && response.status === 204) continue;
    if (check.inconclusiveWithout && readPointer(json, check.inconclusiveWithout) === undefined) {
      findings.push({ severity: 'warning', reference: check.reference ?? input.reference, message: inconclusive(check.inconclusiveWithout) });
      continue;
    }
    const problem = expandPointer(json, check.pointer).map((pointer) => checkValue({ ...check, pointer }, json, input.fill)).find((found) => found !== undefined);
    if (problem) findings.push({ severity: check.severity ?? 'failure', reference: check.reference ?? input.reference, message: problem, ...(check.severity === 'failure' ? { firm: true } : {}) });
  }
  if (expect.headers) findings.push(...checkHeaders(expect.headers, response, json, input.reference));
  return { findings, json };
}

function notDeclined(expect: Expectation, response: WireResponse): string {
  const why = explainNotDeclined(expect.decline, response);
  return why ? ` ${why}.` : '';
}

/**
 * A server answering the RFC's own application/scim+json is never told to drop it: an IdP that documents
 * another type (OneLogin: application/json) is a risk to weigh, not a reason to leave the RFC.
 */
function mediaTypeMessage(wanted: string, got: string | undefined): string {
  if (got === 'application/scim+json') {
    return `expected Content-Type ${wanted}, got application/scim+json, the type RFC 7644 §8.1 defines. ` +
      `This IdP documents ${wanted}, so its client may not accept the RFC's type. What to do: keep application/scim+json; ` +
      `if this IdP's provisioning fails to read your responses, answer its requests (they carry no Accept header) with ${wanted}`;
  }
  return `expected Content-Type ${wanted}, got ${got ?? 'none'}. What to do: answer SCIM requests with Content-Type: ${wanted}`;
}

function schemaFor(expect: Expectation, status: number): SchemaName | undefined {
  if (status >= 200 && status < 300) return expect.schema;
  return expect.errorSchema === false ? undefined : 'Error';
}

function checkSchema(schema: SchemaName, json: unknown, hasBody: boolean, status: number): CheckFinding[] {
  if (!hasBody) {
    return [{
      severity: 'failure',
      reference: SCHEMA_REFERENCES[schema],
      message: `expected a ${schema} body with status ${status}, got an empty body. What to do: return the ${schema === 'Error' ? 'SCIM Error' : 'resource'} in the body (or 204 where 204 is allowed)`,
    }];
  }
  const outcome = validateBody(schema, json);
  if (outcome.valid) return [];
  return [{
    severity: 'failure',
    reference: outcome.reference,
    message: `expected a valid SCIM ${schema} body, got one where ${outcome.errors.slice(0, 5).join('; ')}. What to do: fix the response so it follows the ${schema} schema`,
  }];
}

/**
 * A schema error under /meta, when the response's meta is the very object the request sent, is not a date
 * format problem: the server stored the client's readOnly meta (Entra and OneLogin templates send one).
 */
function explainEchoedMeta(finding: CheckFinding, json: unknown, requestBody: unknown): CheckFinding {
  const echoed = [...finding.message.matchAll(/\/meta\/(\w+)/g)].map((m) => m[1]!)
    .filter((name) => readPointer(requestBody, `/meta/${name}`) !== undefined && isDeepStrictEqual(readPointer(json, `/meta/${name}`), readPointer(requestBody, `/meta/${name}`)));
  if (echoed.length === 0) return finding;
  const sent = echoed.map((name) => `meta.${name} ${show(readPointer(requestBody, `/meta/${name}`))}`).join(', ');
  return {
    severity: finding.severity,
    reference: 'RFC 7643 §3.1 (meta is readOnly); RFC 7644 §3.3 and §3.5.1 (readOnly values in a request SHALL be ignored)',
    message: `expected the server's own meta, got back what the request sent (${sent}): the server stored client-sent readOnly data, which is why the schema check fails (${finding.message.split('. What to do:')[0]}). What to do: ignore meta in requests and set created, lastModified and location yourself`,
  };
}

function checkValue(check: BodyCheck, json: unknown, fill: (value: unknown) => unknown): string | undefined {
  const actual = readPointer(json, check.pointer);
  const why = check.because ? ` Why: ${String(fill(check.because))}.` : '';
  const at = check.pointer || '(the body)';
  if (check.exists !== undefined && (actual !== undefined && actual !== null && actual !== '') !== check.exists) {
    return check.exists ? `expected ${at} to be present, got ${show(actual)}.${why}` : `expected ${at} to be absent, got ${show(actual)}.${why}`;
  }
  if ('equals' in check) {
    const expected = fill(check.equals);
    if (!isDeepStrictEqual(actual, expected)) return `expected ${at} to equal ${show(expected)}, got ${show(actual)}.${why}`;
  }
  if ('notEquals' in check) {
    const unwanted = fill(check.notEquals);
    if (isDeepStrictEqual(actual, unwanted)) return `expected ${at} not to equal ${show(unwanted)}, got that value.${why}`;
  }
  if (check.oneOf !== undefined && actual !== undefined && !check.oneOf.some((option) => isDeepStrictEqual(actual, option))) {
    return `expected ${at} to be one of ${check.oneOf.map(show).join(', ')}, got ${show(actual)}.${why}`;
  }
  if (check.matches !== undefined && !(typeof actual === 'string' && new RegExp(check.matches, 'u').test(actual))) {
    return `expected ${at} to match /${check.matches}/, got ${show(actual)}.${why}`;
  }
  if (check.equalsIgnoreCase !== undefined) {
    const expected = String(fill(check.equalsIgnoreCase));
    if (typeof actual !== 'string' || actual.toLowerCase() !== expected.toLowerCase()) return `expected ${at} to equal ${show(expected)} ignoring case, got ${show(actual)}.${why}`;
  }
  if ('contains' in check) {
    const expected = fill(check.contains);
    if (!containsValue(actual, expected)) return `expected ${at} to contain ${show(expected)}, got ${show(actual)}.${why}`;
  }
  if ('notContains' in check) {
    const expected = fill(check.notContains);
    if (containsValue(actual, expected)) return `expected ${at} not to contain ${show(expected)}, got ${show(actual)}.${why}`;
  }
  if (check.equalsPointer !== undefined && actual !== undefined && readPointer(json, check.equalsPointer) !== undefined) {
    const expected = readPointer(json, check.equalsPointer);
    if (!isDeepStrictEqual(actual, expected)) return `expected ${at} to equal ${check.equalsPointer} (${show(expected)}), got ${show(actual)}.${why}`;
  }
  if (check.itemsOneOf !== undefined) {
    const allowed = check.itemsOneOf.flatMap((value) => { const filled = fill(value); return Array.isArray(filled) ? filled : [filled]; });
    const items = Array.isArray(actual) ? actual : [actual];
    const stray = items.findIndex((item) => !allowed.some((value) => isDeepStrictEqual(item, value)));
    if (stray >= 0) {
      return `expected ${at} to hold only ${allowed.map(show).join(', ')}, got ${show(items[stray])}${Array.isArray(actual) ? ` in ${show(actual)}` : ''}.${why}`;
    }
  }
  if (check.unique !== undefined && Array.isArray(actual)) {
    const twice = firstRepeated(actual, check.unique === true ? undefined : check.unique);
    if (twice !== undefined) return `expected ${at} to hold each ${check.unique === true ? 'value' : check.unique.join(' and ')} once, got ${show(twice)} more than once.${why}`;
  }
  if (check.minItems !== undefined && !(Array.isArray(actual) && actual.length >= check.minItems)) {
    return `expected ${at} to hold at least ${check.minItems} item(s), got ${Array.isArray(actual) ? actual.length : show(actual)}.${why}`;
  }
  // An absent multi-valued attribute has no values (RFC 7643 §2.5: unassigned attributes may be omitted).
  if (check.maxItems !== undefined && actual !== undefined && actual !== null && !(Array.isArray(actual) && actual.length <= check.maxItems)) {
    return `expected ${at} to hold at most ${check.maxItems} item(s), got ${Array.isArray(actual) ? actual.length : show(actual)}.${why}`;
  }
  return undefined;
}

/** The first item that an earlier item equals (whole, or in the given members), or undefined. */
function firstRepeated(items: unknown[], members: string[] | undefined): unknown {
  const key = (item: unknown) => (members && item !== null && typeof item === 'object'
    ? members.map((member) => (item as Record<string, unknown>)[member])
    : item);
  return items.find((item, index) => items.slice(0, index).some((earlier) => isDeepStrictEqual(key(earlier), key(item))));
}

/**
 * An array contains an expected object when one element has at least the expected members (servers
 * add `display`, `$ref`, `type` to members); a string contains a substring.
 */
function containsValue(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => matchesSubset(item, expected));
  return typeof actual === 'string' && actual.includes(String(expected));
}

function matchesSubset(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) => matchesSubset((actual as Record<string, unknown>)[key], value));
  }
  return isDeepStrictEqual(actual, expected);
}

/** The same words wherever the attribute is missing, so a run reports the cause once (src/run/resolve-results.ts). */
function inconclusive(pointer: string): string {
  return `inconclusive: the response has no ${pointer} at all, so what this step checks could not be confirmed. ` +
    `A resource that leaves ${pointer} out is failed once, by the scenario that requires it; here it is only noted. ` +
    `What to do: return ${pointer} in the resource (${returnedByDefault(pointer)})`;
}

/** Why an attribute is expected in a resource: Group members by name, any other by the schema's `returned`. */
function returnedByDefault(pointer: string): string {
  return pointer === '/members'
    ? 'RFC 7643 §4.2: Group members are returned by default'
    : 'RFC 7643 §7: an attribute whose schema says returned "default" is returned when no attributes parameter names others';
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function describeBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) return ' with an empty body';
  const flat = trimmed.replace(/\s+/g, ' ');
  return ` with body ${flat.length > EXCERPT ? flat.slice(0, EXCERPT) + '…' : flat}`;
}
