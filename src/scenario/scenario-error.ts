import type { SchemaProblem } from '../schemas/index.ts';

export interface ScenarioErrorDetails {
  /** The scenario file, relative to the folder above `scenarios/` (e.g. `scenarios/okta/create-user.json`). */
  file: string;
  /** What is wrong, each at a JSON pointer into the file (`/steps/2/expect/status`); the first is the headline. */
  problems: SchemaProblem[];
  /** Why it matters. */
  why: string;
  /** What to do about it. */
  todo: string;
  /** Overrides the `<file> <pointer>` prefix of the headline, e.g. `file:line:column` for JSON syntax errors. */
  where?: string;
}

/**
 * A scenario file that cannot be used as it is. The message names the file, the JSON path,
 * what is wrong (with the value found), why it matters and what to do.
 * @example scenarios/okta/x.json /steps/2/expect/status: must be integer or must be array (got "200").
 */
export class ScenarioError extends Error {
  readonly file: string;
  /** JSON pointer of the first problem (`''` for the whole file). */
  readonly pointer: string;
  readonly problems: SchemaProblem[];

  constructor({ file, problems, why, todo, where }: ScenarioErrorDetails) {
    const [first, ...rest] = problems;
    const at = (p: SchemaProblem) => (p.pointer ? `${file} ${p.pointer}` : file);
    const lines = [`${where ?? at(first!)}: ${first?.message ?? 'is not a usable scenario'}.`];
    for (const p of rest) lines.push(`  also ${p.pointer || '(root)'}: ${p.message}.`);
    lines.push(`Why: ${why}. What to do: ${todo}.`);
    super(lines.join('\n'));
    this.name = 'ScenarioError';
    this.file = file;
    this.pointer = first?.pointer ?? '';
    this.problems = problems;
  }
}
