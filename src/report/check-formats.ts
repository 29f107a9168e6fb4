/** Renders `kliping check`'s result as a table, JSON, GitHub Actions annotations or JUnit XML. */
import { type DatasetStats, share } from './collect.js';
import { formatValue, type Verdict } from './limits.js';

/** The formats of `kliping check`. */
export type CheckFormat = 'text' | 'json' | 'github' | 'junit';

/** The health figures as a flat, ordered list of [label, value] for the table and JSON. */
export function metricsOf(stats: DatasetStats): Record<string, number> {
  const n = stats.articles;
  return {
    records: stats.records,
    articles: n,
    failed: stats.failed,
    setAside: stats.setAside,
    duplicates: share(stats.exactDuplicates + stats.nearDuplicates, n),
    exactDuplicates: share(stats.exactDuplicates, n),
    nearDuplicates: share(stats.nearDuplicates, n),
    boilerplate: share(stats.boilerplateChars, stats.bodyChars + stats.removedChars),
    articlesWithBoilerplate: share(stats.articlesWithBoilerplate, n),
    empty: share(stats.empty, n),
    short: share(stats.short, n),
    missingTitles: share(stats.missingTitles, n),
    missingDates: share(stats.missingDates, n),
    repaired: share(stats.repaired, n),
  };
}

const COUNTS = new Set(['records', 'articles', 'failed', 'setAside']);
const LABELS: Record<string, string> = {
  records: 'records read',
  articles: 'articles',
  failed: 'failed records',
  setAside: 'set aside (--languages)',
  duplicates: 'duplicates',
  exactDuplicates: '  exact',
  nearDuplicates: '  near',
  boilerplate: 'boilerplate (of characters)',
  articlesWithBoilerplate: 'articles with boilerplate',
  empty: 'empty bodies',
  short: 'short bodies',
  missingTitles: 'missing titles',
  missingDates: 'missing dates',
  repaired: 'repaired encodings',
};

/** Renders the result in a format. */
export function renderCheck(format: CheckFormat, stats: DatasetStats, verdicts: readonly Verdict[]): string {
  if (format === 'json') return `${JSON.stringify(jsonOf(stats, verdicts), null, 2)}\n`;
  if (format === 'github') return githubOf(stats, verdicts);
  if (format === 'junit') return junitOf(stats, verdicts);
  return textOf(stats, verdicts);
}

function jsonOf(stats: DatasetStats, verdicts: readonly Verdict[]) {
  return {
    ok: verdicts.every((v) => v.ok) && stats.unreadableFiles.length === 0,
    metrics: metricsOf(stats),
    languages: Object.fromEntries(
      Object.entries(stats.languages).map(([k, v]) => [k, share(v, stats.articles)]),
    ),
    diagnostics: stats.diagnostics,
    minWords: stats.minWords,
    limits: verdicts.map(({ name, op, limit, value, ok, message }) => ({
      name,
      op,
      limit,
      value,
      ok,
      message,
    })),
    unreadableFiles: stats.unreadableFiles,
    failures: stats.failures,
  };
}

