#!/usr/bin/env node
// Builds the dedup development set: a corpus JSONL and judged pairs, at gate time, from ../shared.
//
//   node scripts/build-dedup-pairs.mjs --out CORPUS.jsonl --pairs PAIRS.jsonl [--shared ../shared]
//   node ../shared/eval/score.mjs dedup --input CORPUS.jsonl --pairs PAIRS.jsonl
//
// Source: ../shared/data/news-raw (news-raw-3site-2019: Kompas, Kontan and Bisnis finance news, Dec 2018 –
// Jan 2019, whose CSV files repeat each other; news-raw-kompas-2019: Kompas, May 2019). Real text that
// nobody on the team wrote; the publishers keep their rights, so no text of it is committed: the project
// keeps only ids and labels (eval/dedup/labels.jsonl, pairs judged by reading the articles) and this script.
// Ids are `<file>-<row>` (row = 0-based data row of the CSV): all, hasil, kompas3 (3site/*.csv), bisnis,
// kompas, kontan (3site/csv/*.csv), kompas19 (news-raw-kompas-2019/kompas.csv).
//
// Pairs written:
//  - labels.jsonl, judged by reading (duplicates re-posted under a new URL, and the closest distinct pairs:
//    follow-up stories that recap an earlier one, the same event told by two outlets, daily market reports);
//  - the same URL in two files (the files repeat each other): duplicate;
//  - synthetic variants of real articles: a re-scrape with other boilerplate, a truncation, an inserted
//    paragraph, a new headline, a tracking/AMP/mobile URL with a changed text: duplicate of their source;
//  - templated non-duplicates: the same article with every figure and date changed, and generated daily
//    reports (gold price, weather, market outlook) for other days: distinct; the same day re-scraped: duplicate;
//  - a deterministic sample of other pairs of different articles: distinct.
// Deterministic: the same inputs give the same files. Plain Node 20, no dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i] ?? '';
  if (flag.startsWith('--')) args[flag.slice(2)] = process.argv[++i];
}
const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(args.shared ?? join(here, '..', '..', 'shared'));
if (!args.out || !args.pairs) {
  console.error('usage: build-dedup-pairs.mjs --out CORPUS.jsonl --pairs PAIRS.jsonl [--shared DIR]');
  process.exit(2);
}

const FILES = [
  ['all', 'news-raw-3site-2019/ALL.csv'],
  ['hasil', 'news-raw-3site-2019/hasil.csv'],
  ['kompas3', 'news-raw-3site-2019/kompas.csv'],
  ['bisnis', 'news-raw-3site-2019/csv/bisnis.csv'],
  ['kompas', 'news-raw-3site-2019/csv/kompas.csv'],
  ['kontan', 'news-raw-3site-2019/csv/kontan.csv'],
  ['kompas19', 'news-raw-kompas-2019/kompas.csv'],
];

// CSV is read by the library's own reader (dist/io/parse-csv.js; `npm run build` first): header, quoted
// multi-line fields, doubled quotes.
const { parseCsv: readCsv } = await import(join(here, '..', 'dist/io/parse-csv.js'));
const parseCsv = (text) => [...readCsv(text)].map((row) => row.record ?? {});

// ---- the real articles -----------------------------------------------------------------------------
const base = [];
for (const [tag, path] of FILES) {
  const rows = parseCsv(readFileSync(join(shared, 'data', 'news-raw', path), 'utf8'));
  rows.forEach((r, i) => {
    const text = r.content ?? r.paragraf ?? '';
    if (!text.trim()) return;
    const date = (r.date ?? '').trim();
    base.push({
      id: `${tag}-${i}`,
      title: r.title ?? r.judul ?? null,
      url: r.url ?? r.link ?? null,
      date: date || null,
      text,
    });
  });
}
const byId = new Map(base.map((r) => [r.id, r]));

// ---- deterministic randomness ------------------------------------------------------------------------
let seed = 20190121;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const corpus = [...base];
const pairs = [];
const pair = (a, b, label, why) => pairs.push({ a, b, label, why });

