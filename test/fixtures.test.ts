import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type InputRecord, readRecords } from '../src/io/read-records.js';
import type { Article, Span } from '../src/model.js';
import { articleOf } from '../src/parallel/tasks.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const update = process.env.UPDATE_FIXTURES === '1';

/** Every span an article reports, with where it was found. */
function spansOf(article: Article): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (where: string, list: readonly Span[]) => {
    for (const [i, s] of list.entries()) out.push([`${where}[${i}]`, s]);
  };
  add('paragraphs', article.paragraphs);
  add('removed', article.removed);
  add('credits', article.credits);
  add('quotes', article.quotes);
  article.quotes.forEach((q, i) => {
    if (q.cue !== null && q.cueStart !== null && q.cueEnd !== null)
      out.push([`quotes[${i}].cue`, { text: q.cue, start: q.cueStart, end: q.cueEnd }]);
  });
  for (const kind of ['people', 'places', 'organizations'] as const) {
    for (const [i, e] of article[kind].entries()) add(`${kind}[${i}].mentions`, e.mentions);
  }
  add('dates', article.dates);
  return out;
}

async function parseFixture(dir: string): Promise<{ records: InputRecord[]; articles: Article[] }> {
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${dir}: no input file`);
  const records: InputRecord[] = [];
  // Ids of whole-file fixtures are their path relative to the fixtures folder, as on a command line there.
  for await (const r of readRecords([join(dir, input)]))
    records.push(
      r.line === null ? { ...r, meta: { ...r.meta, id: `${dir.slice(root.length)}/${input}` } } : r,
    );
  return { records, articles: records.map((record) => articleOf(record)) };
}

const cases = readdirSync(root).filter(
  (d) => existsSync(join(root, d)) && readdirSync(join(root, d)).some((f) => f.startsWith('input.')),
);

describe('fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const name of cases) {
    const dir = join(root, name);
    it(`${name}: output matches expected.json`, async () => {
      const { articles } = await parseFixture(dir);
      const file = join(dir, 'expected.json');
      // Paths in messages are made relative, so the expected output does not depend on the checkout's folder.
      const actual = `${JSON.stringify(articles, null, 2)}\n`.replaceAll(root, 'fixtures/');
      if (update || !existsSync(file)) writeFileSync(file, actual);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
    it(`${name}: every offset slices the source to the reported text`, async () => {
      const { records, articles } = await parseFixture(dir);
      records.forEach((record, i) => {
        const article = articles[i] as Article;
        if (record.text === null) return;
        for (const [where, span] of spansOf(article)) {
          expect(span.start, where).toBeLessThanOrEqual(span.end);
          expect(record.text.slice(span.start, span.end), `${name} ${article.id} ${where}`).toBe(span.text);
        }
      });
    });
  }
});
