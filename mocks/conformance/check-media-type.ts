import { ACCEPTED_REQUEST_MEDIA_TYPES, mediaTypeOf } from '../http/media-type.ts';
import type { Finding } from './finding.ts';

/**
 * Flags a body-carrying request whose Content-Type is not `application/scim+json` (or the tolerated
 * `application/json`).
 * @see RFC 7644 §3.1 ("MUST use application/scim+json"), §8.1
 */
export function checkRequestMediaType(contentType: string | null): Finding[] {
  const essence = mediaTypeOf(contentType);
  if (essence !== undefined && ACCEPTED_REQUEST_MEDIA_TYPES.includes(essence)) return [];
  return [
    {
      rule: 'request-media-type',
      rfc: 'RFC 7644 §3.1, §8.1',
      message:
        `Content-Type: expected application/scim+json, got ${essence ?? 'no Content-Type'}. ` +
        'Service providers may reject other media types with 415; send Content-Type: application/scim+json.',
    },
  ];
}
