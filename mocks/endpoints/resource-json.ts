import { ScimError } from '../scim/index.ts';
import { checkRequestMediaType } from '../conformance/index.ts';
import { mediaTypeOf, parseJsonBody, ACCEPTED_REQUEST_MEDIA_TYPES } from '../http/index.ts';
import { flag, type Exchange, type MockContext } from './mock-context.ts';

/**
 * The request body as a JSON object, after the media-type check: a Content-Type other than
 * application/scim+json or application/json answers 415; a missing one is accepted but flagged.
 * @throws ScimError 415, 400 invalidSyntax/invalidValue
 * @see RFC 7644 §3.1, §8.1
 */
export function readJsonObject(context: MockContext, exchange: Exchange): Record<string, unknown> {
  const contentType = exchange.request.headers.get('content-type');
  flag(exchange, checkRequestMediaType(contentType));
  const essence = mediaTypeOf(contentType);
  if (essence !== undefined && !ACCEPTED_REQUEST_MEDIA_TYPES.includes(essence)) {
    throw new ScimError(
      415,
      `Content-Type: expected application/scim+json (or application/json), got ${essence}. Send the SCIM media type (RFC 7644 §8.1).`,
    );
  }
  const text = context.behaviour.decodeLatin1 ? asLatin1(exchange.body) : exchange.body;
  return parseJsonBody(text, context.maxJsonDepth);
}

/** The decode-latin1 fault: the UTF-8 bytes of the body read one byte per character, as ISO-8859-1 would. */
function asLatin1(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}
