import type { ErrorObject } from 'ajv';

/** One schema violation: where (JSON pointer into the checked data, `''` for the root) and what is wrong. */
export interface SchemaProblem {
  pointer: string;
  message: string;
}

/** Extra words for formats whose name alone does not say what is expected. */
const FORMAT_HINTS: Record<string, string> = {
  'scim-date-time': 'an xsd:dateTime such as 2010-01-23T04:56:22Z (RFC 7643 §2.3.5)',
  uri: 'an absolute URI',
  'uri-reference': 'a URI or relative reference',
};

/** Keywords whose message is clearer with the value that came back. */
const SHOW_VALUE = new Set(['type', 'contains', 'enum', 'const', 'format', 'pattern', 'minimum', 'maximum', 'minLength', 'minItems']);

/**
 * Turns ajv errors (compiled with `allErrors` and `verbose`) into one problem per violation, each
 * naming the allowed values, the missing property or the value that came back. The noise ajv adds
 * is folded away: `if` wrappers, per-item misses inside `contains`, and `oneOf`/`anyOf` branches
 * (merged into one "… or …" problem at the alternative's location).
 * @see https://ajv.js.org/api.html#error-objects
 */
export function describeAjvErrors(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  const all = (errors ?? []).filter((e) => e.keyword !== 'if' && !e.schemaPath.includes('/contains/'));
  const alternatives = all.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const isBranch = (e: ErrorObject) => alternatives.some((alt) => e !== alt && e.schemaPath.startsWith(`${alt.schemaPath}/`));
  return all
    .filter((e) => !isBranch(e))
    .map((e) => {
      if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') return { pointer: e.instancePath, message: describeOne(e) };
      const branches = all.filter((b) => b !== e && b.schemaPath.startsWith(`${e.schemaPath}/`) && b.keyword !== e.keyword);
      const parts = branches.map((b) => {
        const rest = b.instancePath.slice(e.instancePath.length);
        return rest ? `${rest} ${describeOne(b, false)}` : describeOne(b, false);
      });
      const unique = [...new Set(parts)];
      const message = unique.length ? unique.join(' or ') : (e.message ?? e.keyword);
      return { pointer: e.instancePath, message: `${message}${gotSuffix(e.data)}` };
    });
}

function describeOne(e: ErrorObject, withValue = true): string {
  const p = e.params as Record<string, unknown>;
  const base = ((): string => {
    switch (e.keyword) {
      case 'enum':
        return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      case 'const':
        return `must be ${JSON.stringify(p.allowedValue)}`;
      case 'type':
        return `must be ${String(p.type).split(',').join(' or ')}`;
      case 'additionalProperties':
        return `must NOT have additional property '${String(p.additionalProperty)}'`;
      case 'contains': {
        const wanted = (e.schema as { const?: unknown } | undefined)?.const;
        return wanted === undefined ? (e.message ?? 'must contain a valid item') : `must contain ${JSON.stringify(wanted)}`;
      }
      case 'format': {
        const hint = FORMAT_HINTS[String(p.format)];
        return `must match format "${String(p.format)}"${hint ? ` (${hint})` : ''}`;
      }
      default:
        return e.message ?? `fails ${e.keyword}`;
    }
  })();
  return withValue && SHOW_VALUE.has(e.keyword) ? `${base}${gotSuffix(e.data)}` : base;
}

function gotSuffix(data: unknown): string {
  if (data === undefined) return '';
  const text = JSON.stringify(data) ?? String(data);
  return ` (got ${text.length > 80 ? `${text.slice(0, 77)}...` : text})`;
}
