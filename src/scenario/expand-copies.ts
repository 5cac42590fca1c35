import type { Step } from './types.ts';

const TOKEN = /\{\{([^{}]*)\}\}/g;

/** The copy marker inside a placeholder name: `{{user#.userName}}`, `member#Id`. */
export const COPY_MARK = '#';

/**
 * The requests a step stands for: itself, or with `copies: N` one plain step per copy, numbered from 1.
 * In copy n, `#` inside every placeholder name becomes n and `{{copy}}` becomes n, in the request, the
 * expectations and the capture names, so each copy can address its own user or keep its own id.
 * @example expandCopies({ ...step, copies: 2 }).map((s) => s.request.path) // ['/Users/{{member1Id}}', '/Users/{{member2Id}}']
 * @see src/scenario/types.ts (Step.copies)
 */
export function expandCopies(step: Step): Step[] {
  if (!step.copies) return [step];
  return Array.from({ length: step.copies }, (_unused, i) => copyOf(step, i + 1));
}

/** One copy of a step: placeholders numbered, `copies` dropped (a copy is a plain step). */
export function copyOf(step: Step, n: number): Step {
  const { copies: _copies, capture, ...plain } = step;
  const numbered: Step = { ...plain, request: renumber(step.request, n) as Step['request'], expect: renumber(step.expect, n) as Step['expect'] };
  if (capture) numbered.capture = Object.fromEntries(Object.entries(capture).map(([name, pointer]) => [name.replaceAll(COPY_MARK, String(n)), pointer]));
  return { ...numbered, name: `${step.name} (copy ${n} of ${step.copies ?? 1})` };
}

/** Every placeholder in every string (object keys too) with `#` as n and `{{copy}}` as n. */
function renumber(value: unknown, n: number): unknown {
  if (typeof value === 'string') return renumberText(value, n);
  if (Array.isArray(value)) return value.map((item) => renumber(item, n));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [renumberText(key, n), renumber(item, n)]));
  }
  return value;
}

function renumberText(text: string, n: number): string {
  if (!text.includes('{{')) return text;
  return text.replace(TOKEN, (token, inner: string) => {
    if (inner.trim() === 'copy') return String(n);
    return inner.includes(COPY_MARK) ? `{{${inner.replaceAll(COPY_MARK, String(n))}}}` : token;
  });
}
