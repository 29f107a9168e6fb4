#!/usr/bin/env node
// Measures the NER tagger's load time and speed on a ~3-KB news-like paragraph set (no corpus text).
//   npm run build && node scripts/bench-ner.mjs
import { performance } from 'node:perf_hooks';

const l0 = process.cpuUsage();
const t0 = performance.now();
const { tagEntities } = await import('../dist/ner/tag-entities.js');
const t1 = performance.now();
tagEntities('Presiden Joko Widodo tiba di Surabaya.');
const t2 = performance.now();
const load = process.cpuUsage(l0);
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
const tokens = tokenize(text).count;
for (let i = 0; i < 300; i++) tagEntities(text);
// CPU time, not wall time, so the figure stays meaningful on a shared, busy machine; and the fastest of
// several rounds, since other processes only ever add time.
const rounds = 7;
const runs = 500;
let perArticle = Number.POSITIVE_INFINITY;
let wall = Number.POSITIVE_INFINITY;
let spans = 0;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t3 = performance.now();
  spans = 0;
  for (let i = 0; i < runs; i++) spans += tagEntities(text).length;
  const t4 = performance.now();
  const cpu = process.cpuUsage(c0);
  perArticle = Math.min(perArticle, (cpu.user + cpu.system) / runs);
  wall = Math.min(wall, ((t4 - t3) / runs) * 1000);
}
console.log(
  JSON.stringify({
    import_ms: Math.round(t1 - t0),
    first_call_ms: Math.round(t2 - t1),
    load_cpu_ms: Math.round((load.user + load.system) / 1000),
    reference_loop_cpu_ms: Math.round((r1.user + r1.system) / 1000) + (reference > 0 ? 0 : 1),
    article_chars: text.length,
    article_tokens: tokens,
    us_per_article: Math.round(perArticle),
    wall_us_per_article: Math.round(wall),
    articles_per_second: Math.round(1e6 / perArticle),
    tokens_per_second: Math.round((tokens * 1e6) / perArticle),
    spans_per_article: spans / runs,
  }),
);