// ---- judged by reading -------------------------------------------------------------------------------
for (const line of readFileSync(join(here, '..', 'eval', 'dedup', 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { a, b, label } = JSON.parse(line);
  if (byId.has(a) && byId.has(b)) pair(a, b, label, 'read');
}

// ---- same URL in several files -----------------------------------------------------------------------
const byUrl = new Map();
for (const r of base) if (r.url) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r.id]);
for (const ids of byUrl.values())
  for (let i = 1; i < ids.length; i++) pair(ids[0], ids[i], 'duplicate', 'same-url');

// One representative per URL, in a stable order, for variants and the distinct sample.
const unique = [...byUrl.values()].map((ids) => byId.get(ids[0])).filter((r) => r.text.length > 600);
// Sentences (or lines) with their own separators, so that joining them gives the text back. A sentence
// ends at . ! ? (and a closing quote) before white space and a capital, a quote or a digit.
const sentences = (text) => text.match(/[\s\S]+?(?:(?<=[.!?]["”]?)\s+(?=[A-Z"“0-9])|\n+|$)/g) ?? [text];
const BOILERPLATE = [
  'ADVERTISEMENT',
  'SCROLL TO RESUME CONTENT',
  'Baca juga: Harga Emas Antam Hari Ini Naik Lagi',
  'Simak berita lainnya di Google News',
  'Dapatkan update berita pilihan setiap hari. Klik di sini untuk bergabung.',
  'A A A',
  'Editor: Rina Astuti',
];
const HEADLINES = [
  'Terungkap, Ini Fakta di Balik Kabar Terbaru',
  'Begini Penjelasan Lengkapnya',
  'Simak Rinciannya',
];

function rescrape(r) {
  const parts = sentences(r.text).map((s) => s.trim());
  const out = [];
  parts.forEach((s, i) => {
    out.push(s);
    if (i % 4 === 1) out.push(pick(BOILERPLATE));
  });
  return ['A A A', ...out, '(ras)'].join('\n');
}
// A copy-edit: a few words replaced, as a re-post under a new headline often has.
const editWords = (text) => {
  const words = text.split(' ');
  for (let k = 0; k < 4; k++) {
    const at = Math.floor(random() * words.length);
    words[at] = pick(['tersebut', 'itu', 'pula', 'juga']);
  }
  return words.join(' ');
};
const truncate = (r) => {
  const parts = sentences(r.text);
  return parts.slice(0, Math.max(3, Math.ceil(parts.length * (0.3 + random() * 0.5)))).join('');
};
function insertParagraph(r, other) {
  const parts = sentences(r.text);
  const extra = sentences(other.text).slice(2, 4).join('');
  const at = Math.floor(parts.length / 2);
  return [...parts.slice(0, at), '\n', extra.trim(), '\n', ...parts.slice(at)].join('');
}
function trackingUrl(url) {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  const variants = [
    `https://m.${host}${u.pathname}?utm_source=facebook&utm_medium=social&utm_campaign=share`,
    `http://www.${host}${u.pathname}/?page=all`,
    `https://${host}${u.pathname}/amp?HouseAds&campaign=promo`,
  ];
  return pick(variants);
}
const bumpNumber = (n) => {
  const digits = n.replace(/\D/g, '');
  let changed = '';
  for (const d of digits) changed += String((Number(d) + 1 + Math.floor(random() * 8)) % 10);
  let k = 0;
  return n.replace(/\d/g, () => changed[k++]);
};
const changeFigures = (text) => text.replace(/\d+(?:[.,/:]\d+)*/g, bumpNumber);
// An article updated in place: most of the text rewritten, figures changed, an update note; only the URL
// (with tracking parameters, another host or AMP) says it is the same article.
function updatedText(r) {
  const parts = sentences(r.text);
  const rest = changeFigures(parts.slice(Math.floor(parts.length / 2)).join(''));
  return `Pembaruan pukul 21.15 WIB: artikel ini diperbarui dengan keterangan terbaru dari narasumber.\n${rest}`;
}

