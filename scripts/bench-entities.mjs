#!/usr/bin/env node
// Measures the entity stage alone over a JSONL corpus, after `npm run build`.
// Usage: node scripts/bench-entities.mjs ARTICLES.jsonl [ROUNDS] [--tagger]
// The articles go through the stages before extract-entities once (paragraphs, dateline); then the stage is
// timed alone. Without --tagger it runs rules and gazetteer only; with --tagger the statistical tagger's spans
// are computed once beforehand and handed back from memory, so that the figure is the stage outside the tagger
// (merging the tagger's spans included). Prints CPU microseconds per article and per 3 KB of text, the median
// and best round's wall time, and a split-and-match calibration loop over the same text (to read the figure on
// a loaded machine: compare runs by the ratio to the calibration, or before/after in the same minute).
import { readFileSync } from 'node:fs';
import { tagEntities } from '../dist/ner/tag-entities.js';
import { makeNamedPipeline, startArticle } from '../dist/pipeline.js';
import { extractEntities } from '../dist/stages/extract-entities.js';

const args = process.argv.slice(2);
const withTagger = args.includes('--tagger');
const [file, roundsArg] = args.filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node scripts/bench-entities.mjs ARTICLES.jsonl [ROUNDS] [--tagger]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 20);
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const named = makeNamedPipeline();
const before = named.slice(
  0,
  named.findIndex((s) => s.name === 'extract-entities'),
);
const prepared = records.map((r) => {
  const text = r.text ?? r.content ?? r.body ?? '';
  let { article, context } = startArticle(text, { id: r.id, title: r.title, url: r.url });
  for (const s of before) article = s.run(article, context);
  const spans = new Map();
  if (withTagger) {
    for (const p of article.paragraphs) spans.set(p.start, tagEntities(context.view, p.start, p.end));
  }
  return { article, context, spans };
});
const texts = prepared.map((p) => p.context.source);
// No article is current while the stage is made: its warm-up articles are tagged by the tagger itself.
let current;
const memoised = (view, start = 0, end = view.length) =>
  current?.spans.get(start) ?? tagEntities(view, start, end);
const made = process.cpuUsage();
const stage = extractEntities({ tagger: withTagger ? memoised : null });
console.log(`stage made in ${(process.cpuUsage(made).user / 1000).toFixed(0)} ms CPU`);
const runAll = () => {
  for (const p of prepared) {
    current = p;
    stage(p.article, p.context);
  }
};
runAll();
// On a shared machine a round can be slowed by others: report the median and the best round's wall time
// too (CPU time is too coarse for one round), the best being the closest to an idle machine.
const roundTimes = [];
const start = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  runAll();
  roundTimes.push((performance.now() - started) * 1000);
}
const cpu = process.cpuUsage(start);
const us = cpu.user + cpu.system;
const sorted = [...roundTimes].sort((a, b) => a - b);
const chars = texts.reduce((n, t) => n + t.length, 0);
const calibrationStart = process.cpuUsage();
let sink = 0;
for (let r = 0; r < rounds; r++)
  for (const t of texts) sink += t.split(/\s+/).length + (t.match(/\p{Lu}\p{Ll}+/gu)?.length ?? 0);
const calibration = process.cpuUsage(calibrationStart).user;
const per3k = (x, n = rounds) => ((x / (n * chars)) * 3000).toFixed(1);
console.log(
  `${texts.length} articles, ${(chars / texts.length).toFixed(0)} chars each, ${withTagger ? 'tagger spans memoised' : 'no tagger'}`,
);
console.log(
  `entities: ${(us / (rounds * texts.length)).toFixed(1)} µs/article, ${per3k(us)} µs per 3 KB (CPU); ` +
    `median round ${per3k(sorted[sorted.length >> 1] ?? 0, 1)}, best round ${per3k(sorted[0] ?? 0, 1)} µs per 3 KB (wall)`,
);
console.log(`calibration (split + match): ${per3k(calibration)} µs per 3 KB${sink < 0 ? '' : ''}`);
