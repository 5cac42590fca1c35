import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

/** The parts of a HAR 1.2 entry the replay reads. */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: { method: string; url: string; headers: { name: string; value: string }[]; postData?: { mimeType?: string; text?: string } };
  response: { status: number; content?: { text?: string } };
}

/** What a bare replay did. */
export interface ReplayResult {
  requests: number;
  /** Wall time of the request loop (first send to last body read), ms. */
  ms: number;
  /** Ids captured from POST responses and replaced in later URLs and bodies. */
  mappedIds: number;
  /** Requests whose status equals the one in the HAR. */
  sameStatus: number;
  /** The first few requests whose status differs: `METHOD path: HAR → replay`. */
  mismatches: string[];
}

/** Reads the entries of a HAR file, in the order they were sent. */
export function readHarEntries(file: string): HarEntry[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
}

/** Sends one request and reads the whole response. */
export type BareSend = (method: string, url: string, headers: [string, string][], body: string | undefined) => Promise<{ status: number; text: string }>;

/** The bare client the brief asks for: global fetch (undici), keep-alive by default. */
export const sendWithFetch: BareSend = async (method, url, headers, body) => {
  const response = await fetch(url, { method, headers, body, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
};

/** The same with node:http and a keep-alive agent, the transport the engine itself uses. */
export function createNodeHttpSend(): BareSend {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const object: Record<string, string> = {};
      for (const [name, value] of headers) object[name] = name in object ? `${object[name]}, ${value}` : value;
      const req = request(url, { method, agent, headers: object }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
}

/** Headers fetch sets itself (or that belong to the old connection). */
const SKIPPED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Sends the HAR's requests again (global fetch unless `send` says otherwise), one after the other, to
 * `baseUrl`'s origin: same method, path and raw query, headers and body. `Bearer [REDACTED]` gets the
 * real token back, except where the HAR recorded a 401 (a deliberately wrong credential, which must
 * still fail); any other redacted Authorization is sent as recorded. Ids differ per server instance:
 * each id a POST returned in the HAR is mapped, in order, to the id the fresh server returned, and
 * replaced in later URLs and bodies.
 */
export async function replayHar(entries: readonly HarEntry[], baseUrl: string, token: string, send: BareSend = sendWithFetch): Promise<ReplayResult> {
  if (entries.length === 0) return { requests: 0, ms: 0, mappedIds: 0, sameStatus: 0, mismatches: [] };
  const oldOrigin = new URL(entries[0]!.request.url).origin;
  const newOrigin = new URL(baseUrl).origin;
  const ids = new Map<string, string>();
  const mapIds = (text: string) => {
    let out = text;
    for (const [from, to] of ids) if (out.includes(from)) out = out.split(from).join(to);
    return out;
  };
  let sameStatus = 0;
  const mismatches: string[] = [];
  const t0 = performance.now();
  for (const entry of entries) {
    const { method, url, headers, postData } = entry.request;
    const target = mapIds(url.startsWith(oldOrigin) ? newOrigin + url.slice(oldOrigin.length) : url);
    const restored = entry.response.status === 401 ? 'Bearer not-the-token' : `Bearer ${token}`;
    const sent: [string, string][] = [];
    for (const { name, value } of headers) {
      if (SKIPPED.has(name.toLowerCase())) continue;
      sent.push([name, name.toLowerCase() === 'authorization' ? value.replace(/^Bearer \[REDACTED\]$/i, restored) : value]);
    }
    const body = postData?.text === undefined || method === 'GET' || method === 'HEAD' ? undefined : mapIds(postData.text);
    const response = await send(method, target, sent, body);
    const text = response.text;
    if (method === 'POST' && response.status >= 200 && response.status < 300) learnId(ids, entry.response.content?.text, text);
    if (response.status === entry.response.status) sameStatus += 1;
    else if (mismatches.length < 5) mismatches.push(`${method} ${new URL(target).pathname}: ${entry.response.status} → ${response.status}`);
  }
  return { requests: entries.length, ms: performance.now() - t0, mappedIds: ids.size, sameStatus, mismatches };
}

function learnId(ids: Map<string, string>, recorded: string | undefined, fresh: string): void {
  const idOf = (text: string | undefined) => {
    try {
      const id = (JSON.parse(text ?? '') as { id?: unknown }).id;
      return typeof id === 'string' && id.length >= 8 ? id : undefined;
    } catch {
      return undefined;
    }
  };
  const from = idOf(recorded);
  const to = idOf(fresh);
  if (from !== undefined && to !== undefined && from !== to) ids.set(from, to);
}
