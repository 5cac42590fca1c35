/** Inline stylesheet of `matrix.html`: status is shown by text and icon, colour only helps. */
export const MATRIX_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff;
  --pass: #dafbe1; --fail: #ffebe9; --skip: #eef1f4; --warn: #fff8c5; --focus: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117;
  --pass: #12361f; --fail: #42181b; --skip: #262c36; --warn: #3b2e08; --focus: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.meta, .hint { color: var(--muted); margin: .25rem 0; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; margin: .75rem 0 1.25rem; padding: 0; list-style: none; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: .5rem; }
th, td { border: 1px solid var(--line); padding: 0; text-align: center; }
thead th, tbody th { padding: .5rem .75rem; white-space: nowrap; }
tbody th { text-align: left; font-weight: 600; }
td[data-status="passed"] { background: var(--pass); }
td[data-status="failed"] { background: var(--fail); }
td[data-status="skipped"] { background: var(--skip); }
td[data-status="blocked"] { background: var(--skip); }
td[data-status="none"] { color: var(--muted); padding: .5rem; }
td button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: .5rem .75rem; cursor: pointer; white-space: nowrap; }
td button:hover { text-decoration: underline; }
td button:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
td button[aria-expanded="true"] { outline: 3px solid var(--focus); outline-offset: -3px; font-weight: 700; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin-top: 1.25rem; }
.panel h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
.scenario { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: .75rem; }
.scenario h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.scenario h4 { font-size: .95rem; margin: .75rem 0 .25rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .85rem; border: 1px solid var(--line); }
.badge.passed { background: var(--pass); } .badge.failed { background: var(--fail); } .badge.skipped { background: var(--skip); } .badge.blocked { background: var(--skip); }
.failures li, .warnings li, .skip { background: var(--fail); padding: .5rem .75rem; border-radius: 4px; margin: .25rem 0; list-style-position: inside; }
.warnings li { background: var(--warn); } .skip { background: var(--skip); }
pre { white-space: pre-wrap; word-break: break-word; margin: .25rem 0; font: 13px/1.45 ui-monospace, monospace; }
.steps { padding-left: 1.5rem; } .steps li { margin: .2rem 0; }
.steps code { font: 13px ui-monospace, monospace; word-break: break-all; }
.tag { font-size: .75rem; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; color: var(--muted); }
.ref { color: var(--muted); margin: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Inline script: a cell's button (or a check's link in the requirements table) shows its panel and hides the others; the URL hash keeps the choice. */
export const MATRIX_JS = `
(function () {
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-panel]'));
  var panels = Array.prototype.slice.call(document.querySelectorAll('.panel[data-cell]'));
  var hint = document.getElementById('details-hint');
  function show(id, scroll) {
    panels.forEach(function (p) { p.hidden = p.id !== id; });
    buttons.forEach(function (b) { b.setAttribute('aria-expanded', String(b.getAttribute('data-panel') === id)); });
    hint.hidden = id !== '';
    if (history.replaceState) history.replaceState(null, '', id ? '#' + id : location.pathname);
    var open = id && document.getElementById(id);
    if (open && scroll) open.scrollIntoView({ block: 'nearest' });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var id = b.getAttribute('data-panel');
      show(b.getAttribute('aria-expanded') === 'true' ? '' : id, true);
    });
  });
  // A check linked from the requirements table: open its cell and bring its scenario into view.
  Array.prototype.slice.call(document.querySelectorAll('a[data-open-panel]')).forEach(function (a) {
    a.addEventListener('click', function (event) {
      event.preventDefault();
      show(a.getAttribute('data-open-panel'), false);
      var panel = document.getElementById(a.getAttribute('data-open-panel'));
      var articles = panel ? Array.prototype.slice.call(panel.querySelectorAll('article[data-id]')) : [];
      var target = articles.filter(function (x) { return x.getAttribute('data-id') === a.getAttribute('data-result'); })[0] || panel;
      if (target) { target.setAttribute('tabindex', '-1'); target.scrollIntoView({ block: 'start' }); target.focus(); }
    });
  });
  var start = location.hash.slice(1);
  if (start && document.getElementById(start)) show(start, false);
})();
`;