const KINDS = ['rescrape', 'truncated', 'inserted', 'headline', 'tracking', 'figures'];
const variant = (r, kind, other) => {
  if (kind === 'rescrape') return { ...r, url: null, text: rescrape(r) };
  if (kind === 'truncated') return { ...r, url: null, text: truncate(r) };
  if (kind === 'inserted') return other === r ? null : { ...r, url: null, text: insertParagraph(r, other) };
  if (kind === 'headline')
    return {
      ...r,
      url: `${r.url}-v2`,
      title: pick(HEADLINES),
      text: `${editWords(r.text.trim())}\n${pick(BOILERPLATE)}`,
    };
  if (kind === 'tracking') return r.url ? { ...r, url: trackingUrl(r.url), text: updatedText(r) } : null;
  const text = changeFigures(r.text);
  const figures = (r.text.match(/\d+(?:[.,/:]\d+)*/g) ?? []).length;
  return figures >= 6 && text !== r.text ? { ...r, url: null, text } : null;
};
let v = 0;
unique.forEach((r, i) => {
  if (i % 3 !== 0) return;
  const other = unique[(i * 7 + 11) % unique.length];
  const kind = KINDS[v++ % KINDS.length];
  const made = variant(r, kind, other);
  if (!made) return;
  const id = `${r.id}~${kind}`;
  corpus.push({ ...made, id });
  pair(r.id, id, kind === 'figures' ? 'distinct' : 'duplicate', kind);
});

