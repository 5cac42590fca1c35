import { redactHeaders, redactSecrets } from '../report/redact.ts';
import type { ReceivedResponse, SentRequest } from './result-types.ts';
import type { WireRequest, WireResponse } from './http-client.ts';

/** The request as recorded in reports: credentials redacted, Host and Content-Length shown as sent. */
export function recordRequest(wire: WireRequest, startedAt: Date, secrets: string[]): SentRequest {
  const url = new URL(wire.url);
  const headers: Array<[string, string]> = [['Host', url.host], ...wire.headers];
  if (wire.body !== undefined) headers.push(['Content-Length', String(Buffer.byteLength(wire.body))]);
  return {
    method: wire.method,
    url: redactSecrets(wire.url, secrets),
    headers: redactHeaders(headers).map(([n, v]) => [n, redactSecrets(v, secrets)] as [string, string]),
    body: wire.body === undefined ? undefined : redactSecrets(wire.body, secrets),
    startedAt: startedAt.toISOString(),
  };
}

export function recordResponse(response: WireResponse, timeMs: number, secrets: string[]): ReceivedResponse {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: redactHeaders(response.headers).map(([n, v]) => [n, redactSecrets(v, secrets)] as [string, string]),
    body: redactSecrets(response.body, secrets),
    timeMs,
  };
}
