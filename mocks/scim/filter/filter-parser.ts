import { splitAttributePath } from '../attribute-lookup.ts';
import { ScimError, type ScimType } from '../scim-error.ts';
import type { AttributePath, CompareOperator, FilterLiteral, FilterNode } from './filter-ast.ts';
import { tokenizeFilter, type FilterToken } from './tokenize-filter.ts';

const COMPARE_OPERATORS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const ATTRIBUTE_NAME = /^\$?[A-Za-z][A-Za-z0-9_-]*$/;
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;

/** What the parser is reading: a `filter` query parameter or a PATCH `path`. */
export interface ParserMode {
  label: string;
  scimType: ScimType;
  rfc: string;
}

export const FILTER_MODE: ParserMode = { label: 'Filter', scimType: 'invalidFilter', rfc: 'RFC 7644 §3.4.2.2 (Figure 1)' };

/**
 * A recursive-descent parser over {@link tokenizeFilter} tokens. Precedence, loosest first: `or`, `and`,
 * `not (…)`/`(…)`; keywords and operators are case-insensitive (RFC 7644 §3.4.2.2).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export class FilterParser {
  private readonly tokens: FilterToken[];
  private position = 0;
  private insideValueFilter = false;

  constructor(
    private readonly text: string,
    private readonly mode: ParserMode = FILTER_MODE,
  ) {
    this.tokens = tokenizeFilter(text);
  }

  /** Parses the whole text as a filter. */
  parseWholeFilter(): FilterNode {
    const node = this.parseOr();
    this.expectEnd('"and", "or" or the end of the filter');
    return node;
  }

  /** Parses the whole text as one attribute path (the PATCH `path` grammar). */
  parseWholePath(): AttributePath {
    const path = this.parseAttributePath();
    this.expectEnd('the end of the path (a value filter "[…]" may only follow the attribute, and ".subAttribute" after it)');
    return path;
  }

  private peek(): FilterToken {
    return this.tokens[this.position]!;
  }

  private next(): FilterToken {
    return this.tokens[this.position++]!;
  }

  private isKeyword(token: FilterToken, keyword: string): boolean {
    return token.type === 'word' && token.text.toLowerCase() === keyword;
  }

  private expectEnd(expected: string): void {
    const token = this.peek();
    if (token.type !== 'end') this.fail(token, expected);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isKeyword(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isKeyword(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (token.type === '(') {
      this.next();
      const inner = this.parseOr();
      this.expectClose(')', token);
      return inner;
    }
    if (this.isKeyword(token, 'not') && this.tokens[this.position + 1]!.type === '(') {
      this.next();
      const open = this.next();
      const inner = this.parseOr();
      this.expectClose(')', open);
      return { kind: 'not', filter: inner };
    }
    if (token.type === 'word') return this.parseAttributeExpression();
    return this.fail(token, 'an attribute name, "(" or "not ("');
  }

  private expectClose(close: ')' | ']', open: FilterToken): void {
    const token = this.peek();
    if (token.type !== close) this.fail(token, `"${close}" to close the "${open.text}" at character ${open.start + 1}`);
    this.next();
  }

  private parseAttributeExpression(): FilterNode {
    const path = this.parseAttributePath();
    const token = this.peek();
    if (path.valueFilter && path.subAttribute === undefined) {
      if (token.type === 'word' && (COMPARE_OPERATORS.has(token.text.toLowerCase()) || token.text.toLowerCase() === 'pr')) {
        this.fail(token, `"and", "or", "]" or ")"; a value filter "${path.attribute}[…]" is itself the test (to compare a sub-attribute write "${path.attribute}[…].value ${token.text} …")`);
      }
      return { kind: 'valuePath', path };
    }
    if (token.type !== 'word') return this.fail(token, 'an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)');
    const op = token.text.toLowerCase();
    if (op === 'pr') {
      this.next();
      return { kind: 'present', path };
    }
    if (!COMPARE_OPERATORS.has(op)) return this.fail(token, 'an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)');
    this.next();
    return { kind: 'compare', path, op: op as CompareOperator, value: this.parseLiteral(path) };
  }

  private parseLiteral(path: AttributePath): FilterLiteral {
    const token = this.peek();
    if (token.type === 'string') {
      this.next();
      return token.value!;
    }
    if (token.type === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'true' || lower === 'false' || lower === 'null' || JSON_NUMBER.test(token.text)) {
        this.next();
        return lower === 'true' ? true : lower === 'false' ? false : lower === 'null' ? null : Number(token.text);
      }
      return this.fail(token, 'a comparison value: a quoted string, a number, true, false or null', `quote string values, e.g. ${path.attribute} eq "${token.text}"`);
    }
    return this.fail(token, 'a comparison value: a quoted string, a number, true, false or null');
  }

  /** `[urn:]attr[.sub]` or `[urn:]attr[valFilter][.sub]`. */
  parseAttributePath(): AttributePath {
    const token = this.peek();
    if (token.type !== 'word') return this.fail(token, 'an attribute name');
    this.next();
    const ref = splitAttributePath(token.text);
    if (ref.schemaUrn !== undefined && !URN.test(ref.schemaUrn)) {
      this.fail(token, 'a schema URN such as "urn:ietf:params:scim:schemas:core:2.0:User" before the attribute name', undefined, true);
    }
    this.checkName(token, ref.attribute);
    const path: AttributePath = { attribute: ref.attribute };
    if (ref.schemaUrn !== undefined) path.schemaUrn = ref.schemaUrn;
    if (ref.subAttribute !== undefined) {
      this.checkName(token, ref.subAttribute);
      path.subAttribute = ref.subAttribute;
    }
    const open = this.peek();
    if (open.type !== '[' || open.start !== token.end) return path;
    if (this.insideValueFilter) this.fail(open, 'a sub-attribute name; value filters cannot be nested');
    if (path.subAttribute !== undefined) this.fail(open, `an operator; a value filter must follow the multi-valued attribute itself ("${path.attribute}[…].${path.subAttribute}")`);
    this.next();
    this.insideValueFilter = true;
    path.valueFilter = this.parseOr();
    this.insideValueFilter = false;
    this.expectClose(']', open);
    const close = this.tokens[this.position - 1]!;
    const sub = this.peek();
    if (sub.type === 'word' && sub.start === close.end && sub.text.startsWith('.')) {
      this.next();
      this.checkName(sub, sub.text.slice(1));
      path.subAttribute = sub.text.slice(1);
    }
    return path;
  }

  private checkName(token: FilterToken, name: string): void {
    if (!ATTRIBUTE_NAME.test(name)) {
      this.fail(token, 'an attribute name (a letter, then letters, digits, "-" or "_"; at most one ".subAttribute")', undefined, true);
    }
  }

  private fail(token: FilterToken, expected: string, hint?: string, consumed = false): never {
    const found = token.type === 'end' ? 'the end of the input' : token.type === 'string' ? `the string ${token.text}` : `"${token.text}"`;
    const where = consumed ? `the token at character ${token.start + 1}` : `character ${token.start + 1}`;
    throw new ScimError(
      400,
      `${this.mode.label} ${JSON.stringify(this.text)} at ${where}: expected ${expected} but found ${found}. ` +
        `The grammar is ${this.mode.rfc}${hint ? `; ${hint}` : ''}.`,
      this.mode.scimType,
    );
  }
}
