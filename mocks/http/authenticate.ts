/** What the mock accepts as credentials. */
export interface AuthConfig {
  /** Bearer token; also accepted bare (Okta OIN "HTTP Header" mode sends the token without a scheme). */
  token?: string;
  /** HTTP Basic user and password. */
  basic?: { username: string; password: string };
  /** Tokens issued by the mock OAuth endpoint, with their expiry (epoch ms). */
  issuedTokens: ReadonlyMap<string, number>;
  /** True when any credential is configured: requests must then authenticate. */
  required: boolean;
}

/**
 * Whether an Authorization header carries an accepted credential: `Bearer <token>` (scheme in any
 * case: CX documents `bearer {APIKEY}`), the bare `<token>`, or `Basic base64(user:pass)`.
 * @see RFC 7644 §2; RFC 6750 §2.1; RFC 7617
 */
export function isAuthorized(header: string | null, config: AuthConfig, now: number): boolean {
  if (!config.required) return true;
  if (header === null) return false;
  // The common case, decided without a regular expression: exactly "Bearer <token>" (a token with spaces at
  // its ends goes the long way, which trims them).
  const { token } = config;
  if (token !== undefined && header.length === token.length + 7 && header.startsWith('Bearer ') && header.endsWith(token) && token.trim() === token) return true;
  const value = header.trim();
  const acceptsToken = (token: string) => {
    if (config.token !== undefined && token === config.token) return true;
    const expiry = config.issuedTokens.get(token);
    return expiry !== undefined && expiry > now;
  };
  const match = /^(\S+)\s+(.+)$/.exec(value);
  if (match) {
    const scheme = match[1]!.toLowerCase();
    const credential = match[2]!.trim();
    if (scheme === 'bearer') return acceptsToken(credential);
    if (scheme === 'basic') return config.basic !== undefined && decodeBasic(credential) === `${config.basic.username}:${config.basic.password}`;
  }
  return acceptsToken(value);
}

/** The `user:pass` text of a Basic credential, or undefined when it is not base64. */
export function decodeBasic(credential: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(credential)) return undefined;
  return Buffer.from(credential, 'base64').toString('utf8');
}

/** The header as recorded: scheme kept, credential replaced, so logs never hold secrets. */
export function redactAuthorization(header: string): string {
  const match = /^(\S+)\s+/.exec(header.trim());
  return match ? `${match[1]} [redacted]` : '[redacted]';
}
