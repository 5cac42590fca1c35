/** What every redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/** Secrets shorter than this are ignored: replacing `ab` everywhere would mangle a report, not protect it. */
const MIN_SECRET_LENGTH = 4;

/** Headers whose values are credentials. Compared case-insensitively. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

/** Auth scheme words kept in front of `[REDACTED]` (RFC 9110 §11 registry plus Okta's SSWS and common others). */
const AUTH_SCHEMES = new Set([
  'basic', 'bearer', 'digest', 'dpop', 'gnap', 'hoba', 'mutual', 'negotiate', 'ntlm', 'oauth',
  'privatetoken', 'scram-sha-1', 'scram-sha-256', 'vapid', 'ssws', 'token', 'apikey', 'aws4-hmac-sha256',
]);

/**
 * The forms a secret can take on the wire or in a report: as typed, base64 / base64url (with and
 * without padding), percent-encoded (upper and lower hex), form-encoded, JSON- and HTML-escaped.
 * Longest first, so a padded base64 form is replaced before its unpadded prefix.
 */
function secretForms(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  const b64url = Buffer.from(secret, 'utf8').toString('base64url');
  const pct = encodeURIComponent(secret);
  const forms = new Set([
    secret,
    b64,
    b64.replace(/=+$/, ''),
    b64url,
    pct,
    pct.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    pct.replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  ]);
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/**
 * Replaces every secret, and its base64 / URL-encoded / escaped forms, with `[REDACTED]`.
 * Secrets shorter than 4 characters are ignored. A Basic credential is only caught whole when
 * `user:pass` itself is among the secrets (base64 of a part cannot be found inside base64 of the whole).
 * @see RFC 7644 §7 (security considerations: bearer tokens must not leak)
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redactForms(text, formsOf(secrets));
}

function redactForms(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** The forms of the last few secret lists: the reports redact thousands of strings with the same secrets. */
const formsCache = new Map<string, string[]>();

/** Every form of every secret, longest first (see {@link secretForms}). */
function formsOf(secrets: readonly string[]): string[] {
  if (secrets.length === 0) return [];
  const key = JSON.stringify(secrets);
  let forms = formsCache.get(key);
  if (forms === undefined) {
    forms = secrets
      .filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
      .flatMap(secretForms)
      .sort((a, b) => b.length - a.length);
    if (formsCache.size >= 16) formsCache.clear();
    formsCache.set(key, forms);
  }
  return forms;
}

/** One credential header value with the secret part replaced, keeping a scheme word or cookie names. */
export function redactHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (!CREDENTIAL_HEADERS.has(lower)) return value;
  if (lower === 'cookie') {
    return value.split(';').map((pair) => `${pair.split('=')[0]!.trim()}=${REDACTED}`).join('; ');
  }
  if (lower === 'set-cookie') {
    const [first = '', ...attributes] = value.split(';');
    return [`${first.split('=')[0]!.trim()}=${REDACTED}`, ...attributes.map((a) => a.trim())].join('; ');
  }
  const scheme = /^\s*(\S+)\s+\S/.exec(value)?.[1];
  if (scheme !== undefined && AUTH_SCHEMES.has(scheme.toLowerCase())) return `${scheme} ${REDACTED}`;
  return REDACTED;
}

/**
 * Redacts Authorization, Proxy-Authorization, Cookie, Set-Cookie and X-Api-Key values,
 * keeping the scheme word (`Bearer [REDACTED]`). Takes pairs or a record; returns the same shape.
 * @see RFC 7644 §2 (authentication and authorization)
 */
export function redactHeaders(headers: ReadonlyArray<readonly [string, string]>): Array<[string, string]>;
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string>;
export function redactHeaders(
  headers: ReadonlyArray<readonly [string, string]> | Readonly<Record<string, string>>,
): Array<[string, string]> | Record<string, string> {
  if (Array.isArray(headers)) {
    return (headers as ReadonlyArray<readonly [string, string]>).map(([n, v]) => [n, redactHeaderValue(n, v)]);
  }
  return Object.fromEntries(Object.entries(headers).map(([n, v]) => [n, redactHeaderValue(n, v)]));
}

/** Runs every string in a JSON-like value (keys included) through {@link redactSecrets}. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  return redactDeepWith(value, formsOf(secrets));
}

function redactDeepWith<T>(value: T, forms: readonly string[]): T {
  if (typeof value === 'string') return redactForms(value, forms) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeepWith(v, forms)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redactForms(k, forms), redactDeepWith(v, forms)]),
    ) as T;
  }
  return value;
}
