/** The `kliping stats --html` page: one self-contained file (inline CSS, SVG and a few lines of JS, no network). */

import { metricsOf } from './check-formats.js';
import { type DatasetStats, share } from './collect.js';
import { type Bar, barChart, columnChart, escapeHtml } from './svg.js';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function binLabels(bins: readonly number[]): string[] {
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const labels = ['empty'];
  for (let i = 1; i < bins.length; i++) labels.push(`${k(bins[i - 1] as number)}–${k(bins[i] as number)}`);
  labels.push(`≥ ${k(bins[bins.length - 1] as number)}`);
  return labels;
}

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6477;--line:#e3e7ee;--bg:#f6f7fb;--card:#fff;--accent:#2f6fdf;--warn:#c2410c;--ok:#15803d}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{background:#16213a;color:#fff;padding:24px 32px}header h1{margin:0;font-size:22px;font-weight:650}header p{margin:4px 0 0;color:#b8c2d8;font-size:13px;word-break:break-all}
main{max-width:1120px;margin:0 auto;padding:24px 32px 48px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(118px,1fr));gap:12px;margin-bottom:24px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.card .n{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}.card .k{color:var(--muted);font-size:12.5px;text-transform:uppercase;letter-spacing:.03em}
.card.warn .n{color:var(--warn)}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}@media (max-width:900px){.grid2{grid-template-columns:1fr}}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin-bottom:16px;min-width:0}
section h2{font-size:16px;margin:0 0 10px;font-weight:650}section p.note{color:var(--muted);margin:0 0 8px;font-size:13px}
.chart{width:100%;height:auto;display:block}.chart .bar{fill:var(--accent)}.chart .grid{stroke:var(--line)}
.chart text{font-size:11.5px;fill:var(--muted);font-family:inherit}.chart .value{fill:var(--ink);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;font-size:13.5px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}td.num{text-align:right;font-variant-numeric:tabular-nums}th.narrow{width:64px}
td.text{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;word-break:break-word;max-width:560px}
.tag{display:inline-block;padding:1px 7px;border-radius:999px;background:#eef3fd;color:#1e4fae;font-size:12px;white-space:nowrap}
.tag.duplicate{background:#fdf2e9;color:#9a3412}.tag.credit,.tag.dateline,.tag.title{background:#ecfdf3;color:#166534}
.empty{color:var(--muted);font-style:italic}select{font:inherit;padding:3px 6px;border-radius:6px;border:1px solid var(--line);margin-left:6px}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
`;

const SCRIPT = `
(function(){
  var select=document.getElementById('rule-filter');
  if(!select)return;
  select.addEventListener('change',function(){
    var rows=document.querySelectorAll('#removed tbody tr');
    for(var i=0;i<rows.length;i++){rows[i].hidden=select.value!==''&&rows[i].getAttribute('data-rule')!==select.value;}
  });
})();
`;

/** Renders the report page for a dataset's figures. */
export function renderHtml(stats: DatasetStats): string {
  const m = metricsOf(stats);
  const card = (label: string, value: string, warn = false) =>
    `<div class="card${warn ? ' warn' : ''}"><div class="n">${escapeHtml(value)}</div><div class="k">${escapeHtml(label)}</div></div>`;
  const cards = [
    card('articles', stats.articles.toLocaleString('en')),
    card('failed records', stats.failed.toLocaleString('en'), stats.failed > 0),
    card('duplicates', percent(m.duplicates ?? 0), (m.duplicates ?? 0) > 0.1),
    card('boilerplate', percent(m.boilerplate ?? 0)),
    card('empty or short', percent(share(stats.empty + stats.short, stats.articles))),
    card('missing titles', percent(m.missingTitles ?? 0)),
    card('missing dates', percent(m.missingDates ?? 0)),
    card('repaired encodings', percent(m.repaired ?? 0)),
  ].join('');

  const lengthBars: Bar[] = binLabels(stats.lengthBins).map((label, i) => ({
    label,
    value: stats.lengthCounts[i] ?? 0,
  }));
  const languages: Bar[] = Object.entries(stats.languages).map(([code, n]) => ({
    label: code,
    value: n,
    note: `${n.toLocaleString('en')} · ${percent(share(n, stats.articles))}`,
  }));
  const rules: Bar[] = stats.rules.slice(0, 15).map((r) => ({
    label: `${r.reason}/${r.rule}`,
    value: r.count,
    note: `${r.count.toLocaleString('en')} · ${r.chars.toLocaleString('en')} ch`,
  }));
  const none = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;

  const clusterRows = stats.clusters
    .map(
      (c) =>
        `<tr><td class="num">${c.size}</td><td>${escapeHtml(c.title ?? '(no title)')}</td><td class="text">${escapeHtml(
          c.ids.join(', ') + (c.size > c.ids.length ? ', …' : ''),
        )}</td></tr>`,
    )
    .join('');
  const ruleNames = [...new Set(stats.removedSample.map((r) => `${r.reason}/${r.rule}`))];
  const removedRows = stats.removedSample
    .map(
      (r) =>
        `<tr data-rule="${escapeHtml(`${r.reason}/${r.rule}`)}"><td><span class="tag ${escapeHtml(r.reason)}">${escapeHtml(r.reason)}</span></td><td>${escapeHtml(r.rule)}</td><td class="text">${escapeHtml(r.text)}</td><td class="text">${escapeHtml(r.id)}</td></tr>`,
    )
    .join('');
  const failureRows = stats.failures
    .slice(0, 50)
    .map(
      (f) =>
        `<tr><td class="text">${escapeHtml(f.line === null ? f.file : `${f.file}:${f.line}`)}</td><td>${escapeHtml(f.reason)}</td></tr>`,
    )
    .join('');
  const files =
    stats.files.length > 3
      ? `${stats.files.slice(0, 3).join(', ')} and ${stats.files.length - 3} more`
      : stats.files.join(', ');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>kliping stats — ${stats.articles.toLocaleString('en')} articles</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>kliping stats</h1><p>${stats.records.toLocaleString('en')} records from ${escapeHtml(files || 'standard input')}</p></header>
<main>
<div class="cards">${cards}</div>
<div class="grid2">
<section><h2>Body length</h2><p class="note">Characters of clean body per article.</p>${stats.articles ? columnChart(lengthBars, 'Body length histogram', 480, 250) : none('No articles.')}</section>
<section><h2>Languages</h2><p class="note">Detected language of each article (ISO 639-3).</p>${languages.length ? barChart(languages, 'Languages', 480) : none('No articles.')}</section>
</div>
<section><h2>Top removal rules</h2><p class="note">Blocks taken out of the body, by reason and rule.</p>${rules.length ? barChart(rules, 'Removal rules', 900) : none('Nothing was removed.')}</section>
<section><h2>Duplicate clusters</h2><p class="note">${stats.clusterCount.toLocaleString('en')} ${stats.clusterCount === 1 ? 'cluster' : 'clusters'} of two or more articles; ${percent(m.exactDuplicates ?? 0)} exact and ${percent(m.nearDuplicates ?? 0)} near duplicates. The largest:</p>
${clusterRows ? `<table><thead><tr><th class="narrow">size</th><th>title of the first</th><th>ids</th></tr></thead><tbody>${clusterRows}</tbody></table>` : none('No duplicates.')}</section>
<section><h2>Removed blocks (sample)</h2><p class="note">A few blocks per rule, with the reason they left the body.${
    ruleNames.length
      ? ` <label>Rule<select id="rule-filter"><option value="">all</option>${ruleNames.map((r) => `<option>${escapeHtml(r)}</option>`).join('')}</select></label>`
      : ''
  }</p>
${removedRows ? `<table id="removed"><thead><tr><th>reason</th><th>rule</th><th>text</th><th>article</th></tr></thead><tbody>${removedRows}</tbody></table>` : none('Nothing was removed.')}</section>
${failureRows ? `<section><h2>Failed records</h2><table><thead><tr><th>where</th><th>reason</th></tr></thead><tbody>${failureRows}</tbody></table></section>` : ''}
<footer>Made by kliping. Short bodies: under ${stats.minWords} words.</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
