import type { ProofRun } from './proof-runs.ts';

/**
 * Proofs of the schema-driven checks (issue 17 item 3, src/schema-driven/): each schema fault of the embedded mock
 * breaks one characteristic its custom acme extension declares, and the check generated for that attribute must
 * fail naming it. The runs select the schema-driven scenarios only (a full rfc run costs more, and the other
 * checks have their own proofs). foldSchemaProofs adds them to PROOF_RUNS, with what these checks also catch in
 * the runs already there (SCHEMA_COLLATERAL, keyed by a run's faults).
 */
const SCHEMA_CHECKS = ['case-exact-filter', 'definitions-well-formed', 'extension-bulk-reference', 'extension-required', 'mutability-immutable', 'mutability-read-only', 'returned-never', 'returned-request', 'types-round-trip', 'uniqueness-server'].map((id) => `rfc/schema-${id}`);
const ONLY_SCHEMA_CHECKS = ['--scenario', SCHEMA_CHECKS.join(',')];
const ACME = 'urn:ietf:params:scim:schemas:extension:acme:2\\.0:User';
/** Every pattern must occur in the failure text, in any order. */
const all = (...parts: string[]) => new RegExp(parts.map((p) => `(?=[\\s\\S]*${p})`).join(''));

export const SCHEMA_PROOF_RUNS: ProofRun[] = [
  {
    title: 'schema-driven: malformed /Schemas definitions, an immutable attribute overwritten, a readOnly one stored, writeOnly and returned-request ones returned',
    idps: ['rfc'],
    faults: ['schema-attribute-malformed', 'immutable-overwritten', 'read-only-stored', 'write-only-returned', 'returned-request-always'],
    args: ONLY_SCHEMA_CHECKS,
    expected: {
      'rfc/schema-definitions-well-formed': all(
        `mutability to be one of .*got "\\\\"writeOnly\\\\"". Why: ${ACME}:pinCode`,
        `subAttributes to hold at most 0 item\\(s\\), got 1. Why: ${ACME}:remote: a simple \\(boolean\\) attribute`,
        'name to match .*got "hourly rate"',
        `type not to equal "complex", got that value. Why: ${ACME}:vehicle\\.model`,
      ),
      'rfc/schema-types-round-trip': new RegExp(`${ACME}/hourly rate to equal 4\\.5, got nothing`),
      'rfc/schema-mutability-immutable': new RegExp(`${ACME}/badgeNumber to equal "[^"]+badgeNumber-a", got "[^"]+badgeNumber-b". Why: ${ACME}:badgeNumber is immutable`),
      'rfc/schema-mutability-read-only': new RegExp(`${ACME}/enrolledAt not to equal "2026-01-02T03:04:05Z", got that value. Why: .*readOnly`),
      'rfc/schema-returned-never': new RegExp(`${ACME}/pinCode to be absent, got "[^"]+". Why: .*never returned`),
      'rfc/schema-returned-request': new RegExp(`${ACME}/auditNote to be absent, got "[^"]+". Why: .*only when the attributes parameter names it`),
    },
  },
  {
    title: 'schema-driven (--strict): required extension attributes not demanded, a unique one duplicated, typed values stringified, a bulkId left in an extension',
    idps: ['rfc'],
    faults: ['extension-required-ignored', 'extension-uniqueness-ignored', 'extension-types-stringified', 'bulk-id-unresolved-in-extensions'],
    args: ['--strict', ...ONLY_SCHEMA_CHECKS],
    expected: {
      'rfc/schema-extension-required': new RegExp(`the server created a User whose ${ACME} lacks the required clearance`),
      'rfc/schema-uniqueness-server': new RegExp(`created a second resource holding the same ${ACME}:badgeNumber.*no two resources SHOULD possess the same value`),
      'rfc/schema-types-round-trip': new RegExp(`${ACME}/remote to equal true, got "true"`),
      'rfc/schema-extension-bulk-reference': /enterprise:2\.0:User\/manager\/value to equal "[0-9a-f-]{36}", got "bulkId:sponsor1"/,
    },
  },
];

/** What the schema-driven checks also catch in the full rfc proof runs of PROOF_RUNS, keyed by the run's faults. */
export const SCHEMA_COLLATERAL: Record<string, Record<string, RegExp>> = {
  'error-status-as-number,case-sensitive-username-filter,patch-ignores-pathless-replace,patch-rejects-filter-path,ignore-excluded-attributes,password-returned': {
    'rfc/schema-returned-never': /expected \/password to be absent, got "[^"]+". Why: urn:ietf:params:scim:schemas:core:2\.0:User:password is writeOnly/,
  },
  'error-without-scim-schema,patch-noop-rejected,no-etag,ignore-count,deactivate-deletes-user,no-location-header': {
    'rfc/schema-uniqueness-server': /expected \/scimType to equal "uniqueness", got nothing/,
  },
  'discovery-by-id-404,sort-ignored,ignore-startindex,ignore-attributes,filter-ignores-case-exact': {
    'rfc/schema-case-exact-filter': new RegExp(`expected /totalResults to equal 0, got 1. Why: ${ACME}:badgeNumber is caseExact`),
    'rfc/schema-returned-request': new RegExp(`${ACME}/auditNote to equal "[^"]+" ignoring case, got nothing. Why: .*asked for by name it comes back`),
  },
  'username-case-sensitive,unique-emails,patch-add-replaces-multi-valued,patch-noop-rejected,startindex-below-one-rejected,count-above-max-rejected,filter-404-when-empty,spc-incomplete': {
    'rfc/schema-case-exact-filter': /expected status 200, got 404 Not Found/,
  },
};

/** Adds the schema-driven proofs to `runs` (PROOF_RUNS): their collateral in the runs there, then their own runs. */
export function foldSchemaProofs(runs: ProofRun[]): void {
  for (const run of runs) Object.assign(run.expected, SCHEMA_COLLATERAL[run.faults.join(',')] ?? {});
  runs.push(...SCHEMA_PROOF_RUNS);
}