/** The figures as text for `kliping stats`: the table, the top removal rules and the largest duplicate clusters. */
export function renderStatsText(stats: DatasetStats): string {
  const table = textOf(stats, [], 'kliping stats').replace(/\nno limits given\n$/, '');
  const lines = [table.trimEnd()];
  if (stats.rules.length) {
    lines.push('', 'top removal rules:');
    for (const r of stats.rules.slice(0, 10))
      lines.push(
        `  ${String(r.count).padStart(7)}  ${r.reason}/${r.rule} (${r.chars.toLocaleString('en')} characters)`,
      );
  }
  if (stats.clusters.length) {
    lines.push('', `duplicate clusters: ${stats.clusterCount.toLocaleString('en')}; the largest:`);
    for (const c of stats.clusters.slice(0, 5))
      lines.push(`  ${String(c.size).padStart(7)}  ${c.title ?? c.ids[0] ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function textOf(stats: DatasetStats, verdicts: readonly Verdict[], title = 'kliping check'): string {
  const rows: [string, string][] = [];
  for (const [key, value] of Object.entries(metricsOf(stats)))
    rows.push([LABELS[key] ?? key, COUNTS.has(key) ? value.toLocaleString('en') : formatValue(value, true)]);
  for (const [code, count] of Object.entries(stats.languages))
    rows.push([`language ${code}`, formatValue(share(count, stats.articles), true)]);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = [
    `${title}: ${stats.records.toLocaleString('en')} records from ${stats.files.length} file(s)`,
    '',
  ];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value.padStart(8)}`);
  if (stats.unreadableFiles.length) {
    lines.push('', 'unreadable:');
    for (const file of stats.unreadableFiles) lines.push(`  ${file}`);
  }
  if (verdicts.length) {
    lines.push('', 'limits:');
    for (const v of verdicts) lines.push(`  ${v.ok ? 'ok  ' : 'FAIL'}  ${v.message}`);
  }
  const failedLimits = verdicts.filter((v) => !v.ok).length;
  lines.push(
    '',
    verdicts.length
      ? failedLimits
        ? `${failedLimits} of ${verdicts.length} limits failed`
        : `all ${verdicts.length} limits hold`
      : 'no limits given',
  );
  return `${lines.join('\n')}\n`;
}

/** Escapes a GitHub Actions workflow command's message (and, with `property`, its parameters). */
export function githubEscape(text: string, property = false): string {
  let out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

const MAX_ANNOTATIONS = 50;

function githubOf(stats: DatasetStats, verdicts: readonly Verdict[]): string {
  const lines: string[] = [];
  const file = stats.files[0];
  const fileProperty = file && file !== '-' ? `file=${githubEscape(file, true)},` : '';
  for (const v of verdicts)
    if (!v.ok)
      lines.push(
        `::error ${fileProperty}title=${githubEscape(`kliping check ${v.name}`, true)}::${githubEscape(v.message)}`,
      );
  for (const f of stats.unreadableFiles)
    lines.push(
      `::error file=${githubEscape(f, true)},title=kliping check::${githubEscape(`${f}: unreadable`)}`,
    );
  for (const f of stats.failures.slice(0, MAX_ANNOTATIONS)) {
    if (stats.unreadableFiles.includes(f.file) && f.line === null) continue;
    const where =
      f.file === '-' ? '' : `file=${githubEscape(f.file, true)},${f.line === null ? '' : `line=${f.line},`}`;
    lines.push(`::warning ${where}title=kliping check record::${githubEscape(f.reason)}`);
  }
  const failed = verdicts.filter((v) => !v.ok).length;
  const summary = `${stats.articles} articles, ${stats.failed} failed; ${
    verdicts.length
      ? failed
        ? `${failed} of ${verdicts.length} limits failed`
        : `all ${verdicts.length} limits hold`
      : 'no limits given'
  }`;
  lines.push(`::notice title=kliping check::${githubEscape(summary)}`);
  return `${lines.join('\n')}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** Escapes text for XML attributes and content. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '\ufffd');
}

function junitOf(stats: DatasetStats, verdicts: readonly Verdict[]): string {
  const cases: string[] = [];
  const readable = stats.unreadableFiles.length === 0;
  cases.push(
    readable
      ? '    <testcase classname="kliping.check" name="inputs readable" time="0"/>'
      : `    <testcase classname="kliping.check" name="inputs readable" time="0"><error message="${xmlEscape(
          `unreadable: ${stats.unreadableFiles.join(', ')}`,
        )}" type="unreadable"/></testcase>`,
  );
  for (const v of verdicts) {
    const name = xmlEscape(`${v.name} ${v.op} ${formatValue(v.limit, v.ratio)}`);
    cases.push(
      v.ok
        ? `    <testcase classname="kliping.check" name="${name}" time="0"/>`
        : `    <testcase classname="kliping.check" name="${name}" time="0"><failure message="${xmlEscape(v.message)}" type="limit">${xmlEscape(v.message)}</failure></testcase>`,
    );
  }
  const failures = verdicts.filter((v) => !v.ok).length;
  const errors = readable ? 0 : 1;
  const properties = Object.entries(metricsOf(stats)).map(
    ([k, v]) => `      <property name="${xmlEscape(k)}" value="${Number.isInteger(v) ? v : v.toFixed(4)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kliping check" tests="${cases.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="kliping check" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
