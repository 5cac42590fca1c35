import type { AttributePath } from '../filter/filter-ast.ts';
import { FilterParser, type ParserMode } from '../filter/filter-parser.ts';
import { ScimError } from '../scim-error.ts';

const PATH_MODE: ParserMode = { label: 'PATCH path', scimType: 'invalidPath', rfc: 'RFC 7644 §3.5.2 (Figure 5)' };

/**
 * Parses a PATCH operation `path` (RFC 7644 §3.5.2, Figure 5: `attrPath / valuePath [subAttr]`):
 * `userName`, `name.givenName`, `urn:…:enterprise:2.0:User:manager.value`, `members[value eq "x"]`,
 * `emails[type eq "work"].value`. Names are not resolved against a schema here.
 * @throws ScimError 400 invalidPath saying what was expected and at which character (string-literal
 *   errors inside a value filter are reported as invalidPath too).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export function parsePath(text: string): AttributePath {
  try {
    return new FilterParser(text, PATH_MODE).parseWholePath();
  } catch (error) {
    if (error instanceof ScimError && error.scimType === 'invalidFilter') {
      throw new ScimError(400, `PATCH path ${JSON.stringify(text)}: ${error.detail}`, 'invalidPath');
    }
    throw error;
  }
}
