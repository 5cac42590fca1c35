import { ScimError } from '../scim/index.ts';

/** Lone UTF-16 surrogates and NUL: legal in JSON escapes, but no SCIM string should carry them. */
const ODD_CHARACTERS = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/;

/**
 * Parses a SCIM request body: a JSON object, nested at most `maxDepth` levels, whose strings hold no
 * lone surrogates or NUL characters.
 * @throws ScimError 400 invalidSyntax (empty, malformed, not an object, too deep) or invalidValue (odd characters).
 * @see RFC 7644 §3.12 (invalidSyntax, invalidValue)
 */
export function parseJsonBody(text: string, maxDepth: number): Record<string, unknown> {
  if (text.trim() === '') throw syntax('expected a JSON object, got an empty body');
  const depth = nestingDepth(text);
  if (depth > maxDepth) throw syntax(`expected JSON nested at most ${maxDepth} levels, got ${depth}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw syntax(`expected valid JSON, got a parse error (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw syntax(`expected a JSON object, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}`);
  }
  const odd = findOddString(parsed);
  if (odd !== undefined) {
    throw new ScimError(
      400,
      `Request body: expected well-formed Unicode text, got a string at ${odd} holding a lone surrogate or NUL. ` +
        'Such values cannot be stored or compared reliably; send well-formed strings.',
      'invalidValue',
    );
  }
  return parsed as Record<string, unknown>;
}

/** The deepest bracket nesting in a JSON text, ignoring brackets inside strings (no recursion). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function findOddString(value: unknown, path = '$'): string | undefined {
  if (typeof value === 'string') return ODD_CHARACTERS.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (ODD_CHARACTERS.test(key)) return `${path} (a key)`;
    const found = findOddString(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function syntax(what: string): ScimError {
  return new ScimError(400, `Request body: ${what}. SCIM bodies are JSON objects (RFC 7644 §3.1); fix the payload.`, 'invalidSyntax');
}
