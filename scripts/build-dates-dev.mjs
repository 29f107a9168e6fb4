#!/usr/bin/env node
// Builds the dates development set that `score.mjs dates` reads: one JSON line per annotated article,
// {id, date, title, text, timex: [{start, end, type, value, text}]}.
//
// Source: ../shared/data/dates/indotimex-development/*.tml, 50 Kompas.com articles (2013-2015) in TimeML
// with only the document creation time marked (IndoTimex development data, Kompas.com articles; the
// publisher keeps its rights: the text is read from ../shared at build time and never copied into the project).
// Labels: eval/dates/annotations.jsonl, written for kliping by reading the articles (TimeML DATE and TIME
// expressions with their ISO values); each line holds a file name, its document date and, per expression,
// [start, end) offsets into the text as derived below, the type, the value and the expression's words.
//
// Usage: node scripts/build-dates-dev.mjs OUTPUT.jsonl [--source DIR] [--annotations FILE] [--text-of FILE]
//   --text-of prints one article's derived text (for annotating) instead of building.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const source = option('source', '../shared/data/dates/indotimex-development');
const annotationsFile = option('annotations', 'eval/dates/annotations.jsonl');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

/** Reads one TimeML file: its document date, title and plain text (tags removed, LF line ends, trimmed). */
export function readTimeml(file) {
  const raw = new TextDecoder('windows-1252').decode(readFileSync(file));
  const date = /<DCT>[\s\S]*?value="([^"]+)"/.exec(raw)?.[1] ?? null;
  const title = decodeEntities((/<TITLE>([\s\S]*?)<\/TITLE>/.exec(raw)?.[1] ?? '').trim());
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '';
  const text = decodeEntities(body.replace(/<[^>]+>/g, ''))
    .replace(/\r\n?/g, '\n')
    .trim();
  return { date, title, text };
}

const file = option('text-of', null);
if (file) {
  process.stdout.write(readTimeml(join(source, file)).text);
  process.exit(0);
}
const output = args[0];
if (!output || output.startsWith('--')) {
  console.error('usage: node scripts/build-dates-dev.mjs OUTPUT.jsonl [--source DIR] [--annotations FILE]');
  process.exit(2);
}
const known = new Set(readdirSync(source));
const lines = [];
let expressions = 0;
for (const line of readFileSync(annotationsFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  if (!known.has(a.file)) throw new Error(`${a.file}: not in ${source}`);
  const doc = readTimeml(join(source, a.file));
  if (doc.date !== a.date) throw new Error(`${a.file}: document date ${doc.date}, annotation says ${a.date}`);
  for (const t of a.timex) {
    const got = doc.text.slice(t.start, t.end);
    if (t.text !== undefined && got !== t.text)
      throw new Error(`${a.file}: [${t.start},${t.end}) is "${got}", not "${t.text}"`);
  }
  expressions += a.timex.length;
  const timex = a.timex.map((t) => ({ ...t, text: doc.text.slice(t.start, t.end) }));
  lines.push(
    JSON.stringify({
      id: a.file.replace(/\.tml$/, ''),
      date: a.date,
      title: doc.title,
      text: doc.text,
      timex,
    }),
  );
}
writeFileSync(output, `${lines.join('\n')}\n`);
console.error(`${lines.length} articles, ${expressions} expressions -> ${output}`);
