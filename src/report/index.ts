/* Writers: pure functions from (results, run) to file text */
export { buildConformanceReport, renderConformanceJson } from './conformance-json.ts';
export type { ConformanceReport, ConformanceResult } from './conformance-json.ts';
export { renderJunitXml } from './junit-xml.ts';
export { renderSummaryMarkdown } from './summary-md.ts';
export { renderMatrixHtml } from './matrix-html.ts';
export { buildHar, parseRawQuery, renderHar } from './har.ts';
export type { Har, HarEntry } from './har.ts';

/* Writing them all */
export { REPORT_WRITERS, writeReports } from './write-reports.ts';

/* The matrix model, shared by summary.md and matrix.html */
export { buildMatrix, cellLabel, IDP_ORDER, OPERATION_ORDER } from './matrix.ts';
export type { CellStatus, Matrix, MatrixCell } from './matrix.ts';
export { countSummary } from './summary-counts.ts';
export type { SummaryCounts } from './summary-counts.ts';

/* RFC 7643/7644 requirement coverage (scenarios/rfc-requirements.json) */
export { requirementConsoleLine } from './requirement-coverage.ts';
export type { ResultVerdict } from './requirement-coverage.ts';

/* Redaction */
export { REDACTED, redactDeep, redactHeaders, redactHeaderValue, redactSecrets } from './redact.ts';
