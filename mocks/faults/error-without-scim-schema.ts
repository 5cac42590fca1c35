import type { Fault } from './fault-types.ts';

/** Error bodies are plain JSON (`{"error", "message"}`) without the SCIM Error schema (RFC 7644 §3.12). */
export const errorWithoutScimSchema: Fault = {
  id: 'error-without-scim-schema',
  description: "Error bodies are plain JSON (`{\"error\", \"message\"}`) without the SCIM Error schema (RFC 7644 §3.12).",
  breaks: "Clients that read `detail`/`scimType` show no reason; Entra ID logs a generic failure.",
  apply(b) {
    b.errorWithoutScimSchema = true;
  },
};
