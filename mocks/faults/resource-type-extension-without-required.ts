import type { Fault } from './fault-types.ts';

/** /ResourceTypes lists schemaExtensions without their REQUIRED boolean `required` (RFC 7643 §6). */
export const resourceTypeExtensionWithoutRequired: Fault = {
  id: 'resource-type-extension-without-required',
  description: "/ResourceTypes lists schemaExtensions without their REQUIRED boolean `required` (RFC 7643 §6).",
  breaks: "Clients cannot tell whether they must send the extension's attributes.",
  apply(b) {
    b.resourceTypeExtensionWithoutRequired = true;
  },
};
