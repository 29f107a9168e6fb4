#!/usr/bin/env node
// npm run bench [-- --articles N] [--profile] [--jobs N] [--only parse,clean,...] [--shared DIR]
//
// Assembles a reproducible corpus without network (.bench/corpus-N.jsonl: ~3-KB articles built from the
// project's fixtures and, when ../shared is beside the project, its Kompas/Kontan/Bisnis CSV bodies, with
// deterministic variations), then runs in the same run: a passthrough baseline (read JSONL, JSON.parse,
// JSON.stringify, write), `parse`, `clean`, `dedup` and language alone, each on one core (--jobs 1 unless
// given), and prints articles/s, MB/s, peak RSS and each command's ratio to the passthrough.
// --profile prints microseconds per article for every stage of the parse pipeline (in-process).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const N = Number(opt('articles', 100_000));
const jobs = opt('jobs', '1');
const only = opt('only', 'passthrough,parse,clean,dedup,language').split(',');
const shared = resolve(root, opt('shared', '../shared'));
const profile = args.includes('--profile');

// ---------- corpus ----------
/** The sentences of a body (a period inside a figure such as `14.000` does not end one). */
function sentencesOf(text) {
  return (text.match(/\S[\s\S]*?[.!?]+["”’]?(?=\s+["“]?[A-Z]|\s*$)/g) ?? [])
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 20);
}

