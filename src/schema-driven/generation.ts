import type { Step } from '../scenario/types.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';

/** What one schema-driven check generates: ordinary steps, and what it left out, each with the reason. */
export interface Generation {
  steps: Step[];
  /** `<attribute label>: <why>`: declared, but not exercised by this check. */
  notExercised: string[];
  /** Why nothing at all could be generated (the scenario is then skipped with it). */
  nothing?: string;
}

/** A generator: the server's declarations in, steps out. Pure. */
export type Generator = (declared: DeclaredSchemas, options: { maxSteps: number }) => Generation;

