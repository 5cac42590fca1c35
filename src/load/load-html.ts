import { escapeXml } from '../report/xml-escape.ts';
import type { LoadReport } from './load-report.ts';
import type { SecondStats } from './load-stats.ts';

const W = 720;
const H = 220;
const PAD = 40;
const COLOURS: Record<keyof SecondStats['outcomes'], string> = { '2xx': '#2e7d32', '4xx': '#f9a825', '429': '#6a1b9a', '5xx': '#c62828', none: '#424242' };

/**
 * load.html: the verdicts, then two charts drawn as inline SVG (no script, no network): latency over time
 * (p50 and p95 per second) and status over time (answers per second by outcome, stacked).
 */
export function loadHtml(report: LoadReport): string {
  const verdictRows = report.verdicts
    .map((v) => `<tr class="${v.status}"><td>${escapeXml(v.title)}</td><td>${v.status}</td><td>${escapeXml(v.detail)}</td><td>${escapeXml(v.reference)}</td></tr>`)
    .join('\n');
  const opRows = report.operations
    .map((o) => `<tr><td>${o.op}</td><td>${o.requests}</td><td>${o.throughput}</td><td>${o.p50}</td><td>${o.p95}</td><td>${o.p99}</td><td>${escapeXml(Object.entries(o.statuses).map(([k, n]) => `${k}: ${n}`).join(', '))}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>scim-conformance load: ${report.idp} — ${report.status}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
tr.failed td:nth-child(2){color:#c62828;font-weight:bold}tr.warning td:nth-child(2){color:#ef6c00}tr.passed td:nth-child(2){color:#2e7d32}svg{border:1px solid #ddd;background:#fff}.legend span{margin-right:1em}</style></head>
<body>
<h1>${report.idp} initial sync: <span id="status">${report.status}</span></h1>
<p>${escapeXml(report.target)} — ${report.settings.users} users, ${report.settings.groups} groups, at most ${report.settings.rate} requests/second, ${report.settings.concurrency} at once; ${(report.sync.durationMs / 1000).toFixed(1)} s.</p>
<h2>Verdicts</h2>
<table id="verdicts"><tr><th>verdict</th><th>result</th><th>measured</th><th>source</th></tr>
${verdictRows}</table>
<h2>Latency over time</h2>
${latencyChart(report.timeline)}
<p class="legend"><span style="color:#1565c0">━ p50</span><span style="color:#c62828">━ p95</span> (ms, by the second each request started)</p>
<h2>Status over time</h2>
${statusChart(report.timeline)}
<p class="legend">${Object.entries(COLOURS).map(([k, c]) => `<span style="color:${c}">■ ${k === 'none' ? 'no answer' : k}</span>`).join('')} (answers per second)</p>
<h2>Per operation</h2>
<table id="operations"><tr><th>operation</th><th>requests</th><th>req/s</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>statuses</th></tr>
${opRows}</table>
</body></html>
`;
}

function latencyChart(timeline: readonly SecondStats[]): string {
  const top = Math.max(1, ...timeline.map((s) => s.p95));
  const x = (i: number) => PAD + (timeline.length <= 1 ? 0 : (i * (W - 2 * PAD)) / (timeline.length - 1));
  const y = (ms: number) => H - PAD + 10 - (ms / top) * (H - PAD - 10);
  const line = (pick: (s: SecondStats) => number, colour: string, name: string) =>
    `<polyline data-series="${name}" fill="none" stroke="${colour}" stroke-width="2" points="${timeline.map((s, i) => `${x(i).toFixed(1)},${y(pick(s)).toFixed(1)}`).join(' ')}"/>`;
  return `<svg id="latency-chart" role="img" aria-label="latency over time" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
${axes(top, 'ms', timeline.length)}
${line((s) => s.p50, '#1565c0', 'p50')}
${line((s) => s.p95, '#c62828', 'p95')}
</svg>`;
}

function statusChart(timeline: readonly SecondStats[]): string {
  const top = Math.max(1, ...timeline.map((s) => s.requests));
  const slot = (W - 2 * PAD) / Math.max(1, timeline.length);
  const bars: string[] = [];
  timeline.forEach((s, i) => {
    let base = H - PAD + 10;
    for (const key of Object.keys(COLOURS) as Array<keyof SecondStats['outcomes']>) {
      const n = s.outcomes[key];
      if (n === 0) continue;
      const height = (n / top) * (H - PAD - 10);
      base -= height;
      bars.push(`<rect data-outcome="${key}" x="${(PAD + i * slot).toFixed(1)}" y="${base.toFixed(1)}" width="${Math.max(1, slot - 1).toFixed(1)}" height="${height.toFixed(1)}" fill="${COLOURS[key]}"><title>second ${s.second}: ${n} × ${key}</title></rect>`);
    }
  });
  return `<svg id="status-chart" role="img" aria-label="status over time" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
${axes(top, 'req', timeline.length)}
${bars.join('\n')}
</svg>`;
}

function axes(top: number, unit: string, seconds: number): string {
  const bottom = H - PAD + 10;
  return `<line x1="${PAD}" y1="10" x2="${PAD}" y2="${bottom}" stroke="#888"/><line x1="${PAD}" y1="${bottom}" x2="${W - PAD}" y2="${bottom}" stroke="#888"/>
<text x="4" y="16" font-size="11">${Math.round(top)} ${unit}</text><text x="4" y="${bottom}" font-size="11">0</text>
<text x="${W - PAD - 40}" y="${H - 8}" font-size="11">${seconds} s</text>`;
}
