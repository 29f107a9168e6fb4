#!/usr/bin/env node
// Scores the NER tagger alone (dist/ner/tag-entities.js) on a CoNLL file the way ../shared/eval/score.mjs
// scores the CLI: each sentence's tokens joined by single spaces, exact [start, end) spans per type.
//
//   npm run build && node scripts/eval-ner.mjs FILE [--cols 3] [--misses OUT] [--limit N]
//
// FILE is any BIO (or IO) CoNLL file, e.g. ../shared/data/ner/idner-news-2k/test.txt (MIT) with --cols 3.
import { readFileSync, writeFileSync } from 'node:fs';
import { tagEntities } from '../dist/ner/tag-entities.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!file) {
  console.error('usage: node scripts/eval-ner.mjs FILE [--cols 2|3] [--misses OUT] [--limit N]');
  process.exit(2);
}
const cols = Number(opt('cols', 2));
const TYPE = (t) => {
  const x = t.replace(/^[BI]-/, '').toUpperCase();
  if (/^(PER|PERSON|PPL)$/.test(x)) return 'PER';
  if (/^(LOC|LOCATION|PLACE|PLC|GPE)$/.test(x)) return 'LOC';
  if (/^(ORG|ORGANIZATION|ORGANISATION|IND)$/.test(x)) return 'ORG';
  return null;
};

const sentences = [];
let cur = [];
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  if (!line.trim()) {
    if (cur.length) sentences.push(cur);
    cur = [];
    continue;
  }
  const parts = line.split(/\t| /).filter(Boolean);
  cur.push({ token: parts[0], tag: (parts[cols - 1] ?? 'O').trim() });
}
if (cur.length) sentences.push(cur);

const counts = Object.fromEntries(['PER', 'LOC', 'ORG', 'all'].map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
const misses = [];
let tokens = 0;
let chars = 0;
let seconds = 0;
for (const s of sentences.slice(0, Number(opt('limit', Number.POSITIVE_INFINITY)))) {
  let text = '';
  const offs = [];
  for (const t of s) {
    if (text) text += ' ';
    offs.push([text.length, text.length + t.token.length]);
    text += t.token;
  }
  const gold = new Set();
  let open = null;
  s.forEach((t, j) => {
    const type = TYPE(t.tag);
    const begins = t.tag.startsWith('B-') || (type && (!open || open.type !== type));
    if (open && (!type || begins)) {
      gold.add(`${open.type}|${open.start}|${open.end}`);
      open = null;
    }
    if (type && !open) open = { type, start: offs[j][0], end: offs[j][1] };
    else if (type && open) open.end = offs[j][1];
  });
  if (open) gold.add(`${open.type}|${open.start}|${open.end}`);
  const t0 = process.hrtime.bigint();
  const spans = tagEntities(text);
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  tokens += s.length;
  chars += text.length;
  const pred = new Set(spans.map((x) => `${x.type}|${x.start}|${x.end}`));
  for (const k of gold) {
    counts[k.split('|')[0]].gold++;
    counts.all.gold++;
    if (!pred.has(k))
      misses.push(
        `missed ${k.split('|')[0]} "${text.slice(Number(k.split('|')[1]), Number(k.split('|')[2]))}" in: ${text}`,
      );
  }
  for (const k of pred) {
    const type = k.split('|')[0];
    counts[type].pred++;
    counts.all.pred++;
    if (gold.has(k)) {
      counts[type].tp++;
      counts.all.tp++;
    } else
      misses.push(
        `spurious ${type} "${text.slice(Number(k.split('|')[1]), Number(k.split('|')[2]))}" in: ${text}`,
      );
  }
}
const round = (x) => Math.round(x * 1000) / 1000;
const metrics = {
  sentences: sentences.length,
  tokens,
  tokens_per_second: Math.round(tokens / seconds),
  kb_per_second: round(chars / 1024 / seconds),
};
for (const [type, c] of Object.entries(counts)) {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const name = { PER: 'people', LOC: 'places', ORG: 'organizations', all: 'all' }[type];
  Object.assign(metrics, {
    [`${name}_f1`]: round(p + r ? (2 * p * r) / (p + r) : 0),
    [`${name}_p`]: round(p),
    [`${name}_r`]: round(r),
  });
}
if (opt('misses')) writeFileSync(opt('misses'), `${misses.join('\n')}\n`);
console.log(JSON.stringify(metrics));
