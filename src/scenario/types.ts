/**
 * The scenario format: one IdP request sequence, kept as data in `scenarios/<idp>/<id>.json`
 * and validated against `scenarios/scenario.schema.json` when loaded.
 *
 * Strings anywhere in a request (path, query, header values, body) may hold placeholders
 * `{{name}}` or `{{name|filter}}`, filled at run time:
 * - generated data: `user1.userName`, `user1.givenName`, `user1.familyName`, `user1.middleName`,
 *   `user1.displayName`, `user1.email`, `user1.externalId` (a GUID), `user1.oktaId` (`00u…`),
 *   `user1.password` (8 alphanumerics), `user1.phone` (E.164), `user1.title`, `user1.department`,
 *   `user1.employeeNumber`, `group1.displayName`, `group1.externalId`, `guid1` (a random GUID), … any index;
 * - `data.prefix`: the start shared by every userName and group name the scenario generates
 *   (`scimtest-<run>-<tag>-`), so `userName sw "{{data.prefix}}"` finds this scenario's users and no others;
 * - `auth`: the Authorization value the run was given (`Bearer T`, the raw header, or `Basic …`);
 * - `run.id`: the run's marker; `base.path`: the path part of the base URL;
 * - captures: a name set by an earlier step's `capture`.
 * Filters: `url` (encodeURIComponent, space as `%20`), `form` (form encoding, space as `+`, as .NET's
 * HttpUtility.UrlEncode does), `upper`, `lower`, `lastSegment` (the last path segment of a URL: the id in a location),
 * `fullwidth` (printable ASCII as its fullwidth form, U+FF01–U+FF5E).
 * A JSON body string that is exactly one placeholder takes the value's own type.
 */
export interface Scenario {
  /** kebab-case, unique within the IdP; the result id is `<idp>/<id>`. */
  id: string;
  /** The suite (IdP or dialect) this sequence belongs to, e.g. `okta`, `entra`, `onelogin`, `rfc`. */
  idp: string;
  title: string;
  /** The row of the cross-IdP matrix this scenario fills. */
  operation: Operation;
  source: ScenarioSource;
  /** What the target must offer; a profile or server without it skips the scenario with that reason. */
  requires?: Capability[];
  /** Set when the scenario needs data the harness did not create: it runs only when asked for by name. */
  optIn?: string;
  /** Profiles this scenario is written for; absent means every profile. */
  profiles?: string[];
  /**
   * Set when the scenario's subject rests on an [INFERRED] fact or on indirect evidence (a vendor's reference
   * server or test plan, not a capture of the IdP): its own failures are reported as warnings, with this
   * reason. Set-up steps that other scenarios check keep their verdict.
   */
  warnOnly?: string;
  /**
   * Set when the scenario reads what the whole server holds (a total kept across pages, which resource comes
   * next on a page), so another scenario writing at the same time could change its answer: against a shared
   * server (--base-url) it runs alone, with this reason. The embedded mock is one per worker and needs no such care.
   */
  exclusive?: string;
  /**
   * The RFC 7643/7644 requirements this scenario checks (ids in scenarios/rfc-requirements.json); the catalogue
   * names this scenario under each of them.
   * @see https://www.rfc-editor.org/rfc/rfc7644
   */
  requirements?: string[];
  /**
   * Set on a schema-driven check: its steps are generated at run time from the server's own /Schemas and
   * /ResourceTypes, one or more per declared attribute with the characteristic named here (`steps` may then
   * be empty; any given steps come first).
   * @see src/schema-driven/expand-schema-scenario.ts
   * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
   */
  schemaDriven?: SchemaDriven;
  steps: Step[];
}

/** What a schema-driven scenario generates: the characteristic it checks, and at most `maxSteps` steps (default 40). */
export interface SchemaDriven {
  check: SchemaDrivenCheck;
  maxSteps?: number;
}

export type SchemaDrivenCheck =
  | 'definitions'
  | 'immutable'
  | 'read-only'
  | 'write-only'
  | 'returned-request'
  | 'required'
  | 'round-trip'
  | 'uniqueness'
  | 'case-exact'
  | 'bulk-reference';

export type Operation =
  | 'connect'
  | 'import'
  | 'create'
  | 'lookup'
  | 'update'
  | 'deactivate'
  | 'reactivate'
  | 'delete'
  | 'group-create'
  | 'membership'
  | 'group-update'
  | 'group-delete'
  | 'conflict'
  | 'error-handling'
  | 'protocol';

/**
 * What a target may lack. A profile declares it (`lacks`); for the rfc suite the server's own
 * ServiceProviderConfig and ResourceTypes declare it too (src/run/discover-capabilities.ts):
 * `patch`, `bulk`, `filter`, `change-password`, `sort`, `etag` from ServiceProviderConfig (RFC 7643 §5);
 * `users`, `groups`, `enterprise-extension` from ResourceTypes (RFC 7643 §6).
 */
