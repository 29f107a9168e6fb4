/** Shared helpers of the CLI tests: run the real binary, make temporary folders and synthetic corpora. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const bin = new URL('../bin/kliping.js', import.meta.url).pathname;
export const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** Runs `kliping ARGS` to the end. */
export function kliping(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const res = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 29,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Starts `kliping ARGS` with pipes (for signals and slow readers). */
export function start(args: readonly string[], cwd?: string) {
  return spawn(process.execPath, [bin, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A new temporary folder. */
export const tmp = () => mkdtempSync(join(tmpdir(), 'kliping-batch-'));

/** Parses JSON lines. */
export const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const SUBJECTS = [
  'Pemerintah',
  'Warga',
  'Polisi',
  'Gubernur',
  'Petani',
  'Pedagang',
  'Mahasiswa',
  'Dinas Kesehatan',
];
const VERBS = [
  'meninjau',
  'membahas',
  'menolak',
  'mendukung',
  'memperbaiki',
  'mengumumkan',
  'menunda',
  'membangun',
];
const OBJECTS = [
  'jalan desa',
  'harga beras',
  'jembatan baru',
  'pasar tradisional',
  'sekolah dasar',
  'saluran irigasi',
];
const PLACES = ['Medan', 'Cianjur', 'Bandung', 'Makassar', 'Kupang', 'Ambon', 'Padang', 'Pontianak'];

/** A small deterministic generator (mulberry32), so corpora are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A distinct synthetic Indonesian news text of about `chars` characters, several paragraphs. */
export function articleText(seed: number, chars = 1500): string {
  const next = random(seed + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const paragraphs: string[] = [
    `${pick(PLACES).toUpperCase()} - ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`,
  ];
  let length = 0;
  while (length < chars) {
    const sentences: string[] = [];
    for (let i = 0; i < 3; i++)
      sentences.push(
        `${pick(SUBJECTS)} di ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)} sebanyak ${Math.floor(next() * 900) + 10} unit pada tahun ${2000 + Math.floor(next() * 24)}.`,
      );
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return paragraphs.join('\n');
}

/** JSONL of `n` distinct synthetic articles (`id` a0…), with titles and dates. */
export function corpus(n: number, chars = 1500, from = 0): string {
  let out = '';
  for (let i = from; i < from + n; i++)
    out += `${JSON.stringify({ id: `a${i}`, title: `Berita Nomor ${i} dari Daerah`, date: '2024-03-01', text: articleText(i, chars) })}\n`;
  return out;
}

/**
 * Texts made of `pieces` drawn at random until each is at least `length` long (a fixed seed: the same texts every
 * run), for tests that compare a fast reader with the regular expression it replaces.
 */
export function randomTexts(n: number, length: number, pieces: readonly string[], seed = 5): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  const out: string[] = [];
  for (let t = 0; t < n; t++) {
    let s = '';
    while (s.length < length) s += pieces[next() % pieces.length];
    out.push(s);
  }
  return out;
}
