import { ScimError } from '../scim/index.ts';

/** Longest filter or PATCH path the mock parses (characters). */
export const MAX_FILTER_LENGTH = 10_000;
/** Deepest `(`/`[` nesting the mock parses. */
export const MAX_FILTER_NESTING = 64;

/**
 * Rejects filters (and PATCH paths) too long or too deeply nested to parse safely, before they reach
 * the recursive parser: a client must get 400 invalidFilter, never a stack overflow answered 500.
 * @throws ScimError 400 invalidFilter (scimType invalidPath when `where` is a PATCH path)
 * @see RFC 7644 §3.4.2.2, §3.12
 */
export function checkFilterLimits(text: string, where: 'filter' | 'PATCH path' = 'filter'): void {
  const scimType = where === 'filter' ? 'invalidFilter' : 'invalidPath';
  if (text.length > MAX_FILTER_LENGTH) {
    throw new ScimError(400, `${where}: expected at most ${MAX_FILTER_LENGTH} characters, got ${text.length}. Split the query into smaller ones.`, scimType);
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[') {
      if (++depth > MAX_FILTER_NESTING) {
        throw new ScimError(400, `${where}: expected at most ${MAX_FILTER_NESTING} nested parentheses or brackets, got more. Flatten the expression.`, scimType);
      }
    } else if (c === ')' || c === ']') depth--;
  }
}
