#!/usr/bin/env node
// Measures the entity stage alone (rules and gazetteer, no tagger) over a JSONL corpus, after `npm run build`.
// Usage: node scripts/bench-entities.mjs ARTICLES.jsonl [ROUNDS]
// Prints CPU microseconds per article and per 3 KB of text, next to a split-and-match calibration loop
// over the same text (to read the figure on a loaded machine).
import { readFileSync } from 'node:fs';
import { startArticle } from '../dist/pipeline.js';
import { extractEntities } from '../dist/stages/extract-entities.js';

const [file, roundsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-entities.mjs ARTICLES.jsonl [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 20);
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((r) => r.text ?? r.content ?? r.body ?? '');
const prepared = texts.map((text) => {
  const { article, context } = startArticle(text);
  const paragraphs = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = at + line.indexOf(trimmed);
      paragraphs.push({ text: trimmed, start, end: start + trimmed.length });
    }
    at += line.length + 1;
  }
  return [{ ...article, paragraphs }, context];
});
const chars = texts.reduce((n, t) => n + t.length, 0);
const made = process.cpuUsage();
const stage = extractEntities({ tagger: null });
console.log(`stage made in ${(process.cpuUsage(made).user / 1000).toFixed(0)} ms CPU`);
for (const [article, context] of prepared) stage(article, context);
// On a shared machine a round can be slowed by others: report the median and the best round's wall time
// too (CPU time is too coarse for one round), the best being the closest to an idle machine.
const roundTimes = [];
const start = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  for (const [article, context] of prepared) stage(article, context);
  roundTimes.push((performance.now() - started) * 1000);
}
const us = process.cpuUsage(start).user;
const sorted = [...roundTimes].sort((a, b) => a - b);
const calibrationStart = process.cpuUsage();
let sink = 0;
for (let r = 0; r < rounds; r++)
  for (const t of texts) sink += t.split(/\s+/).length + (t.match(/\p{Lu}\p{Ll}+/gu)?.length ?? 0);
const calibration = process.cpuUsage(calibrationStart).user;
const per3k = (x, n = rounds) => ((x / (n * chars)) * 3000).toFixed(1);
console.log(`${texts.length} articles, ${(chars / texts.length).toFixed(0)} chars each`);
console.log(
  `entities: ${(us / (rounds * texts.length)).toFixed(1)} µs/article, ${per3k(us)} µs per 3 KB (CPU); ` +
    `median round ${per3k(sorted[sorted.length >> 1] ?? 0, 1)}, best round ${per3k(sorted[0] ?? 0, 1)} µs per 3 KB (wall)`,
);
console.log(`calibration (split + match): ${per3k(calibration)} µs per 3 KB${sink < 0 ? '' : ''}`);