export type Capability =
  | 'users'
  | 'groups'
  | 'user-delete'
  | 'patch'
  | 'filter'
  | 'password'
  | 'enterprise-extension'
  | 'sort'
  | 'etag'
  | 'bulk'
  | 'change-password';

export interface ScenarioSource {
  /** Where the sequence is documented, e.g. `docs/idp/okta.md §3.7`. */
  reference: string;
  /** Each fact this scenario rests on that the reference marks [INFERRED], in words. */
  inferred?: string[];
  notes?: string;
}

export interface Step {
  name: string;
  /**
   * True for a step the IdP does not send but the harness needs (setting up a user the sequence acts on).
   * Reports mark such steps, so nobody mistakes them for IdP traffic.
   */
  harness?: boolean;
  /**
   * Sent only when an earlier step (1-based `step`) was answered with one of `status`: an IdP's branch on
   * the server's answer, e.g. JumpCloud deactivates its test user when DELETE answers 405 or 501.
   * Otherwise the step is not sent and not judged.
   */
  onlyIf?: { step: number; status: number[] };
  /**
   * Marks a set-up step: one the scenario needs before it reaches its subject, and that another scenario
   * (`<idp>/<id>`, named here) checks as its own subject. When this step fails and that scenario runs in the
   * same run, this scenario is reported as blocked, naming it, rather than failed a second time.
   */
  setup?: string;
  request: StepRequest;
  expect: Expectation;
  /** Values to keep for later steps: name → JSON pointer into the response body (`/id`, `/Resources/0/id`). */
  capture?: Record<string, string>;
  /** Why the expectation holds: the RFC section or the IdP behaviour, e.g. `RFC 7644 §3.5.2; docs/idp/okta.md §3.7`. */
  reference: string;
  /**
   * Send this step's request this many times at once (2–50), as an IdP sends several requests in parallel.
   * In each copy `#` inside a placeholder name is the copy's number (`{{user#.userName}}` is `user3.userName`
   * in copy 3; a capture named `member#Id` sets `member3Id`) and `{{copy}}` is the number itself. Every
   * copy is checked against `expect`; `expect.successes` counts them together.
   * @see src/engine/run-concurrent.ts
   */
  copies?: number;
  /**
   * Consecutive steps with the same label are sent at once (each with its copies); the sequence goes on
   * when every answer is in. A step cannot use what another step of its group captures.
   */
  concurrent?: string;
  /**
   * A JSON pointer to a list of resources in the response (`/Resources`): each one whose userName or
   * displayName carries this scenario's generated prefix was created by the harness (a racy server may
   * have created a duplicate it never returned an id for), so the harness owns it and removes it afterwards.
   */
  adopt?: string;
  /**
   * Builds a request whose size follows what the server declares: the one-item array at `pointer` in the
   * body gets `times` + `plus` copies of its item (`times` is one placeholder holding a whole number, e.g.
   * `{{bulkMaxOperations}}` captured from /ServiceProviderConfig). Above `max` items the step is not sent
   * and the scenario is skipped, saying so: the harness keeps its requests bounded.
   * @see src/engine/repeat-items.ts; RFC 7644 §3.7.4 (one operation more than bulk.maxOperations)
   */
  repeat?: RepeatItems;
}

export interface RepeatItems {
  /** JSON pointer to the one-item array in the request body: `/Operations`. */
  pointer: string;
  /** One placeholder holding a whole number: `{{bulkMaxOperations}}`. */
  times: string;
  /** Items added to `times` (default 0). */
  plus?: number;
  /** The most items the harness sends; above it the scenario is skipped. */
  max: number;
  /** What the repeated request is, in words, for the skip reason: `one operation more than bulk.maxOperations`. */
  what: string;
  /** One placeholder holding a byte limit (`{{bulkMaxPayloadSize}}`): a body above it is not sent either (it would exceed two limits). */
  bytesAtMost?: string;
}

export interface StepRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path under the base URL, starting with `/`: `/Users/{{userId}}`. Or exactly one capture holding a URI
   * reference the server gave (`{{user1Location}}`): absolute, or relative to the base URL (RFC 7643 §2.3.7);
   * it is followed only on the base URL's origin (src/engine/build-request.ts).
   */
  path: string;
  /** The query string exactly as the IdP encodes it, without `?`. */
  query?: string;
  /** Headers in the order sent; only these are sent (plus Host, Content-Length and Connection). */
  headers: Record<string, string>;
  /** A JSON body; serialised compactly unless `rawBody` is given. */
  body?: unknown;
  /** The body as exact text, when byte layout matters. */
  rawBody?: string;
}

export type Severity = 'failure' | 'warning';

