import type { Fault } from './fault-types.ts';

/** PATCH judges extension attribute paths against the schemas the resource had before the PATCH: adding the extension URN to schemas in an earlier operation does not count, 400 invalidPath (RFC 7644 §3.5.2). */
export const patchExtensionNeedsPriorSchemas: Fault = {
  id: 'patch-extension-needs-prior-schemas',
  description: "PATCH judges extension attribute paths against the schemas the resource had before the PATCH: adding the extension URN to schemas in an earlier operation does not count, 400 invalidPath (RFC 7644 §3.5.2).",
  breaks: "Clients that add the enterprise extension to an existing user in one PATCH (schemas, then employeeNumber) are refused.",
  apply(b) {
    b.patchExtensionNeedsPriorSchemas = true;
  },
};
