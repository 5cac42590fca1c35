/* Replaying an IdP's initial sync: `scim-conformance load` */
export { runLoad } from './run-load.ts';
export type { LoadControl } from './run-load.ts';
export { parseLoadArgs, LOAD_LIMITS, LOAD_OPTIONS } from './parse-load-args.ts';
export { LOAD_HELP } from './load-help.ts';

/* Reports: load.json, summary.md, load.html */
export { buildLoadReport } from './load-report.ts';
export type { LoadReport } from './load-report.ts';
export { loadSummaryMarkdown } from './load-summary-md.ts';
export { loadHtml } from './load-html.ts';

/* Verdicts and figures */
export { judgeLoad, ENTRA_REQUIRED_RPS, QUARANTINE } from './load-verdicts.ts';
export type { LoadVerdict } from './load-verdicts.ts';
export { operationStats, percentile, secondStats } from './load-stats.ts';
export type { OperationStats, SecondStats } from './load-stats.ts';
export type { LoadConfig, LoadIdp, LoadOperation, LoadSample } from './load-types.ts';
