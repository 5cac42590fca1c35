import { ScimError } from '../scim/index.ts';
import type { BodyBytes, MockRequest } from './mock-message.ts';

/**
 * Reads a request body as UTF-8 text, at most `maxBytes` bytes: at once when there is none or it is text
 * already (no promise for a GET), else from the body reader.
 * @throws ScimError 413 when the body (or its Content-Length) is larger, 400 invalidSyntax when the bytes
 *   are not UTF-8 (RFC 7644 §3.12; RFC 8259 §8.1 requires UTF-8).
 */
export function readBodyText(request: MockRequest, maxBytes: number): string | Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared, maxBytes);
  const { body } = request;
  if (body === undefined) return '';
  if (typeof body === 'string') {
    const size = Buffer.byteLength(body);
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return body;
  }
  return readBodyBytes(body, maxBytes);
}

async function readBodyBytes(body: (maxBytes: number) => Promise<BodyBytes>, maxBytes: number): Promise<string> {
  const read = await body(maxBytes);
  if ('tooLarge' in read) throw tooLarge(read.tooLarge, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new ScimError(
      400,
      'Request body: expected UTF-8 text, got bytes that are not valid UTF-8. JSON must be UTF-8 (RFC 8259 §8.1); ' +
        'encode the body as UTF-8.',
      'invalidSyntax',
    );
  }
}

/** Reads a Fetch body stream, cancelling it once it passes `maxBytes` (a MockRequest body reader). */
export async function readStreamBytes(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<BodyBytes> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: size };
    }
    chunks.push(value);
  }
  return { bytes: Buffer.concat(chunks) };
}

function tooLarge(size: number, maxBytes: number): ScimError {
  return new ScimError(
    413,
    `Request body: expected at most ${maxBytes} bytes, got ${size} or more. The mock caps bodies like a real service ` +
      'provider (RFC 7644 §3.12, 413); send smaller requests.',
  );
}
