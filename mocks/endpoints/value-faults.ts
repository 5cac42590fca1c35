import { ScimError } from '../scim/index.ts';
import type { MockContext } from './mock-context.ts';

const BOOLEAN_NAMES = new Set(['active', 'primary']);

/**
 * The empty-string-rejected and boolean-strings-rejected faults, on a POST/PUT body (`resource`) or on
 * the operations of a PATCH (`patch`): a `""` anywhere, or `active`/`primary` sent as a string, is refused.
 * @throws ScimError 400 invalidValue
 * @see RFC 7643 §2.3.2 (boolean), §2.5 (unassigned values)
 */
export function rejectValueFaults(context: MockContext, input: Record<string, unknown> | readonly Record<string, unknown>[], kind: 'resource' | 'patch'): void {
  const { emptyStringRejected, booleanStringsRejected } = context.behaviour;
  if (!emptyStringRejected && !booleanStringsRejected) return;
  const visit = (value: unknown, name: string | undefined, where: string): void => {
    if (typeof value === 'string') {
      if (emptyStringRejected && value === '') throw new ScimError(400, `${where}: an empty string is not a valid value; send the attribute with a value or leave it out.`, 'invalidValue');
      if (booleanStringsRejected && name !== undefined && BOOLEAN_NAMES.has(name.toLowerCase())) {
        throw new ScimError(400, `${where}: ${JSON.stringify(value)} is a string; ${name} is a boolean and takes true or false (RFC 7643 §2.3.2).`, 'invalidValue');
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item) => visit(item, name, where));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) visit(inner, key, `${where}.${key}`);
  };
  if (kind === 'resource') {
    visit(input, undefined, 'body');
    return;
  }
  for (const [index, op] of (input as readonly Record<string, unknown>[]).entries()) {
    const path = typeof op['path'] === 'string' ? op['path'] : undefined;
    // The attribute a path names: after the last ":" of a URN and the last "." (`emails[type eq "work"].primary`).
    const name = path?.replace(/\[.*\]/, '').split(/[:.]/).pop();
    visit(op['value'], name, `Operations[${index}] (path ${path ?? 'none'})`);
  }
}
