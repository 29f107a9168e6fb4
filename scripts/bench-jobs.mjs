#!/usr/bin/env node
// Measures `kliping parse --jobs N` against `--jobs 1` on 3-KB articles and checks the outputs are identical.
// Usage: node scripts/bench-jobs.mjs [--input FILE.jsonl] [--count 3000] [--jobs 2] [--runs 3]
// Without --input it writes synthetic Indonesian-like articles (made here, no corpus text) to a temporary file.
// Build first (npm run build). Run it on a quiet machine: other processes make the figure meaningless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const count = Number(opt('count', '3000'));
const jobs = opt('jobs', '2');
const runs = Number(opt('runs', '3'));
const bin = new URL('../bin/kliping.js', import.meta.url).pathname;

function synthetic(n) {
  const words =
    'pemerintah warga kota desa jalan harga beras pasar sekolah gubernur bupati polisi petani pedagang mengatakan bahwa akan sudah belum tahun bulan minggu rapat rencana anggaran pembangunan jembatan irigasi kesehatan pendidikan'.split(
      ' ',
    );
  const places = ['Medan', 'Cianjur', 'Bandung', 'Makassar', 'Kupang', 'Ambon', 'Padang', 'Pontianak'];
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  let out = '';
  for (let i = 0; i < n; i++) {
    const paragraphs = [
      `${pick(places).toUpperCase()}, KOMPAS.com - ${pick(words)} ${pick(words)} ${pick(words)}.`,
    ];
    let length = 0;
    while (length < 3000) {
      let p = '';
      for (let s = 0; s < 3; s++) {
        const sentence = Array.from({ length: 12 }, () => pick(words)).join(' ');
        p += `${sentence[0].toUpperCase()}${sentence.slice(1)} di ${pick(places)} pada ${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/2019. `;
      }
      if (rnd() < 0.3)
        p += `"Kami akan bekerja keras," kata ${pick(['Budi Santoso', 'Siti Aminah', 'Joko Widodo'])}.`;
      paragraphs.push(p.trim());
      length += p.length;
    }
    out += `${JSON.stringify({ id: `b${i}`, title: `Berita ${i}`, text: paragraphs.join('\n') })}\n`;
  }
  return out;
}

let input = opt('input');
if (!input) {
  input = join(mkdtempSync(join(tmpdir(), 'kliping-bench-')), 'articles.jsonl');
  writeFileSync(input, synthetic(count));
}

function run(j) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'parse', '--quiet', '--jobs', String(j), input], {
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = r.stdout.toString('utf8').split('\n').filter(Boolean).length;
  return { seconds, lines, hash: createHash('sha256').update(r.stdout).digest('hex') };
}

const best = { 1: Number.POSITIVE_INFINITY, [jobs]: Number.POSITIVE_INFINITY };
const hashes = new Set();
let lines = 0;
for (let i = 0; i < runs; i++) {
  for (const j of [1, Number(jobs)]) {
    const r = run(j);
    best[j] = Math.min(best[j], r.seconds);
    hashes.add(r.hash);
    lines = r.lines;
    console.log(
      `run ${i + 1} --jobs ${j}: ${r.seconds.toFixed(2)} s, ${(r.lines / r.seconds).toFixed(0)} articles/s`,
    );
  }
}
console.log(
  `best: --jobs 1 ${(lines / best[1]).toFixed(0)}/s, --jobs ${jobs} ${(lines / best[jobs]).toFixed(0)}/s, speed-up ${(best[1] / best[jobs]).toFixed(2)}x; outputs ${hashes.size === 1 ? 'identical' : 'DIFFER'}`,
);
process.exit(hashes.size === 1 ? 0 : 1);
