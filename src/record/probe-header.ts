/**
 * Marks the requests of `run`'s preflight probe (src/cli/probe-target.ts): `record` forwards them but
 * leaves them out of the recording, which holds the scenario's own requests only.
 */
export const PROBE_HEADER = 'X-Scim-Conformance-Probe';
