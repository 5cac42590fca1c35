import { readablePath } from '../engine/build-request.ts';
import { redactDeep } from '../report/redact.ts';
import type { Scenario, Step, StepRequest } from '../scenario/types.ts';
import { bodyLeaves, fieldOf, filterComparisons, type ResourceKind } from './attribute-fields.ts';
import type { RecordedExchange } from './exchange.ts';
import { credentialValues, recordedHeaders } from './header-rules.ts';
import { IdCaptures } from './id-captures.ts';
import { inferExpectation, methodReference } from './infer-expectation.ts';
import { PersonalData, type ValueContext } from './personal-data.ts';
import {
  decodeQueryText, queryStyle, substituteJson, substitutePath, substituteQuery, substituteRawJson, substituteText,
  type Substitutions,
} from './substitute.ts';

export interface BuildScenarioOptions {
  /** The upstream SCIM base URL: its path is stripped from recorded paths, its host named in the source. */
  upstream: string;
  /** The scenario id (kebab-case); default `recorded-session`. */
  name?: string;
  /** The suite name; default `recorded`. */
  idp?: string;
  /** The recording date for the source reference; default now. */
  date?: Date;
}

export interface BuiltScenario {
  scenario: Scenario;
  /** Things a person should know: requests outside the base path, personal values left in place (named by placeholder, never by value). */
  warnings: string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Turns a recorded session into one scenario: credentials become `{{auth}}`, personal values become
 * generated placeholders (`{{user1.email}}`), server ids become captures (`{{user1Id}}`), and each step
 * expects the recorded status with the schema its path implies.
 * @see src/scenario/types.ts (the format)
 */
export function buildScenario(exchanges: readonly RecordedExchange[], options: BuildScenarioOptions): BuiltScenario {
  const upstream = new URL(options.upstream);
  const catalog = new PersonalData();
  const bodyValues = new Set(exchanges.flatMap((e) => bodyLeaves(parseJson(e.body)).map((leaf) => leaf.value)));
  // Two passes over the same catalog: the first learns every personal value of the session, so the
  // second also replaces a value in a step earlier than the request that revealed what it is.
  recordSteps(exchanges, upstream, catalog, bodyValues);
  const { steps, ids, notes, warnings } = recordSteps(exchanges, upstream, catalog, bodyValues);

  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  const scenario: Scenario = {
    id: options.name ?? 'recorded-session',
    idp: options.idp ?? 'recorded',
    title: `Recorded session: ${steps.length} request${steps.length === 1 ? '' : 's'} to ${upstream.host}`,
    operation: 'protocol',
    source: {
      reference: `recorded by scim-conformance record from ${upstream.host} on ${date}`,
      notes: ['Credentials replaced by {{auth}}; personal values by generated placeholders; server ids by captures. Review before sharing.', ...notes].join(' '),
    },
    steps: steps.map((step, i) => {
      const capture = ids.capturesOf(i);
      return capture ? { name: step.name, request: step.request, expect: step.expect, capture, reference: step.reference } : step;
    }),
  };
  const secrets = [...new Set(exchanges.flatMap((e) => credentialValues(e.headers)))];
  const safe = redactDeep(scenario, secrets);
  warnings.push(...leftovers(safe, catalog));
  return { scenario: safe, warnings };
}

interface StepsPass {
  steps: Array<Omit<Step, 'capture'>>;
  ids: IdCaptures;
  notes: string[];
  warnings: string[];
}

function recordSteps(exchanges: readonly RecordedExchange[], upstream: URL, catalog: PersonalData, bodyValues: Set<string>): StepsPass {
  const basePath = upstream.pathname.replace(/\/+$/, '');
  const ids = new IdCaptures();
  const warnings: string[] = [];
  const notes: string[] = [];
  const steps: Array<Omit<Step, 'capture'>> = [];

  for (const exchange of exchanges) {
    const [rawPath = '/', ...rest] = exchange.url.split('?');
    const rawQuery = rest.length ? rest.join('?') : undefined;
    const path = relativePath(rawPath, basePath);
    if (path === undefined || !METHODS.has(exchange.method)) {
      warnings.push(`${exchange.method} ${rawPath} is outside ${basePath || '/'} or not a SCIM method: forwarded, not recorded`);
      continue;
    }
    const index = steps.length;
    const resource = resourceOf(path);
    const segments = path.split('/');
    const pathId = segments.length > 2 ? safeDecode(segments[2]!) : undefined;
    const context: ValueContext = { owner: pathId ? ids.entityOf(pathId) : undefined };
    const collect = (attribute: string, value: string, into: ValueContext, fromQuery: boolean) => {
      if (ids.has(value)) return;
      const ref = fieldOf(resource, attribute, value);
      if (!ref) return;
      if (fromQuery && GUID.test(value) && !bodyValues.has(value)) catalog.assignGuid(value);
      else catalog.assign(ref.kind, ref.field, value, into);
    };

    if (rawQuery !== undefined) {
      const style = queryStyle(rawQuery);
      const queryContext: ValueContext = { owner: context.owner };
      for (const param of rawQuery.split('&')) {
        const value = decodeQueryText(param.slice(param.indexOf('=') + 1), style);
        for (const comparison of filterComparisons(value)) collect(comparison.attribute, comparison.value, queryContext, true);
      }
    }
    const json = parseJson(exchange.body);
    const identity = resource === 'group' ? 'displayname' : 'username';
    const leaves = bodyLeaves(json).sort((a, b) => Number(b.attribute.toLowerCase() === identity) - Number(a.attribute.toLowerCase() === identity));
    for (const leaf of leaves) collect(leaf.attribute, leaf.value, context, false);

    const subs = substitutions(catalog, ids, resource);
    const request: StepRequest = { method: exchange.method as StepRequest['method'], path: substitutePath(path, subs), headers: {} };
    if (rawQuery !== undefined) request.query = substituteQuery(rawQuery, subs);
    request.headers = recordedHeaders(exchange.headers);
    if (exchange.body !== '') {
      if (json !== undefined && JSON.stringify(json) === exchange.body) request.body = substituteJson(json, subs);
      else request.rawBody = json !== undefined ? substituteRawJson(exchange.body, subs) : substituteText(exchange.body, subs);
    }

    const { status, statusText } = exchange.response;
    const response = parseJson(exchange.response.body);
    const isCreate = exchange.method === 'POST' && status >= 200 && status < 300 && segments.length === 2 && typeof readId(response) === 'string';
    if (isCreate) {
      const owner = context.owner?.kind === resource ? context.owner : undefined;
      ids.register(readId(response)!, { step: index, pointer: '/id', kind: captureKind(resource), entity: owner, always: true });
    }
    registerListIds(response, index, resource, catalog, ids);
    const { expect, note } = inferExpectation(exchange.method, path, status, exchange.response.body, isCreate);
    if (note) notes.push(`step ${index + 1}: ${note}`);
    steps.push({
      name: `recorded request ${index + 1}: ${exchange.method} ${readablePath(request.path)}`,
      request: { method: request.method, path: request.path, ...(request.query !== undefined ? { query: request.query } : {}), headers: request.headers, ...bodyPart(request) },
      expect,
      reference: `recorded response ${status}${statusText ? ` ${statusText}` : ''}; ${methodReference(exchange.method)}`,
    });
  }
  return { steps, ids, notes, warnings };
}

function substitutions(catalog: PersonalData, ids: IdCaptures, resource: ResourceKind): Substitutions {
  return {
    values: [...ids.ids(), ...catalog.values().filter((v) => !ids.has(v))],
    name: (value, attribute) => {
      if (ids.has(value)) return ids.use(value);
      const field = attribute ? fieldOf(resource, attribute, value)?.field : undefined;
      return catalog.nameFor(value, field) ?? catalog.nameFor(value)!;
    },
    isOpaque: (value) => ids.has(value) || /^guid\d+$/.test(catalog.nameFor(value) ?? ''),
  };
}

function registerListIds(response: unknown, step: number, resource: ResourceKind, catalog: PersonalData, ids: IdCaptures): void {
  if (!isObject(response) || !Array.isArray(response.Resources)) return;
  response.Resources.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    const isGroup = resource === 'group' || (Array.isArray(item.schemas) && item.schemas.some((s) => String(s).endsWith(':Group')));
    const entity = isGroup
      ? typeof item.displayName === 'string' ? catalog.entityOf('group', 'displayName', item.displayName) : undefined
      : typeof item.userName === 'string' ? catalog.entityOf('user', 'userName', item.userName) : undefined;
    ids.register(item.id, { step, pointer: `/Resources/${i}/id`, kind: isGroup ? 'group' : captureKind(resource), entity });
  });
}

