import type { ResultStatus, ScenarioResult } from '../engine/result-types.ts';
import type { Operation } from '../scenario/types.ts';

/** Matrix rows, in the order people read a provisioning lifecycle. */
export const OPERATION_ORDER: readonly Operation[] = [
  'connect', 'import', 'create', 'lookup', 'update', 'deactivate', 'reactivate', 'delete',
  'group-create', 'membership', 'group-update', 'group-delete', 'conflict', 'error-handling', 'protocol',
];

/** Known matrix columns, in this order; any other idp follows in order of first appearance. */
export const IDP_ORDER: readonly string[] = ['okta', 'entra', 'entra-aadoptscim062020', 'onelogin', 'authentik', 'authentik-2025', 'authentik-2024', 'jumpcloud', 'pingone', 'rfc'];

/** What a cell shows as a whole: `none` when no scenario of that idp covers the operation. */
export type CellStatus = ResultStatus | 'none';

export interface MatrixCell {
  operation: string;
  idp: string;
  status: CellStatus;
  counts: Record<ResultStatus, number>;
  results: ScenarioResult[];
}

export interface Matrix {
  operations: string[];
  idps: string[];
  /** `cells[row][column]`, matching `operations` and `idps`. */
  cells: MatrixCell[][];
}

/** Status order within a cell label. */
export const STATUS_ORDER: readonly ResultStatus[] = ['passed', 'failed', 'skipped', 'blocked'];
const ICONS: Record<ResultStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭️', blocked: '⛔' };

function orderBy(known: readonly string[], seen: string[]): string[] {
  const present = new Set(seen);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((s) => !known.includes(s))];
}

/**
 * Failed wins; a cell is skipped only when everything in it was skipped. A blocked scenario never reached
 * its operation, so it does not count for or against the cell: the cell is `blocked` only when nothing
 * else in it ran.
 */
function cellStatus(counts: Record<ResultStatus, number>): CellStatus {
  if (counts.failed > 0) return 'failed';
  if (counts.passed > 0) return 'passed';
  if (counts.skipped > 0) return 'skipped';
  return counts.blocked > 0 ? 'blocked' : 'none';
}

/**
 * Groups results into the cross-IdP matrix: rows are operations present, columns are idps present.
 * @see issue 3 item 3 (the matrix)
 */
export function buildMatrix(results: readonly ScenarioResult[]): Matrix {
  const operations = orderBy(OPERATION_ORDER, results.map((r) => r.operation));
  const idps = orderBy(IDP_ORDER, results.map((r) => r.idp));
  const cells = operations.map((operation) =>
    idps.map((idp) => {
      const inCell = results.filter((r) => r.operation === operation && r.idp === idp);
      const counts = { passed: 0, failed: 0, skipped: 0, blocked: 0 };
      for (const r of inCell) counts[r.status] += 1;
      return { operation, idp, status: cellStatus(counts), counts, results: inCell };
    }),
  );
  return { operations, idps, cells };
}

/** `✅ passed` for one scenario, `✅ 2 ❌ 1` for several, `—` for none. */
export function cellLabel(cell: MatrixCell): string {
  if (cell.results.length === 0) return '—';
  if (cell.results.length === 1) return `${ICONS[cell.status as ResultStatus]} ${cell.status}`;
  return STATUS_ORDER.filter((s) => cell.counts[s] > 0).map((s) => `${ICONS[s]} ${cell.counts[s]}`).join(' ');
}

/** The icon for one status. */
export function statusIcon(status: ResultStatus): string {
  return ICONS[status];
}