export interface Expectation {
  /** Accepted status codes. */
  status: number | number[];
  /**
   * With `copies` or `concurrent`: exactly this many of the requests sent together must succeed (2xx),
   * e.g. 1 of N concurrent creates of one userName (RFC 7644 §3.3: the others 409 uniqueness).
   */
  successes?: number;
  /** Response media type check; default `{ is: 'application/scim+json', severity: 'failure' }`; false turns it off. */
  mediaType?: { is: string; severity: Severity; reference?: string } | false;
  /** JSON Schema the 2xx body must satisfy. Expected 4xx/5xx bodies are checked against `Error` unless `errorSchema` is false. */
  schema?: SchemaName;
  errorSchema?: boolean;
  /** Checks on values in the body. */
  body?: BodyCheck[];
  /** Checks on response headers (Location, ETag). */
  headers?: HeaderCheck[];
  /** An answer the RFC lets the server give instead of the optional thing this step asks for. */
  decline?: Decline;
}

/**
 * A refusal the RFC allows: the server does not offer an optional feature and says so the RFC's way
 * (400 `invalidFilter` for a filter it does not support, RFC 7644 §3.4.2.2; 501 or no route for an
 * optional endpoint such as `/.search`, RFC 7644 §3.4.3). When the response has one of these statuses
 * (and this `scimType`, when given), no other check of the step applies and the scenario stops there:
 * `verdict: 'warning'` (the default) reports one warning naming what was declined; `'skipped'` marks the
 * scenario skipped with that reason (for a check that needs the feature only as a means, so the cause is
 * reported once, where it is the subject).
 */
export interface Decline {
  /** The statuses that decline, e.g. `[400]` or `[404, 405, 501]`. */
  status: number[];
  /** The `scimType` the error body must carry for the answer to count as a decline, e.g. `invalidFilter`. */
  scimType?: string;
  /** What the server declined, in words (placeholders allowed): `the co operator`. */
  what: string;
  verdict?: 'warning' | 'skipped';
  /** The RFC section that allows the refusal. */
  reference: string;
}

/**
 * A response header that must be there, or must carry the same value as a place in the body
 * (Location and meta.location, RFC 7644 §3.3; ETag and meta.version, RFC 7644 §3.14).
 */
export interface HeaderCheck {
  /** Header name, any case. */
  name: string;
  exists?: boolean;
  /** The header equals the string at this JSON pointer of the body. */
  equalsPointer?: string;
  /** Apply only when the response has one of these statuses. */
  whenStatus?: number[];
  severity?: Severity;
  /** Why: RFC section or IdP behaviour; defaults to the step's reference. */
  reference?: string;
  /** What it means when the check fails, in words. */
  because?: string;
}

export type SchemaName = 'User' | 'Group' | 'ListResponse' | 'Error' | 'PatchOp' | 'ServiceProviderConfig';

export interface BodyCheck {
  /**
   * JSON pointer into the response body. A `*` segment stands for every index of the array there: the check
   * applies to each match (and a capture keeps the array of every match).
   */
  pointer: string;
  equals?: unknown;
  /** The value must differ from this one (a readOnly value the server must not take from the request). */
  notEquals?: unknown;
  equalsIgnoreCase?: string;
  /** The value, when present, must equal one of these (a characteristic's keyword, RFC 7643 §7); add `exists` to require it. */
  oneOf?: unknown[];
  /** The value must be a string matching this regular expression (Unicode mode), e.g. ATTRNAME of RFC 7643 §2.1. */
  matches?: string;
  exists?: boolean;
  /** An array element with at least these members (or equal), or a substring. */
  contains?: unknown;
  /** The opposite of `contains`. */
  notContains?: unknown;
  minItems?: number;
  maxItems?: number;
  /**
   * When both places hold a value, it equals the value at this other pointer of the same body (`/meta/lastModified`
   * and `/meta/created`); whether either must be there is for `exists` to say.
   */
  equalsPointer?: string;
  /**
   * Each item of the array (or the value itself, when it is not an array; absent fails) is one of these; a listed
   * value that fills to an array (a capture with `*`) stands for its items: `/schemas` holds only the URNs the
   * resource type declares.
   */
  itemsOneOf?: unknown[];
  /** No item of the array comes twice: `true` compares whole items, a list of member names compares those (`["type", "value"]`). */
  unique?: true | string[];
  /** Apply only when the response has one of these statuses. */
  whenStatus?: number[];
  severity?: Severity;
  /**
   * A pointer (e.g. `/members`) without which this check cannot be judged: when the response lacks it
   * altogether, the check is inconclusive (one warning) instead of failing. The missing attribute itself
   * is then failed once, by the scenario that requires it, not by every read-back that meets it.
   */
  inconclusiveWithout?: string;
  /** Why: RFC section or IdP behaviour; defaults to the step's reference. */
  reference?: string;
  /** What it means when the check fails, in words. */
  because?: string;
}
