import { attributeTargets, COMMON_ATTRIBUTES, type AttributeTarget } from './attribute-targets.ts';
import type { DeclaredSchemas } from './declared-schemas.ts';
import { generateValue } from './generate-value.ts';

/** An attribute a check will exercise, with the values it sends. */
export interface Selected {
  target: AttributeTarget;
  /** Two different values of the declared type (variant 0 and 1). */
  values: [unknown, unknown];
}

/**
 * The declared attributes matching `wanted`, each with two generated values, up to `limit` of them; the others
 * that match but cannot be exercised (no value can be generated, a common attribute, beyond the limit) are
 * listed with the reason. `needsChange`: the check sends two different values (an immutable change).
 */
export function selectTargets(
  declared: DeclaredSchemas,
  wanted: (target: AttributeTarget) => boolean,
  options: { limit: number; needsChange?: boolean },
): { selected: Selected[]; notExercised: string[] } {
  const selected: Selected[] = [];
  const notExercised: string[] = [];
  for (const target of attributeTargets(declared).filter(wanted)) {
    if (COMMON_ATTRIBUTES.has(target.def.name) && !target.extension) {
      notExercised.push(`${target.label}: a common attribute (RFC 7643 §3.1), checked by its own rfc scenarios`);
      continue;
    }
    const first = generateValue(target.def, 0);
    const second = generateValue(target.def, 1);
    const skip = 'skip' in first ? first.skip : options.needsChange && 'skip' in second ? second.skip : undefined;
    if (skip !== undefined) {
      notExercised.push(`${target.label}: ${skip}`);
      continue;
    }
    if (selected.length >= options.limit) {
      notExercised.push(`${target.label}: beyond the cap of generated steps`);
      continue;
    }
    selected.push({ target, values: [(first as { value: unknown }).value, 'value' in second ? second.value : (first as { value: unknown }).value] });
  }
  return { selected, notExercised };
}

/** `urn:…:acme:2.0:User:badgeNumber (immutable)`: how a generated step is named. */
export function stepName(target: AttributeTarget, what: string): string {
  return `${target.label} (${what})`;
}
