import type { FilterNode } from './filter-ast.ts';
import { FilterParser } from './filter-parser.ts';

/**
 * Parses a SCIM filter (RFC 7644 §3.4.2.2, the ABNF of Figure 1) into a {@link FilterNode}: the ten
 * operators, `and`/`or`/`not` with precedence `not` > `and` > `or`, parentheses, value paths
 * (`emails[type eq "work"]`) and the sub-attribute-after-filter form Entra sends
 * (`emails[type eq "work"].value eq "a@b.c"`). Operators and keywords are case-insensitive. Attribute
 * names are not checked against a schema here; {@link matchesFilter} resolves them.
 * @throws ScimError 400 invalidFilter saying what was expected, at which character, and what was found.
 * @example parseFilter('userName eq "bjensen" and not (emails co "example.org")')
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function parseFilter(text: string): FilterNode {
  return new FilterParser(text).parseWholeFilter();
}
