#!/usr/bin/env node
// Measures the NER tagger's load time and speed on a ~3-KB news-like paragraph set (no corpus text).
//   npm run build && node scripts/bench-ner.mjs [--corpus FILE.jsonl [--limit 1000]]
// With --corpus it tags real articles instead (a JSONL of records with a `text` field, e.g. the
// .bench/corpus-5000.jsonl that scripts/bench.mjs builds), line by line as the entity stage tags paragraphs:
// the figure to trust, since one article repeated keeps every table the tagger reads in the CPU caches.
// --against DIR also loads the tagger of another build (DIR is its dist/, e.g. a copy of dist/ made before a
// change), checks that both tag every range alike and times them in alternating rounds in this one process, so
// a busy shared machine slows both alike: compare `us_per_article` with `against_us_per_article`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

const l0 = process.cpuUsage();
const t0 = performance.now();
const { tagEntities } = await import('../dist/ner/tag-entities.js');
const t1 = performance.now();
tagEntities('Presiden Joko Widodo tiba di Surabaya.');
const t2 = performance.now();
const load = process.cpuUsage(l0);
const against = opt('against')
  ? (await import(pathToFileURL(resolve(opt('against'), 'ner/tag-entities.js')).href)).tagEntities
  : null;
against?.('Presiden Joko Widodo tiba di Surabaya.');
// A fixed reference loop: its CPU time shows how much slower than usual this machine is at the moment.
const r0 = process.cpuUsage();
let reference = 0;
for (let i = 0; i < 1e8; i++) reference += i & 7;
const r1 = process.cpuUsage(r0);

const sentences = [
  'Bupati Kutai Kartanegara Rita Widyasari mengatakan, sosialisasi penutupan lokalisasi sudah dilakukan sejak awal tahun.',
  'Menurut Kepala Dinas Sosial Kukar, H. Achmad Junaidi, ada 12 lokalisasi yang akan ditutup di Kecamatan Loa Janan.',
  'Kementerian Sosial (Kemensos) akan membantu modal usaha bagi para pekerja yang kembali ke daerah asal di Jawa Timur.',
  '"Kami sudah berkoordinasi dengan Polres Kukar dan Satpol PP," kata Rita kepada wartawan di Tenggarong, Senin (29/2/2016).',
  'Sementara itu, Wakil Ketua DPRD Kaltim, Hadi Mulyadi, meminta pemerintah provinsi ikut mengawasi proses penutupan.',
];
let text = '';
while (text.length < 3000) text += `${sentences[((text.length / 7) % sentences.length) | 0]} `;
const { tokenize } = await import('../dist/ner/tokenize.js');
// Articles as [text, paragraph ranges]: the synthetic one, or the corpus's.
let articles = [[text, [0, text.length]]];
if (opt('corpus')) {
  const lines = readFileSync(opt('corpus'), 'utf8').split('\n').filter(Boolean);
  articles = lines.slice(0, Number(opt('limit', 1000))).map((line) => {
    const body = JSON.parse(line).text;
    const ranges = [];
    let at = 0;
    for (const paragraph of body.split('\n')) {
      ranges.push(at, at + paragraph.length);
      at += paragraph.length + 1;
    }
    return [body, ranges];
  });
}
const tagAllWith = (tag) => {
  let found = 0;
  for (const [body, ranges] of articles)
    for (let i = 0; i < ranges.length; i += 2) found += tag(body, ranges[i], ranges[i + 1]).length;
  return found;
};
const tagAll = () => tagAllWith(tagEntities);
let identical;
if (against) {
  identical = true;
  for (const [body, ranges] of articles)
    for (let i = 0; i < ranges.length; i += 2) {
      const mine = JSON.stringify(tagEntities(body, ranges[i], ranges[i + 1]));
      if (mine !== JSON.stringify(against(body, ranges[i], ranges[i + 1]))) identical = false;
    }
}
let tokens = 0;
for (const [body] of articles) tokens += tokenize(body).count;
tokens /= articles.length;
text = articles.reduce((sum, [body]) => sum + body.length, 0) / articles.length;
for (let i = 0; i < Math.max(1, 300 / articles.length); i++) {
  tagAll();
  if (against) tagAllWith(against);
}
// CPU time, not wall time, so the figure stays meaningful on a shared, busy machine; and the fastest of
// several rounds, since other processes only ever add time.
// With --against, twice the rounds, the two builds taking turns at going first.
const rounds = against ? 14 : 7;
const runs = Math.max(1, Math.round(500 / articles.length));
let perArticle = Number.POSITIVE_INFINITY;
let wall = Number.POSITIVE_INFINITY;
let spans = 0;
let againstPerArticle = Number.POSITIVE_INFINITY;
const timeAgainst = () => {
  const a0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) tagAllWith(against);
  const a = process.cpuUsage(a0);
  againstPerArticle = Math.min(againstPerArticle, (a.user + a.system) / runs / articles.length);
};
for (let r = 0; r < rounds; r++) {
  if (against && r % 2 === 0) timeAgainst();
  const c0 = process.cpuUsage();
  const t3 = performance.now();
  spans = 0;
  for (let i = 0; i < runs; i++) spans += tagAll();
  const t4 = performance.now();
  const cpu = process.cpuUsage(c0);
  perArticle = Math.min(perArticle, (cpu.user + cpu.system) / runs / articles.length);
  wall = Math.min(wall, ((t4 - t3) / runs / articles.length) * 1000);
  if (against && r % 2 === 1) timeAgainst();
}
console.log(
  JSON.stringify({
    import_ms: Math.round(t1 - t0),
    first_call_ms: Math.round(t2 - t1),
    load_cpu_ms: Math.round((load.user + load.system) / 1000),
    reference_loop_cpu_ms: Math.round((r1.user + r1.system) / 1000) + (reference > 0 ? 0 : 1),
    articles: articles.length,
    article_chars: Math.round(text),
    article_tokens: Math.round(tokens),
    us_per_article: Math.round(perArticle),
    wall_us_per_article: Math.round(wall),
    articles_per_second: Math.round(1e6 / perArticle),
    tokens_per_second: Math.round((tokens * 1e6) / perArticle),
    spans_per_article: Math.round((spans / runs / articles.length) * 10) / 10,
    ...(against
      ? {
          against_us_per_article: Math.round(againstPerArticle),
          ratio: Math.round((perArticle / againstPerArticle) * 1000) / 1000,
          identical,
        }
      : {}),
  }),
);
