import type { SchemaProblem } from '../schemas/index.ts';
import { expandCopies } from './expand-copies.ts';
import type { Scenario } from './types.ts';

/** The filters a placeholder may carry: `{{name|filter}}`. */
export const PLACEHOLDER_FILTERS = ['url', 'form', 'upper', 'lower', 'lastSegment', 'fullwidth'] as const;

/** Names the harness fills itself: generated test data and run values. */
const GENERATED = [/^(user|group)\d+\.[A-Za-z]+$/, /^guid\d+$/, /^data\.prefix$/];
const BUILT_IN = new Set(['auth', 'run.id', 'base.path']);
const NAME = /^[A-Za-z][\w.]*$/;
const TOKEN = /\{\{([^{}]*)\}\}/g;

/** True for a name the harness generates or knows without any capture. */
export function isBuiltInPlaceholder(name: string): boolean {
  return BUILT_IN.has(name) || GENERATED.some((pattern) => pattern.test(name));
}

/**
 * Checks every placeholder in each step's request and expectations: the syntax, the filter, and that a
 * capture is set by an EARLIER step (the engine fills a step before it captures from its response).
 * Also refuses capture names that would shadow a built-in name. Returns one problem per mistake.
 * @see src/scenario/types.ts (placeholders and filters)
 */
export function checkPlaceholders(scenario: Scenario): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const captured = new Set<string>();
  // Steps sent together (`concurrent`) cannot use each other's captures: they become known after the group.
  let pending: string[] = [];
  scenario.steps.forEach((step, index) => {
    const base = `/steps/${index}`;
    const later = (name: string) => scenario.steps.findIndex((s, i) => i >= index && s.capture && name in s.capture);
    const seen = new Set<string>();
    const check = (text: string, pointer: string) => {
      for (const [token, inner] of text.matchAll(TOKEN)) {
        const problem = checkToken(token, inner!, captured, later);
        if (problem && !seen.has(pointer + problem)) {
          seen.add(pointer + problem);
          problems.push({ pointer, message: problem });
        }
      }
    };
    // A step with copies is checked copy by copy, with `#` and {{copy}} numbered as the engine numbers them.
    const copies = expandCopies(step);
    for (const copy of copies) {
      walkStrings(copy.request, `${base}/request`, check);
      walkStrings(copy.expect, `${base}/expect`, check);
      if (copy.repeat) walkStrings({ times: copy.repeat.times, bytesAtMost: copy.repeat.bytesAtMost }, `${base}/repeat`, check);
    }
    for (const name of copies.flatMap((copy) => Object.keys(copy.capture ?? {}))) {
      if (name.includes('#')) {
        problems.push({ pointer: `${base}/capture/${escapePointer(name)}`, message: `capture name "${name}" holds #, which numbers copies only in a step with "copies"; remove the # or add "copies"` });
      }
      if (isBuiltInPlaceholder(name)) {
        problems.push({ pointer: `${base}/capture/${escapePointer(name)}`, message: `capture name "${name}" shadows the built-in placeholder {{${name}}}; pick another name` });
      }
      pending.push(name);
    }
    if (!step.concurrent || scenario.steps[index + 1]?.concurrent !== step.concurrent) {
      for (const name of pending) captured.add(name);
      pending = [];
    }
  });
  return problems;
}

function checkToken(token: string, inner: string, captured: Set<string>, later: (name: string) => number): string | undefined {
  const [rawName, ...filters] = inner.split('|').map((part) => part.trim());
  const name = rawName ?? '';
  if (!NAME.test(name)) return `${token} is not a placeholder: write {{name}} or {{name|filter}}${name.includes('#') ? ' (`#` numbers copies only in a step with "copies")' : ''}`;
  if (filters.length > 1) return `${token} has ${filters.length} filters; a placeholder takes at most one (${PLACEHOLDER_FILTERS.join(', ')})`;
  const filter = filters[0];
  if (filter !== undefined && !(PLACEHOLDER_FILTERS as readonly string[]).includes(filter)) {
    return `${token} uses unknown filter "${filter}"; filters are ${PLACEHOLDER_FILTERS.join(', ')}`;
  }
  if (isBuiltInPlaceholder(name) || captured.has(name)) return undefined;
  const at = later(name);
  const where = at >= 0 ? `it is captured only by step ${at} (/steps/${at}/capture), which runs too late` : 'no step captures it';
  return `${token} uses "${name}" before any earlier step captures it: ${where}. Generated names are user<N>.<field>, group<N>.<field>, guid<N>, data.prefix; built-in: auth, run.id, base.path`;
}

/** Calls `visit` for every string (object keys included) with its JSON pointer. */
function walkStrings(value: unknown, pointer: string, visit: (text: string, pointer: string) => void): void {
  if (typeof value === 'string') visit(value, pointer);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, `${pointer}/${i}`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = `${pointer}/${escapePointer(key)}`;
      visit(key, at);
      walkStrings(item, at, visit);
    }
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
