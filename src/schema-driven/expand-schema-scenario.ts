import type { Scenario, SchemaDrivenCheck } from '../scenario/types.ts';
import { checkBulkReference } from './check-bulk-reference.ts';
import { checkDefinitions } from './check-definitions.ts';
import { checkImmutable } from './check-immutable.ts';
import { checkRequired } from './check-required.ts';
import { checkReturnedRequest, checkWriteOnly } from './check-returned.ts';
import { checkReadOnly, checkRoundTrip } from './check-round-trip.ts';
import { checkCaseExact } from './check-case-exact.ts';
import { checkUniqueness } from './check-uniqueness.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import type { Generator } from './generation.ts';

/** The cap on generated steps per scenario unless it sets `schemaDriven.maxSteps`: bounded work on any server. */
export const DEFAULT_MAX_STEPS = 40;

const GENERATORS: Readonly<Record<SchemaDrivenCheck, Generator>> = {
  definitions: checkDefinitions,
  immutable: checkImmutable,
  'read-only': checkReadOnly,
  'write-only': checkWriteOnly,
  'returned-request': checkReturnedRequest,
  required: checkRequired,
  'round-trip': checkRoundTrip,
  uniqueness: checkUniqueness,
  'case-exact': checkCaseExact,
  'bulk-reference': checkBulkReference,
};

/** A schema-driven scenario made concrete, or why it cannot run on this server. */
export type Expansion =
  | { scenario: Scenario; notExercised: string[] }
  | { skip: string };

/**
 * Expands a scenario with `schemaDriven` into ordinary steps generated from the server's declarations (its own
 * steps, if any, come first), at most `maxSteps` of them. A scenario without `schemaDriven` comes back as is.
 * Nothing to generate (no attribute with the characteristic, declarations unreadable) is a skip with the reason:
 * the server declared nothing to check, which is no failure.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function expandSchemaScenario(scenario: Scenario, declared: DeclaredSchemas): Expansion {
  if (!scenario.schemaDriven) return { scenario, notExercised: [] };
  const maxSteps = scenario.schemaDriven.maxSteps ?? DEFAULT_MAX_STEPS;
  if (declared.schemas.length === 0 && declared.problem) return { skip: `schema-driven: the server's declarations could not be read: ${declared.problem}` };
  const generated = GENERATORS[scenario.schemaDriven.check](declared, { maxSteps });
  if (generated.steps.length === 0) return { skip: `schema-driven: ${generated.nothing ?? 'nothing to check'}` };
  const steps = generated.steps.slice(0, maxSteps);
  const capped = generated.steps.length > maxSteps ? [`${generated.steps.length - maxSteps} generated step(s) beyond the cap of ${maxSteps}`] : [];
  return { scenario: { ...scenario, steps: [...scenario.steps, ...steps] }, notExercised: [...generated.notExercised, ...capped] };
}
