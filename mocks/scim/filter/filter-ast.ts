/**
 * An attribute path as filters and PATCH paths write it (RFC 7644 Figure 1 `attrPath`/`valuePath`,
 * Figure 5 `PATH`): `[schemaUrn:]attribute[valueFilter][.subAttribute]`. Names are kept as the client
 * wrote them; resolution against a schema (case-insensitive) happens when a filter is compiled.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export interface AttributePath {
  schemaUrn?: string;
  attribute: string;
  valueFilter?: FilterNode;
  subAttribute?: string;
}

/** The comparison operators of RFC 7644 §3.4.2.2, Table 3 (`pr` is its own node). */
export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';

/** A `compValue` (RFC 7644 Figure 1): `false / null / true / number / string`. */
export type FilterLiteral = string | number | boolean | null;

/**
 * A parsed filter (RFC 7644 §3.4.2.2).
 * - `compare`: `attrPath op value`; `path` may carry a `valueFilter` and a `subAttribute`
 *   (`emails[type eq "work"].value eq "a@b.c"`, the form Entra sends for matching attributes).
 * - `present`: `attrPath pr`.
 * - `valuePath`: `emails[type eq "work" and value co "@x.com"]`; `path.valueFilter` is set.
 * - `and` / `or` / `not`: logical expressions.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export type FilterNode =
  | { kind: 'compare'; path: AttributePath; op: CompareOperator; value: FilterLiteral }
  | { kind: 'present'; path: AttributePath }
  | { kind: 'valuePath'; path: AttributePath }
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; filter: FilterNode };