// ---- generated daily reports: one template, other days and figures ---------------------------------
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const rp = (n) => n.toLocaleString('de-DE');
function goldReport(day) {
  const price = 650000 + Math.floor(random() * 60) * 1000;
  const buyback = price - 120000 - Math.floor(random() * 20) * 1000;
  const change = 1000 + Math.floor(random() * 9) * 1000;
  const up = random() < 0.5;
  const d = DAYS[day % 7];
  return `JAKARTA - Harga emas batangan produksi PT Aneka Tambang Tbk (Antam) hari ini, ${d} (${day + 1}/2/2019), ${up ? 'naik' : 'turun'} Rp ${rp(change)} per gram.
Mengutip laman resmi Logam Mulia, harga emas Antam ukuran 1 gram dijual Rp ${rp(price)}. Sehari sebelumnya harga emas Antam tercatat Rp ${rp(up ? price - change : price + change)} per gram.
Sementara itu harga pembelian kembali atau buyback emas Antam hari ini berada di level Rp ${rp(buyback)} per gram.
Berikut daftar lengkap harga emas Antam hari ini: emas 5 gram Rp ${rp(price * 5 - 15000)}, emas 10 gram Rp ${rp(price * 10 - 25000)}, emas 25 gram Rp ${rp(price * 25 - 60000)}, emas 50 gram Rp ${rp(price * 50 - 115000)} dan emas 100 gram Rp ${rp(price * 100 - 225000)}.
Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,45 persen bagi pemegang NPWP. Pembeli yang tidak memiliki NPWP dikenakan potongan pajak lebih tinggi, yaitu 0,9 persen.`;
}
function weatherReport(day, city) {
  const lo = 22 + Math.floor(random() * 4);
  const hi = lo + 7 + Math.floor(random() * 4);
  const rain = 40 + Math.floor(random() * 50);
  const sky = pick(['hujan ringan', 'berawan', 'cerah berawan', 'hujan sedang disertai petir']);
  return `JAKARTA - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan cuaca di ${city} pada ${DAYS[day % 7]} (${day + 3}/3/2019) didominasi ${sky} sejak siang hingga malam hari.
Suhu udara di ${city} berkisar antara ${lo} hingga ${hi} derajat Celsius dengan kelembapan udara ${rain} hingga ${rain + 8} persen.
Pada pagi hari, langit ${city} diprakirakan cerah berawan. Memasuki siang hari, potensi ${sky} terjadi di sebagian wilayah, terutama di bagian selatan dan timur.
BMKG mengimbau masyarakat untuk mewaspadai potensi hujan lebat yang dapat disertai kilat atau petir serta angin kencang dengan durasi singkat pada sore hingga menjelang malam hari.
Angin bertiup dari arah barat daya dengan kecepatan ${5 + Math.floor(random() * 20)} kilometer per jam.`;
}
function marketReport(day) {
  const close = 6300 + Math.floor(random() * 300) + Math.floor(random() * 100) / 100;
  const support = Math.floor(close - 40 - random() * 30);
  const resist = Math.floor(close + 40 + random() * 30);
  const pick1 = pick(['BBRI', 'TLKM', 'ASII', 'BBCA', 'UNVR', 'PTBA']);
  const pick2 = pick(['ADRO', 'BMRI', 'ICBP', 'INDF', 'PGAS', 'WIKA']);
  return `JAKARTA - Indeks Harga Saham Gabungan (IHSG) diprediksi bergerak ${pick(['menguat', 'melemah', 'mixed'])} pada perdagangan hari ini, ${DAYS[day % 7]} (${day + 10}/1/2019). Pada perdagangan kemarin, IHSG ditutup di level ${close.toFixed(2).replace('.', ',')}.
Analis memperkirakan IHSG akan bergerak dengan support di level ${rp(support)} dan resistance di level ${rp(resist)}.
Sentimen dari pasar global masih akan membayangi pergerakan indeks. Investor juga akan mencermati rilis data ekonomi domestik serta pergerakan nilai tukar rupiah terhadap dolar Amerika Serikat.
Untuk perdagangan hari ini, analis merekomendasikan saham ${pick1} dengan target harga Rp ${rp(1000 + Math.floor(random() * 9000))} dan ${pick2} dengan target harga Rp ${rp(1000 + Math.floor(random() * 9000))}.
Investor asing pada perdagangan sebelumnya mencatatkan aksi jual bersih atau net sell sebesar Rp ${rp(100 + Math.floor(random() * 800))} miliar di seluruh pasar.`;
}
const families = [
  ['gold', Array.from({ length: 8 }, (_, d) => goldReport(d))],
  ['market', Array.from({ length: 8 }, (_, d) => marketReport(d))],
  ...['Jakarta', 'Bandung', 'Surabaya'].map((c) => [
    `weather-${c.toLowerCase()}`,
    Array.from({ length: 4 }, (_, d) => weatherReport(d, c)),
  ]),
];
for (const [family, texts] of families) {
  const ids = texts.map((text, d) => {
    const id = `gen-${family}-${d}`;
    corpus.push({
      id,
      title: `${family} ${d}`,
      url: `https://example.co.id/${family}/2019/${d}`,
      date: null,
      text,
    });
    return id;
  });
  for (let a = 0; a < ids.length; a++)
    for (let b = a + 1; b < ids.length; b++) pair(ids[a], ids[b], 'distinct', 'template');
  // The same day scraped again from another mirror, with boilerplate: a duplicate.
  for (let d = 0; d < ids.length; d += 3) {
    const id = `${ids[d]}~rescrape`;
    corpus.push({
      id,
      title: null,
      url: null,
      date: null,
      text: `${texts[d]}\nADVERTISEMENT\nSimak berita lainnya di Google News`,
    });
    pair(ids[d], id, 'duplicate', 'template-rescrape');
  }
}

// ---- a sample of other pairs of different articles ------------------------------------------------------
const judged = new Set(pairs.map((p) => [p.a, p.b].sort().join(' ')));
const sameText = new Map();
for (const r of base) sameText.set(r.text, [...(sameText.get(r.text) ?? []), r.id]);
const textOf = (id) => byId.get(id)?.text;
for (let k = 0; k < 400; k++) {
  const a = pick(unique);
  const b = pick(unique);
  const key = [a.id, b.id].sort().join(' ');
  if (a === b || a.url === b.url || textOf(a.id) === textOf(b.id) || judged.has(key)) continue;
  judged.add(key);
  pair(a.id, b.id, 'distinct', 'sample');
}

writeFileSync(args.out, `${corpus.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeFileSync(args.pairs, `${pairs.map((p) => JSON.stringify(p)).join('\n')}\n`);
const counts = {};
for (const p of pairs) counts[`${p.label}:${p.why}`] = (counts[`${p.label}:${p.why}`] ?? 0) + 1;
console.error(`${corpus.length} articles, ${pairs.length} pairs`, JSON.stringify(counts));
