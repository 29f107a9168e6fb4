#!/usr/bin/env node
// Measures dedup speed and memory on generated articles (no corpus text: words are made from syllables).
//
//   npm run build && node scripts/bench-dedup.mjs [--articles 100000] [--dist dist] [--clean]
//
// Dedup only (fingerprints + LSH + verification + clusters) by default; --clean also times the cleaning
// pipeline on a sample to compare. About 3 KB per article; 10% are near copies of an earlier one (a
// paragraph swapped, the end cut, words changed), 5% exact copies. Plain Node 20, no dependencies.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i] ?? '';
  if (flag.startsWith('--'))
    args[flag.slice(2)] = process.argv[i + 1]?.startsWith('--') ? true : process.argv[++i];
}
const n = Number(args.articles ?? 100000);
const dist = pathToFileURL(`${resolve(args.dist ?? 'dist')}/`).href;
const { Corpus } = await import(new URL('dedup/corpus.js', dist).href);
const { dedupSettings } = await import(new URL('dedup/options.js', dist).href);

let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const SYLLABLES =
  'ba be bi bu da de di du ka ke ki ku la le li lu ma me mi mu na ne ni nu pa pe pi pu ra re ri ru sa se si su ta te ti tu ng an in un ar er ir ur'.split(
    ' ',
  );
const vocabulary = Array.from({ length: 40000 }, () => {
  let w = '';
  const len = 1 + Math.floor(random() * 3);
  for (let k = 0; k < len; k++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
});
// Zipf-like: low ranks are frequent, as in news text.
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)];
const paragraph = () => {
  const words = [];
  const len = 40 + Math.floor(random() * 40);
  for (let k = 0; k < len; k++) words.push(random() < 0.04 ? String(Math.floor(random() * 10000)) : word());
  return `${words.join(' ')}.`;
};
const articles = [];
for (let i = 0; i < n; i++) {
  const r = random();
  const source = articles[Math.floor(random() * articles.length)];
  let paragraphs;
  if (source && r < 0.05) paragraphs = source.paragraphs;
  else if (source && r < 0.15) {
    paragraphs = [...source.paragraphs];
    paragraphs[Math.floor(random() * paragraphs.length)] = paragraph();
    if (random() < 0.5) paragraphs.pop();
  } else paragraphs = Array.from({ length: 9 }, paragraph);
  articles.push({ id: `a${i}`, paragraphs, url: null, site: 's', publishedAt: null });
}
// Paragraphs as a reader gives them (flat strings, as from JSON.parse or a slice), not rope-like concatenations.
for (const a of articles) a.paragraphs = a.paragraphs.map((p) => JSON.parse(JSON.stringify(p)));
const bytes = articles.reduce((s, a) => s + a.paragraphs.join('\n').length, 0);

// A full garbage collection before each memory reading, so that bytesPerArticle is what dedup retains.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const memory = () => {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const heap0 = memory();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const corpus = new Corpus(dedupSettings(), {});
for (const a of articles) corpus.add(a);
const t1 = performance.now();
const cpuMid = process.cpuUsage(cpu0);
const { results } = corpus.finish();
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const heap1 = memory();
let duplicates = 0;
if (Array.isArray(results)) duplicates = results.filter((r) => r.duplicateOf !== null).length;
else for (let i = 0; i < results.size; i++) if (results.isDuplicate(i)) duplicates++;
const seconds = (t2 - t0) / 1000;
const report = {
  articles: n,
  averageBytes: Math.round(bytes / n),
  duplicates,
  fingerprintSeconds: +((t1 - t0) / 1000).toFixed(2),
  clusterSeconds: +((t2 - t1) / 1000).toFixed(2),
  articlesPerSecond: Math.round(n / seconds),
  // CPU time, less sensitive than the wall clock to other work on a shared machine.
  cpuSeconds: +cpuSeconds.toFixed(2),
  fingerprintCpuSeconds: +((cpuMid.user + cpuMid.system) / 1e6).toFixed(2),
  articlesPerCpuSecond: Math.round(n / cpuSeconds),
  microsecondsPerArticle: +((seconds * 1e6) / n).toFixed(1),
  bytesPerArticle: Math.round((heap1 - heap0) / n),
};
if (args.clean) {
  const { parseArticle } = await import(new URL('index.js', dist).href);
  const sample = articles.slice(0, 5000).map((a) => a.paragraphs.join('\n'));
  const t3 = performance.now();
  for (const text of sample) parseArticle(text, {}, { cleanOnly: true });
  report.cleanMicrosecondsPerArticle = +(((performance.now() - t3) * 1000) / sample.length).toFixed(1);
}
corpus.remove?.();
console.log(JSON.stringify(report));
