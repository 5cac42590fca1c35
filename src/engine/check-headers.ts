import type { HeaderCheck } from '../scenario/types.ts';
import type { CheckFinding } from './check-response.ts';
import type { WireResponse } from './http-client.ts';
import { readPointer } from './json-pointer.ts';
import { headerValue } from './media-type.ts';

/**
 * Checks response headers a step expects: present (Location on a create, ETag when versioning is
 * advertised), and equal to the place in the body that carries the same value.
 * @see RFC 7644 §3.3 (Location and meta.location), §3.14 (ETag and meta.version)
 */
export function checkHeaders(checks: HeaderCheck[], response: WireResponse, json: unknown, stepReference: string): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const check of checks) {
    if (check.whenStatus && !check.whenStatus.includes(response.status)) continue;
    const problem = headerProblem(check, headerValue(response.headers, check.name), json);
    // A check that says `severity: "failure"` itself is firm: it fails even in a warn-only scenario, as body checks do.
    if (problem) findings.push({ severity: check.severity ?? 'failure', reference: check.reference ?? stepReference, message: problem, ...(check.severity === 'failure' ? { firm: true } : {}) });
  }
  return findings;
}

function headerProblem(check: HeaderCheck, actual: string | undefined, json: unknown): string | undefined {
  const why = check.because ? ` Why: ${check.because}.` : '';
  const present = actual !== undefined && actual.trim() !== '';
  if (check.exists !== undefined && present !== check.exists) {
    return check.exists
      ? `expected the ${check.name} header, got none.${why} What to do: send ${check.name} with this response`
      : `expected no ${check.name} header, got ${JSON.stringify(actual)}.${why}`;
  }
  if (check.equalsPointer !== undefined && present) {
    const expected = readPointer(json, check.equalsPointer);
    if (actual !== expected) {
      return `expected the ${check.name} header to equal ${check.equalsPointer} of the body (${expected === undefined ? 'absent' : JSON.stringify(expected)}), got ${JSON.stringify(actual)}.${why} What to do: send the same value in both`;
    }
  }
  return undefined;
}
