import type { RunInfo } from '../engine/result-types.ts';
import { EMBEDDED_BASE_URL, type RunConfig } from './run-config.ts';
import { TOOL_VERSION } from './tool-version.ts';

/** What the reports say about the run itself. */
export function runInfoOf(run: RunConfig, durationMs: number): RunInfo {
  return {
    tool: { name: 'scim-conformance', version: TOOL_VERSION },
    target: { baseUrl: run.baseUrl ?? EMBEDDED_BASE_URL, profile: run.profile },
    seed: run.seed,
    startedAt: run.startedAt,
    durationMs,
    secrets: run.auth ? [...run.secrets, run.auth] : run.secrets,
  };
}
