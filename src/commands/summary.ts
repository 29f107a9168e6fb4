import chalk from 'chalk';
import type { Article } from '../model.js';

/** Renders one article as a short coloured summary for a person at a terminal. */
export function summarize(article: Article): string {
  const lines: string[] = [];
  const head = article.error
    ? chalk.red(`✗ ${article.id}: ${article.error}`)
    : chalk.bold(article.title ?? '(no title)');
  lines.push(head, chalk.dim(`  ${article.id}`));
  if (article.error) return `${lines.join('\n')}\n`;
  const facts = [
    `language ${article.language.code} (${article.language.confidence.toFixed(2)})`,
    article.dateline ? `dateline ${article.dateline}` : null,
    article.publishedAt ? `published ${article.publishedAt}` : null,
    `${article.paragraphs.length} paragraphs`,
  ].filter(Boolean);
  lines.push(`  ${facts.join(chalk.dim(' · '))}`);
  const reasons = new Map<string, number>();
  for (const r of article.removed)
    reasons.set(`${r.reason}/${r.rule}`, (reasons.get(`${r.reason}/${r.rule}`) ?? 0) + 1);
  if (reasons.size)
    lines.push(`  ${chalk.yellow('removed')} ${[...reasons].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (article.credits.length)
    lines.push(
      `  ${chalk.yellow('credits')} ${article.credits.map((c) => `${c.name} (${c.role})`).join(', ')}`,
    );
  for (const q of article.quotes) {
    const text = q.text.length > 90 ? `${q.text.slice(0, 87)}…` : q.text;
    lines.push(
      `  ${chalk.cyan(q.speaker ?? '?')}${q.kind === 'indirect' ? chalk.dim(' (indirect)') : ''}: “${text}”`,
    );
  }
  const list = (label: string, items: readonly string[]) => {
    if (items.length) lines.push(`  ${chalk.green(label)} ${items.join(', ')}`);
  };
  list(
    'people',
    article.people.map((p) => (p.titles.length ? `${p.name} (${p.titles.join(', ')})` : p.name)),
  );
  list(
    'places',
    article.places.map((p) => `${p.name} [${p.kind}]`),
  );
  list(
    'organizations',
    article.organizations.map((o) => o.name),
  );
  list(
    'dates',
    article.dates.map((d) => `${d.text} → ${d.value ?? '?'}`),
  );
  const warnings = article.diagnostics.filter((d) => d.severity !== 'info');
  for (const d of warnings) lines.push(`  ${chalk.magenta(d.severity)} ${d.message} ${chalk.dim(d.rule)}`);
  return `${lines.join('\n')}\n\n`;
}
