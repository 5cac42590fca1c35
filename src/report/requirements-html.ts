import type { ScenarioResult } from '../engine/result-types.ts';
import {
  catalogueCoverage, countOutcomes, REQUIREMENT_STATUS_ORDER, requirementOutcomes, runDecidesRequirements,
  type RequirementCatalogue, type RequirementOutcome, type RequirementStatus,
} from './requirement-coverage.ts';
import { escapeXml as h } from './xml-escape.ts';

const ICONS: Record<RequirementStatus, string> = {
  passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️', blocked: '⛔', 'not-run': '○', 'no-check': '◌', untestable: '–',
};

const LABELS: Record<RequirementStatus, string> = {
  passed: 'passed', failed: 'failed', warning: 'warning', skipped: 'skipped', blocked: 'blocked',
  'not-run': 'not run', 'no-check': 'no check yet', untestable: 'untestable',
};

/** Styles for the requirements section only; colour helps, the words carry the status. */
const REQUIREMENTS_CSS = `
#requirements { margin-top: 2rem; }
#requirements h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
#requirements table { font-size: .9rem; }
#requirements th, #requirements td { text-align: left; vertical-align: top; padding: .35rem .5rem; }
#requirements tr[data-requirement-status="passed"] td.status { background: var(--pass); }
#requirements tr[data-requirement-status="failed"] td.status { background: var(--fail); }
#requirements tr[data-requirement-status="warning"] td.status { background: var(--warn); }
#requirements tr[data-requirement-status="skipped"] td.status, #requirements tr[data-requirement-status="blocked"] td.status { background: var(--skip); }
#requirements .why { color: var(--muted); display: block; }
`;

/** The id of the matrix panel that shows a result (`cell-2-5`), or undefined. */
export type PanelOf = (resultId: string) => string | undefined;

/** RFC Editor link to the section, e.g. https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2 */
function sectionLink(o: RequirementOutcome): string {
  const { rfc, section } = o.requirement;
  return `<a href="https://www.rfc-editor.org/rfc/rfc${rfc}#section-${h(section)}">RFC ${rfc} §${h(section)}</a>`;
}

/** A check that ran, linked to its scenario in the matrix panel that holds its steps and exchanges. */
function resultLink(id: string, status: RequirementStatus, panelOf: PanelOf): string {
  const panel = panelOf(id);
  const name = `<code>${h(id)}</code>`;
  const label = `<span aria-hidden="true">${ICONS[status]}</span> ${LABELS[status]}`;
  if (panel === undefined) return `${name} ${label}`;
  return `<a href="#${h(panel)}" data-open-panel="${h(panel)}" data-result="${h(id)}" title="open ${h(id)}: its failures, warnings and each request and response">${name}</a> ${label}`;
}

function row(o: RequirementOutcome, panelOf: PanelOf): string {
  const r = o.requirement;
  const why = o.reason === undefined ? '' : `<span class="why">${h(o.reason)}</span>`;
  const decided = o.results.length > 0
    ? o.results.map((x) => resultLink(x.id, x.status, panelOf)).join('<br>')
    : (r.checks ?? []).map((c) => `<code>${h(c)}</code>`).join('<br>');
  const note = r.note === undefined ? '' : `<span class="why">${h(r.note)}</span>`;
  return `<tr data-requirement="${h(r.id)}" data-requirement-status="${o.status}">` +
    `<th scope="row">${h(r.id)}<br>${sectionLink(o)}</th><td>${h(r.level)}</td>` +
    `<td class="status"><span aria-hidden="true">${ICONS[o.status]}</span> ${LABELS[o.status]}${why}</td>` +
    `<td>${h(r.text)}${note}</td><td>${decided}</td></tr>`;
}

/**
 * The requirements section of `matrix.html`: catalogue coverage at the top, then each RFC 7643/7644 requirement
 * with its section (linked to the RFC), level, sentence, status on this run and the checks that decide it.
 * Empty when no result of the run is a check the catalogue names (an IdP-only run).
 * @see issue 17 item 4; scenarios/rfc-requirements.json
 */
export function renderRequirementsSection(
  results: readonly ScenarioResult[],
  { catalogue, panelOf = () => undefined }: { catalogue?: RequirementCatalogue; panelOf?: PanelOf } = {},
): string {
  const options = catalogue === undefined ? {} : { catalogue };
  if (!runDecidesRequirements(results, options)) return '';
  const outcomes = requirementOutcomes(results, options);
  const c = catalogueCoverage(catalogue);
  const n = countOutcomes(outcomes);
  const counts = REQUIREMENT_STATUS_ORDER.filter((s) => n[s] > 0)
    .map((s) => `<li data-requirement-total="${s}"><span aria-hidden="true">${ICONS[s]}</span> ${n[s]} ${LABELS[s]}</li>`);
  const levels = c.byLevel.map((l) => `${h(l.level)} ${l.covered}/${l.testable}`).join(' · ');
  return [
    `<style>${REQUIREMENTS_CSS}</style>`,
    '<section id="requirements" aria-labelledby="requirements-title">',
    '<h2 id="requirements-title">RFC 7643 / RFC 7644 requirements</h2>',
    `<p class="meta" data-coverage>${c.covered} of ${c.testable} requirements testable from outside have a check ` +
      `(${Math.round((100 * c.covered) / Math.max(c.testable, 1))}%); ${c.total} bind a service provider in all. By level: ${levels}.</p>`,
    `<ul class="totals" aria-label="Requirements on this run">${counts.join('')}</ul>`,
    '<div class="scroll"><table id="requirements-table">',
    '<caption>Each requirement: its status on this run is the worst of the checks that decide it; a check\'s link opens its scenario in the matrix above, with its failures and each request and response.</caption>',
    '<thead><tr><th scope="col">Requirement</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Sentence</th><th scope="col">Decided by</th></tr></thead>',
    `<tbody>${outcomes.map((o) => row(o, panelOf)).join('\n')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n');
}

/**
 * The line at the top of `matrix.html` on requirements, linking to the section: how many testable requirements
 * have a check and how this run decided them. Empty when the run decides none.
 */
export function renderRequirementsSummary(results: readonly ScenarioResult[], { catalogue }: { catalogue?: RequirementCatalogue } = {}): string {
  const options = catalogue === undefined ? {} : { catalogue };
  if (!runDecidesRequirements(results, options)) return '';
  const c = catalogueCoverage(catalogue);
  const n = countOutcomes(requirementOutcomes(results, options));
  const counts = (['passed', 'failed', 'warning', 'skipped', 'blocked', 'not-run'] as const).filter((s) => n[s] > 0).map((s) => `${n[s]} ${LABELS[s]}`);
  return `<p class="meta" data-requirements-summary><a href="#requirements">RFC 7643/7644 requirements</a>: ${c.testable} testable, ${c.covered} with a check; this run: ${counts.join(', ')}</p>`;
}