/** Names of placeholders whose real value is still somewhere in the scenario (never the value itself). */
function leftovers(scenario: Scenario, catalog: PersonalData): string[] {
  const text = JSON.stringify(scenario.steps).replace(/"urn:[^"]*"/g, '""');
  const appears = (form: string) => new RegExp(`(?<![A-Za-z0-9])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`).test(text);
  return catalog.values()
    .filter((value) => value.length >= 4 && [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)].some(appears))
    .map((value) => `the real value behind {{${catalog.nameFor(value)}}} is still in the file (a place the recorder does not rewrite); replace it by hand before sharing`);
}

function relativePath(rawPath: string, basePath: string): string | undefined {
  if (basePath === '') return rawPath.startsWith('/') ? rawPath : undefined;
  if (rawPath === basePath) return '/';
  return rawPath.startsWith(`${basePath}/`) ? rawPath.slice(basePath.length) : undefined;
}

function resourceOf(path: string): ResourceKind {
  if (/^\/Users(\/|$)/i.test(path)) return 'user';
  if (/^\/Groups(\/|$)/i.test(path)) return 'group';
  return 'other';
}

function captureKind(resource: ResourceKind): string {
  return resource === 'other' ? 'resource' : resource;
}

function bodyPart(request: StepRequest): Partial<StepRequest> {
  if (request.rawBody !== undefined) return { rawBody: request.rawBody };
  return request.body !== undefined ? { body: request.body } : {};
}

function readId(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
