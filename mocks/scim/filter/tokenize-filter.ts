import { ScimError } from '../scim-error.ts';

/** One lexical token of a filter or path. `start`/`end` are 0-based offsets into the text. */
export interface FilterToken {
  type: 'word' | 'string' | '(' | ')' | '[' | ']' | 'end';
  /** The raw text (for strings, including the quotes). */
  text: string;
  /** For strings, the decoded value. */
  value?: string;
  start: number;
  end: number;
}

const DELIMITERS = new Set(['(', ')', '[', ']']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Splits a filter (RFC 7644 Figure 1) or PATCH path (Figure 5) into tokens: words (attribute paths,
 * operators, `and`/`or`/`not`, `true`/`false`/`null`, numbers), JSON strings and the four brackets.
 * @throws ScimError 400 invalidFilter for an unterminated or malformed string literal.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function tokenizeFilter(text: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
    } else if (DELIMITERS.has(ch)) {
      tokens.push({ type: ch as FilterToken['type'], text: ch, start: i, end: i + 1 });
      i++;
    } else if (ch === '"') {
      tokens.push(readString(text, i));
      i = tokens[tokens.length - 1]!.end;
    } else {
      const start = i;
      while (i < text.length && !isSpace(text[i]!) && !DELIMITERS.has(text[i]!) && text[i] !== '"') i++;
      tokens.push({ type: 'word', text: text.slice(start, i), start, end: i });
    }
  }
  tokens.push({ type: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}

function readString(text: string, start: number): FilterToken {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  if (i >= text.length) {
    throw new ScimError(
      400,
      `Filter ${JSON.stringify(text)} at character ${start + 1}: expected a closing '"' for the string that starts there but found the end of the filter. ` +
        `RFC 7644 §3.4.2.2 writes string values as JSON strings; close the quote (and escape inner quotes as \\").`,
      'invalidFilter',
    );
  }
  const raw = text.slice(start, i + 1);
  try {
    return { type: 'string', text: raw, value: JSON.parse(raw) as string, start, end: i + 1 };
  } catch {
    throw new ScimError(
      400,
      `Filter ${JSON.stringify(text)} at character ${start + 1}: expected a JSON string but found ${raw}, which is not valid JSON (bad escape or control character). ` +
        `RFC 7644 §3.4.2.2 writes string values as JSON strings (RFC 7159); escape it as JSON does.`,
      'invalidFilter',
    );
  }
}