async function seedTexts() {
  const texts = [];
  const fixtures = join(root, 'fixtures');
  for (const dir of readdirSync(fixtures)) {
    for (const f of readdirSync(join(fixtures, dir))) {
      if (f === 'input.txt') texts.push(readFileSync(join(fixtures, dir, f), 'utf8'));
      if (f === 'input.jsonl')
        for (const line of readFileSync(join(fixtures, dir, f), 'utf8').split('\n'))
          try {
            const r = JSON.parse(line);
            if (typeof r.text === 'string') texts.push(r.text);
          } catch {}
    }
  }
  // Real bodies from ../shared when present (never copied into the project; the corpus lives in .bench/).
  const { parseCsv } = await import(join(root, 'dist/io/parse-csv.js'));
  for (const [csv, column] of [
    ['data/news-raw/news-raw-kompas-2019/kompas.csv', 'paragraf'],
    ['data/news-raw/news-raw-3site-2019/ALL.csv', 'content'],
  ]) {
    if (!existsSync(join(shared, csv))) continue;
    for (const { record } of parseCsv(readFileSync(join(shared, csv), 'utf8'))) {
      const body = record?.[column];
      if (body && body.length > 500) texts.push(body);
    }
  }
  const dev = join(shared, 'data/kompas-2019-dev/articles.jsonl');
  if (existsSync(dev))
    for (const line of readFileSync(dev, 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
  return texts;
}

const CITIES = ['JAKARTA', 'SURABAYA', 'BANDUNG', 'MEDAN', 'MAKASSAR', 'SEMARANG', 'TENGGARONG', 'DENPASAR'];
const SITES = [
  ['KOMPAS.com', 'https://www.kompas.example/read'],
  ['Tribunnews.com', 'https://www.tribun.example/news'],
  ['Kontan.co.id', 'https://nasional.kontan.example/news'],
];

/**
 * ~3-KB articles: each a dateline and paragraphs made of real sentences drawn at random, so articles are
 * distinct stories as in a real scrape; some carry page noise (font-size buttons, "Baca juga" links, the body
 * scraped twice, editor's initials), and about one in ten is a copy of a recent one: an exact re-scrape under a
 * tracking URL, or a near copy (a paragraph dropped, the end cut, a paragraph inserted, a new headline).
 */
async function buildCorpus(file) {
  const texts = await seedTexts();
  const sentences = texts.flatMap(sentencesOf);
  // A paragraph is one to four sentences drawn from different real articles, so two articles rarely share
  // more than a sentence, as two different stories in a real corpus.
  const paragraph = () => {
    const parts = [];
    for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) parts.push(pick(sentences));
    return parts.join(' ');
  };
  let seed = 42;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const out = createWriteStream(file);
  let bytes = 0;
  const recent = [];
  for (let i = 0; i < N; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    let rec;
    const r = rand();
    const source = recent.length ? pick(recent) : null;
    if (source && r < 0.04) {
      rec = { ...source, id: `b${i}`, url: `${source.url}?utm_source=feed&utm_medium=${i}` };
    } else if (source && r < 0.1) {
      const parts = source.text.split('\n');
      const at = 1 + Math.floor(rand() * (parts.length - 1));
      const kind = Math.floor(rand() * 4);
      if (kind === 0) parts.splice(at, 1);
      else if (kind === 1) parts.length = Math.max(3, Math.ceil(parts.length * 0.7));
      else if (kind === 2) parts.splice(at, 0, paragraph());
      const [site, base] = pick(SITES);
      rec = {
        id: `b${i}`,
        title: kind === 3 ? `Kabar terkini nomor ${i}` : source.title,
        url: `${base}/2024/02/${day}/${i}/berita`,
        text: parts.join('\n').replace(/^([A-Z]+), [^ ]+ -/, `$1, ${site} -`),
      };
    } else {
      const [site, base] = pick(SITES);
      const parts = [];
      let len = 0;
      while (len < 2800) {
        const p = paragraph();
        parts.push(p);
        len += p.length + 1;
      }
      // A story's lead is its own: the first halves and second halves of two sentences, so no two fresh articles
      // open alike (in a real corpus a shared lead means a shared story; the dedup lead key relies on it).
      const a = pick(sentences).split(' ');
      const b = pick(sentences).split(' ');
      const lead = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ');
      parts[0] = `${pick(CITIES)}, ${site} - ${lead} ${parts[0]}`;
      const noise = rand();
      if (noise < 0.15) parts.splice(2, 0, `Baca juga: ${paragraph().slice(0, 60).trim()}`);
      if (noise < 0.05) parts.unshift('A A A');
      if (noise < 0.02) parts.push(...parts.slice());
      if (noise > 0.9)
        parts.push(`(${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i >> 3) % 26))}k)`);
      rec = {
        id: `b${i}`,
        title: `Berita nomor ${i}`,
        url: `${base}/2024/02/${day}/${i}/berita`,
        text: parts.join('\n'),
      };
      if (recent.length === 50) recent.shift();
      recent.push(rec);
    }
    const line = `${JSON.stringify(rec)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  return new Promise((r) => out.end(() => r(bytes)));
}

// ---------- runs ----------
function measure(cmd, argv) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', cmd, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const lines = stderr.trim().split('\n');
      const rssKb = Number(lines.at(-1));
      if (code !== 0 && code !== 1)
        reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolvePromise({ seconds, rssMb: rssKb / 1024 });
    });
  });
}

const passthrough = `
const fs = require('node:fs');
const out = fs.createWriteStream('/dev/null');
const input = fs.createReadStream(process.argv[1]);
let pending = [];
(async () => {
  for await (const chunk of input) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      let line = chunk.subarray(start, nl);
      if (pending.length) { pending.push(line); line = Buffer.concat(pending); pending = []; }
      start = nl + 1;
      const rec = JSON.parse(line.toString('utf8'));
      if (!out.write(JSON.stringify(rec) + '\\n')) await new Promise((r) => out.once('drain', r));
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  out.end();
})();
`;

async function main() {
  mkdirSync(join(root, '.bench'), { recursive: true });
  const corpus = join(root, '.bench', `corpus-${N}.jsonl`); // delete .bench/ after changing buildCorpus
  if (!existsSync(corpus)) {
    process.stderr.write(`building ${corpus} …\n`);
    await buildCorpus(corpus);
  }
  const mb = statSync(corpus).size / 1e6;
  const bin = join(root, 'bin/kliping.js');
  const runs = [];
  const row = (name, r) => {
    runs.push({ name, ...r, perSecond: N / r.seconds, mbPerSecond: mb / r.seconds });
  };
  if (only.includes('passthrough'))
    row('passthrough', await measure(process.execPath, ['-e', passthrough, corpus]));
  const jobArgs = ['--jobs', jobs];
  const { spawnSync } = await import('node:child_process');
  const helpOf = (cmd) =>
    spawnSync(process.execPath, [bin, cmd, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const supportsJobs = helpOf('parse').includes('--jobs');
  const j = supportsJobs ? jobArgs : [];
  for (const [name, argv] of [
    ['parse', ['parse', '--format', 'jsonl', ...j, corpus]],
    ['clean', ['clean', ...(helpOf('clean').includes('--jobs') ? j : []), corpus]],
    ['dedup', ['dedup', ...(helpOf('dedup').includes('--jobs') ? j : []), corpus]],
  ]) {
    if (!only.includes(name)) continue;
    try {
      row(name, await measure(process.execPath, [bin, ...argv]));
    } catch (error) {
      process.stderr.write(`${name}: skipped (${error.message.split('\n')[0]})\n`);
    }
  }
  const base = runs.find((r) => r.name === 'passthrough');
  console.log(
    `\nkliping bench: ${N} articles, ${mb.toFixed(1)} MB (${((mb * 1000) / N).toFixed(2)} KB/article), --jobs ${supportsJobs ? jobs : '1 (no --jobs)'}`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  console.log('| command | articles/s | MB/s | peak RSS MB | ratio to passthrough |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of runs) {
    const ratio = base ? (r.perSecond / base.perSecond).toFixed(3) : '-';
    console.log(
      `| ${r.name} | ${Math.round(r.perSecond)} | ${r.mbPerSecond.toFixed(1)} | ${r.rssMb.toFixed(0)} | ${ratio} |`,
    );
  }
  if (only.includes('language') || profile) await inProcess(corpus);
}

async function inProcess(corpus) {
  const { makeNamedPipeline, startArticle } = await import(join(root, 'dist/pipeline.js'));
  const sample = [];
  const lines = readFileSync(corpus, 'utf8').split('\n');
  for (let i = 0; i < Math.min(5000, lines.length); i++) if (lines[i]) sample.push(JSON.parse(lines[i]));
  const stages = makeNamedPipeline();
  const totals = new Map(stages.map((s) => [s.name, 0]));
  for (const pass of [0, 1]) {
    // pass 0 warms up (JIT, lazy model loads); pass 1 is measured
    for (const rec of sample) {
      let { article, context } = startArticle(rec.text, { id: rec.id, title: rec.title, url: rec.url });
      for (const s of stages) {
        const t0 = performance.now();
        article = s.run(article, context);
        if (pass) totals.set(s.name, totals.get(s.name) + performance.now() - t0);
      }
    }
  }
  const lang = stages.find((s) => s.name === 'detect-language');
  if (only.includes('language') && lang) {
    const us = (totals.get('detect-language') * 1000) / sample.length;
    console.log(
      `\nlanguage alone: ${us.toFixed(1)} µs/article → ${Math.round(1e6 / us)} articles/s (in-process, one core)`,
    );
  }
  if (profile) {
    console.log(`\nprofile (µs per article, ${sample.length} articles, in-process, one core):`);
    let sum = 0;
    for (const [name, ms] of totals) {
      const us = (ms * 1000) / sample.length;
      sum += us;
      console.log(`  ${name.padEnd(26)} ${us.toFixed(1).padStart(8)}`);
    }
    console.log(
      `  ${'total'.padEnd(26)} ${sum.toFixed(1).padStart(8)}  (${Math.round(1e6 / sum)} articles/s)`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
