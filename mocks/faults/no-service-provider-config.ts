import type { Fault } from './fault-types.ts';

/** GET /ServiceProviderConfig answers 404: the server does not say which optional features it supports (RFC 7643 §5). */
export const noServiceProviderConfig: Fault = {
  id: 'no-service-provider-config',
  description: 'GET /ServiceProviderConfig answers 404: the server does not say which optional features it supports (RFC 7643 §5, RFC 7644 §4).',
  breaks: 'Clients that read ServiceProviderConfig to pick PATCH, Bulk, sort or ETags must assume the least; Okta and Entra ID never read it, so they work.',
  apply(b) {
    b.serviceProviderConfigMissing = true;
  },
};
