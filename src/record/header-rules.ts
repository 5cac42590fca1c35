/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection, never the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** Headers the tunnel in front of the proxy adds (ngrok, cloudflared, reverse proxies): not IdP traffic. */
const TUNNEL = new Set(['forwarded', 'via', 'x-real-ip', 'cdn-loop', 'true-client-ip']);
const TUNNEL_PREFIXES = ['x-forwarded-', 'cf-', 'ngrok-'];

/** Header names that carry credentials besides Authorization: dropped from recordings. */
const CREDENTIAL_NAME = /cookie|token|secret|api-?key|password|passwd|session|auth/i;

/**
 * The request headers to send upstream: as received, in order, with Host pointing at the upstream and
 * hop-by-hop headers left out (node adds its own Connection). A chunked body gets a Content-Length.
 * @see RFC 9110 §7.6.1 (hop-by-hop fields); RFC 9112 §3.2 (Host)
 */
export function forwardRequestHeaders(raw: ReadonlyArray<readonly [string, string]>, upstreamHost: string, bodyBytes: number): string[] {
  const out: string[] = [];
  let hasHost = false;
  let hasLength = false;
  for (const [name, value] of raw) {
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) continue;
    if (lower === 'host') {
      if (hasHost) continue;
      hasHost = true;
      out.push(name, upstreamHost);
      continue;
    }
    if (lower === 'content-length') hasLength = true;
    out.push(name, value);
  }
  if (!hasHost) out.unshift('Host', upstreamHost);
  if (!hasLength && bodyBytes > 0) out.push('Content-Length', String(bodyBytes));
  return out;
}

/** The response headers to send back to the IdP: as received, minus hop-by-hop ones. */
export function forwardResponseHeaders(raw: ReadonlyArray<readonly [string, string]>): string[] {
  return raw.filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())).flat();
}

/**
 * The headers a recorded step keeps, in the order sent: Host, Content-Length and hop-by-hop headers go
 * (the engine adds them), tunnel headers go, Authorization becomes `{{auth}}` and every other credential
 * header (Cookie, X-Api-Key, …) is dropped. Repeated names are joined with `, `.
 * @see RFC 7644 §2 (authentication); RFC 9110 §5.3 (combining field lines)
 */
export function recordedHeaders(raw: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const [name, value] of raw) {
    const lower = name.toLowerCase();
    if (lower === 'host' || lower === 'content-length' || HOP_BY_HOP.has(lower) || isTunnelHeader(lower)) continue;
    if (lower === 'authorization') {
      if (!names.has(lower)) {
        names.set(lower, name);
        out[name] = '{{auth}}';
      }
      continue;
    }
    if (CREDENTIAL_NAME.test(lower)) continue;
    const first = names.get(lower);
    if (first === undefined) {
      names.set(lower, name);
      out[name] = value;
    } else {
      out[first] = `${out[first]}, ${value}`;
    }
  }
  return out;
}

/**
 * Every credential the IdP sent (the Authorization value, its part after the scheme, a Basic pair and its
 * password, and the values of other credential headers), so a copy elsewhere in the session can be redacted.
 */
export function credentialValues(raw: ReadonlyArray<readonly [string, string]>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of raw) {
    const lower = name.toLowerCase();
    if (lower !== 'authorization' && lower !== 'proxy-authorization' && !CREDENTIAL_NAME.test(lower)) continue;
    if (lower === 'cookie') {
      for (const pair of value.split(';')) secrets.push(pair.slice(pair.indexOf('=') + 1).trim());
      continue;
    }
    secrets.push(value);
    const match = /^\s*(\S+)\s+(\S.*)$/.exec(value);
    if (!match) continue;
    secrets.push(match[2]!);
    if (match[1]!.toLowerCase() === 'basic') {
      const pair = Buffer.from(match[2]!, 'base64').toString('utf8');
      secrets.push(pair, pair.slice(pair.indexOf(':') + 1));
    }
  }
  return secrets.filter((s) => s.length > 0);
}

function isTunnelHeader(lower: string): boolean {
  return TUNNEL.has(lower) || TUNNEL_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
