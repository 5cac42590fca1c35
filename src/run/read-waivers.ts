import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** A known deviation: a failed result with this id is reported as waived until `expires`. */
export interface Waiver {
  /** A result id, `<suite>/<scenario>`, e.g. `rfc/sort-ascending`. */
  id: string;
  /** Why the deviation is accepted; shown in every report. */
  reason: string;
  /** Where it is tracked (an issue URL). */
  link: string;
  /** The last day the waiver applies, `YYYY-MM-DD`. */
  expires: string;
}

/** A waivers file that cannot be used: names the file, the entry and the field. */
export class WaiversError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaiversError';
  }
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORMAT = 'a list of { id, reason, link, expires }, e.g. - { id: rfc/sort-ascending, reason: "sorting is planned", link: "https://tracker/123", expires: 2026-12-31 }';

/**
 * Reads `--waivers FILE` (JSON or YAML; a list, or an object with a `waivers` list).
 * @throws WaiversError naming the file, the entry and the field that is wrong, and what to write instead
 * @see issue 5 item 4 (waivers)
 */
export function readWaivers(file: string): Waiver[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new WaiversError(`--waivers ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give the path of a JSON or YAML waivers file.`);
  }
  return parseWaivers(text, file);
}

/**
 * Parses and checks waivers text; YAML is a superset of JSON, so one parser reads both.
 * @throws WaiversError as readWaivers
 */
export function parseWaivers(text: string, file: string): Waiver[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new WaiversError(`--waivers ${file}: not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}. Expected ${FORMAT}.`);
  }
  const list = data !== null && typeof data === 'object' && !Array.isArray(data) && 'waivers' in data ? (data as { waivers: unknown }).waivers : data;
  if (!Array.isArray(list)) throw new WaiversError(`--waivers ${file}: expected ${FORMAT}; got ${describe(list)}.`);
  return list.map((entry, index) => checkEntry(entry, `--waivers ${file}: entry ${index + 1}`));
}

function checkEntry(entry: unknown, where: string): Waiver {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new WaiversError(`${where}: expected an object { id, reason, link, expires }, got ${describe(entry)}.`);
  const record = entry as Record<string, unknown>;
  const named = typeof record['id'] === 'string' ? `${where} (${record['id']})` : where;
  const field = (name: keyof Waiver, why: string): string => {
    let value = record[name];
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    if (typeof value !== 'string' || value.trim() === '') throw new WaiversError(`${named}: field "${name}" is ${value === undefined ? 'missing' : `not a non-empty string (${describe(value)})`}; ${why}.`);
    return value.trim();
  };
  const id = field('id', 'write the result id as reports show it, <suite>/<scenario>, e.g. rfc/sort-ascending');
  if (!ID.test(id)) throw new WaiversError(`${named}: field "id" is "${id}", not a result id; write <suite>/<scenario>, e.g. rfc/sort-ascending.`);
  const reason = field('reason', 'say why the deviation is accepted: every report shows it');
  const link = field('link', 'link the issue that tracks the deviation');
  const expires = field('expires', 'give the last day the waiver applies, YYYY-MM-DD');
  if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) {
    throw new WaiversError(`${named}: field "expires" is "${expires}", not a date; write YYYY-MM-DD, e.g. 2026-12-31.`);
  }
  return { id, reason, link, expires };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
