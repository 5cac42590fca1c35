import net from 'node:net';
import tls from 'node:tls';
import { sendRequest, TransportError, type WireRequest, type WireResponse } from '../engine/http-client.ts';
import { PROBE_HEADER } from '../record/probe-header.ts';

export interface ProbeOptions {
  /** The SCIM base URL as given (no trailing slash). */
  baseUrl: string;
  /** The Authorization value the run sends; undefined when it has none yet (no credentials, or OAuth). */
  auth?: string;
  /** Where the credentials came from (`--token`, `SCIM_TOKEN`, …); undefined when none were given. */
  credentials?: string;
  /** Whether the selected scenarios send credentials (`{{auth}}`): without them such a run cannot work. */
  needsAuth: boolean;
  /** Limit per probe request in ms (default 10000). */
  timeoutMs?: number;
  send?: (request: WireRequest, options: { timeoutMs?: number; maxBodyBytes?: number }) => Promise<WireResponse>;
}

/** Where a base URL that is not a SCIM root usually has its root. */
const ROOT_SUFFIXES = ['/scim/v2', '/v2', '/scim'];

/**
 * Checks, with one GET of /ServiceProviderConfig and one of /Users (as Okta's "test connection" does),
 * the newcomer mistakes that would otherwise fail every scenario one by one: a base URL that is not the
 * SCIM root, https:// to a plain-HTTP port (or http:// to a TLS one), and credentials the server
 * rejects or needs. Anything else (a slow, broken or strange server) is left for the run to report.
 * Each request carries the probe header, so `record` leaves it out of recordings.
 * @returns a one-line reason and what to do, or undefined when the run may start
 * @see RFC 7644 §4 (/ServiceProviderConfig), §3.12 (401/403); docs/idp/okta.md §3.1 (Test API Credentials)
 */
export async function probeTarget(options: ProbeOptions): Promise<string | undefined> {
  const { baseUrl, auth, credentials, needsAuth, timeoutMs = 10_000, send = sendRequest } = options;
  const get = async (root: string, path: string): Promise<WireResponse | TransportError> => {
    const headers: Array<[string, string]> = [['Accept', 'application/scim+json'], [PROBE_HEADER, 'preflight']];
    if (auth !== undefined) headers.push(['Authorization', auth]);
    try {
      return await send({ method: 'GET', url: `${root}${path}`, headers }, { timeoutMs, maxBodyBytes: 1024 * 1024 });
    } catch (error) {
      if (error instanceof TransportError) return error;
      throw error;
    }
  };

  const config = await get(baseUrl, '/ServiceProviderConfig');
  if (config instanceof TransportError) return wrongScheme(baseUrl, config);
  if (config.status === 400 && /plain HTTP request was sent to HTTPS port/i.test(config.body)) return wrongScheme(baseUrl, config);
  const users = await get(baseUrl, '/Users?startIndex=1&count=1');
  if (users instanceof TransportError) return undefined;

  if (config.status === 404 && users.status === 404) {
    for (const suffix of ROOT_SUFFIXES) {
      const candidate = `${baseUrl}${suffix}`;
      const answer = await get(candidate, '/ServiceProviderConfig');
      if (!(answer instanceof TransportError) && answer.status !== 404 && answer.status < 500) {
        return `${baseUrl} is not a SCIM root: GET /ServiceProviderConfig and GET /Users both answered 404, but ${candidate}/ServiceProviderConfig answered ${answer.status}. Use --base-url ${candidate}.`;
      }
    }
    return `${baseUrl} is not a SCIM root: GET /ServiceProviderConfig and GET /Users both answered 404 (so did ${ROOT_SUFFIXES.join(', ')} below it). Give the address that /Users follows, e.g. http://127.0.0.1:8080/scim/v2.`;
  }
  if (users.status === 401 || users.status === 403) {
    const status = `HTTP ${users.status}${users.statusText ? ` ${users.statusText}` : ''} on GET /Users`;
    if (credentials !== undefined && auth !== undefined) {
      return `the server rejected the credentials (${status}). Check the value given with ${credentials}: it must be one this server issued for SCIM${credentials === '--auth-header' ? ', written exactly as the server expects it' : ''}.`;
    }
    if (credentials === undefined && needsAuth) {
      return `the server requires credentials (${status}) and none were given. Pass --token (or SCIM_TOKEN), --auth-header, --basic or --client-id.`;
    }
  }
  return undefined;
}

/**
 * https:// to a port that speaks plain HTTP fails its handshake with "wrong version number"; http:// to
 * a TLS port gets its connection closed: then one TLS handshake tells whether the port speaks TLS.
 */
async function wrongScheme(baseUrl: string, error: TransportError | WireResponse): Promise<string | undefined> {
  const url = new URL(baseUrl);
  if (!(error instanceof TransportError)) {
    // nginx's answer to plain HTTP on its TLS port
    return url.protocol === 'http:' ? `${baseUrl} says http://, but ${url.host} answers with TLS. Use --base-url ${baseUrl.replace(/^http:/, 'https:')}.` : undefined;
  }
  if (url.protocol === 'https:' && error.code === 'tls' && /plain HTTP/.test(error.message)) {
    return `${baseUrl} says https://, but ${url.host} answers plain HTTP. Use --base-url ${baseUrl.replace(/^https:/, 'http:')}.`;
  }
  if (url.protocol === 'http:' && (error.code === 'reset' || error.code === 'other') && (await speaksTls(url))) {
    return `${baseUrl} says http://, but ${url.host} answers with TLS. Use --base-url ${baseUrl.replace(/^http:/, 'https:')}.`;
  }
  return undefined;
}

function speaksTls(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const socket = tls.connect({ host, port: Number(url.port || 80), rejectUnauthorized: false, ...(net.isIP(host) ? {} : { servername: host }) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
  });
}
