#!/usr/bin/env node
// Measures the date stages (inferPublishedAt + extractDates) per article, from dist/ (run `npm run build` first).
// Input: a JSONL file with `text` (and `url`/`date`) per line, default ../shared/data/kompas-2019-dev/articles.jsonl.
// Usage: node scripts/bench-dates.mjs [FILE.jsonl] [--rounds N]
import { readFileSync } from 'node:fs';
import { spanOf, viewOf } from '../dist/span.js';
import { extractDates } from '../dist/stages/extract-dates.js';
import { inferPublishedAt } from '../dist/stages/infer-published-at.js';

const args = process.argv.slice(2);
const file =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  '../shared/data/kompas-2019-dev/articles.jsonl';
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 200;
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const infer = inferPublishedAt();
const extract = extractDates();
const prepared = records.map((r) => {
  const context = { source: r.text, view: viewOf(r.text), meta: { url: r.url, date: r.date } };
  const article = {
    id: '',
    title: null,
    publishedAt: null,
    publishedAtSource: null,
    removed: [],
    dates: [],
    diagnostics: [],
  };
  const paragraphs = [];
  let pos = 0;
  for (const line of r.text.split('\n')) {
    if (line.trim()) paragraphs.push(spanOf(r.text, pos, pos + line.length));
    pos += line.length + 1;
  }
  return { article: { ...article, url: r.url ?? null, paragraphs }, context };
});
const chars = records.reduce((n, r) => n + r.text.length, 0);
let mentions = 0;
/** CPU seconds (not wall time: the machine is shared) for `fn` over all articles `rounds` times. */
const time = (fn) => {
  const t0 = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const item of prepared) fn(item);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};
const stages = ({ article, context }) => {
  mentions += extract(infer(article, context), context).dates.length;
};
// A plain character loop over the same text: the machine's speed right now (shared machines vary a lot).
let sink = 0;
const baseline = ({ context }) => {
  const v = context.view;
  for (let i = 0; i < v.length; i++) sink += v.charCodeAt(i);
};
let best = Number.POSITIVE_INFINITY;
let base = Number.POSITIVE_INFINITY;
for (let k = 0; k < 5; k++) {
  best = Math.min(best, time(stages));
  base = Math.min(base, time(baseline));
}
const per3k = (s) => (s / ((rounds * chars) / 3000)) * 1e6;
console.log(
  `${prepared.length} articles x ${rounds}, best of 5: ${per3k(best).toFixed(1)} µs per 3 KB ` +
    `(a plain character loop: ${per3k(base).toFixed(1)} µs per 3 KB; ratio ${(best / base).toFixed(1)}), ` +
    `${mentions / rounds / 5} mentions a round${sink ? '' : ' '}`,
);
