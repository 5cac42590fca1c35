import { compileFilter, parseFilter, ScimError, type FilterNode, type FilterPredicate, type ResourceTypeDef } from '../scim/index.ts';
import { comparesComplexWhole } from './complex-filter-fault.ts';
import { foldFilterCase } from './fold-case.ts';
import { indexedLookup, type IndexedLookup } from './indexed-candidates.ts';
import type { MockContext } from './mock-context.ts';
import { isSingleEq, requireLowerCaseOperators, requireSingleEq } from './only-eq-filter.ts';

/** A list request's filter, parsed and compiled for the resource types it runs over. */
export interface PreparedFilter {
  /** The filter the engine runs (case-folded under filter-ignores-case-exact); undefined when a fault ignores it. */
  filter: FilterNode | undefined;
  /** True when the filter-ignored-unless-eq fault drops the filter: the request lists as if it had none. */
  ignored: boolean;
  /** One predicate per resource type (absent for a type the filter cannot apply to under a fault). */
  predicates: ReadonlyMap<ResourceTypeDef, FilterPredicate>;
  /** True when a fault makes the filter match nothing at all. */
  matchNothing: boolean;
  /** The index that answers it (`userName eq "…"` and the like), or undefined when it needs a scan. */
  lookup: IndexedLookup | undefined;
  /** Whether it names `groups` (users then get their derived groups before matching). */
  needsGroups: boolean;
}

/** How many prepared filters a mock keeps (first in, first out). */
const KEPT_FILTERS = 1_000;

/**
 * Keeps prepared filters by their text: an IdP sends the same `userName eq "…"` again and again (before a
 * create, on every sync cycle), and parsing and compiling cost more than the indexed lookup that answers it.
 * Only filters that prepared without an error are kept; a bad filter is parsed (and refused) every time.
 */
export class PreparedFilterCache {
  readonly #entries = new Map<string, { rts: readonly ResourceTypeDef[]; prepared: PreparedFilter }>();

  /** The filter prepared for these resource types, from the cache or prepared now. @throws ScimError as {@link prepareFilter}. */
  prepare(context: MockContext, text: string, rts: readonly ResourceTypeDef[]): PreparedFilter {
    const kept = this.#entries.get(text);
    if (kept !== undefined && sameTypes(kept.rts, rts)) return kept.prepared;
    const prepared = prepareFilter(context, text, rts);
    if (kept === undefined && this.#entries.size >= KEPT_FILTERS) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(text, { rts: [...rts], prepared });
    return prepared;
  }
}

function sameTypes(a: readonly ResourceTypeDef[], b: readonly ResourceTypeDef[]): boolean {
  return a.length === b.length && a.every((rt, i) => rt === b[i]);
}

/**
 * Parses a list filter under the mock's faults and compiles it for each resource type. Compiling comes
 * before looking at any data: an operator that does not fit its attribute's type is a 400 invalidFilter even
 * when no resource would have been compared (RFC 7644 §3.4.2.2).
 * @throws ScimError 400 invalidFilter
 * @see RFC 7644 §3.4.2.2
 */
export function prepareFilter(context: MockContext, text: string, rts: readonly ResourceTypeDef[]): PreparedFilter {
  const { behaviour } = context;
  const written = parseFilter(behaviour.valuePathAcrossValues ? splitValuePaths(text) : text);
  if (behaviour.filterOperatorsCaseSensitive) requireLowerCaseOperators(text);
  if (behaviour.filterOnlyEq) requireSingleEq(written, text);
  const ignored = behaviour.filterIgnoredUnlessEq && !isSingleEq(written);
  const filter = ignored ? undefined : behaviour.filterIgnoresCaseExact ? foldFilterCase(written) : written;
  let matchNothing = false;
  const predicates = new Map<ResourceTypeDef, FilterPredicate>();
  if (filter !== undefined) {
    for (const rt of rts) {
      try {
        predicates.set(rt, compileFilter(filter, rt));
      } catch (error) {
        if (!(behaviour.booleanOrderingAccepted && error instanceof ScimError && /cannot compare a boolean/.test(error.message))) throw error;
        matchNothing = true;
      }
    }
  }
  if (filter !== undefined && behaviour.complexFilterNeedsSubAttribute && comparesComplexWhole(filter, rts)) matchNothing = true;
  return {
    filter,
    ignored,
    predicates,
    matchNothing,
    lookup: ignored ? undefined : indexedLookup(text),
    needsGroups: !ignored && /groups/i.test(text),
  };
}

/**
 * The value-path-across-values fault: `emails[type eq "work" and value eq "x"]` becomes
 * `emails.type eq "work" and emails.value eq "x"`, whose comparisons may each match a different email.
 */
function splitValuePaths(filter: string): string {
  return filter.replace(/([A-Za-z][\w$-]*)\[([^\[\]]*)\]/g, (_all, attribute: string, inner: string) =>
    `(${inner.split(/\s+and\s+/i).map((part) => `${attribute}.${part.trim()}`).join(' and ')})`);
}
