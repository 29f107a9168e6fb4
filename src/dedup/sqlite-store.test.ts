import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus, type CorpusInput, type CorpusResult } from './corpus.js';
import { finishWithIndex } from './indexed-run.js';
import { dedupSettings } from './options.js';
import { FINGERPRINT_FORMAT } from './sqlite-store.js';

// Deterministic articles: `n` stories; every third has a near copy later on, every fifth an exact one.
// Written as plain JS so that the child processes below generate the very same corpus.
const GENERATE = `
function generate(n) {
  const words = 'harga pasar saham bank kredit rupiah menteri presiden kota warga jalan tol mudik kereta bandara polisi hakim partai pemilu sekolah dokter banjir gempa petani beras emas pajak utang inflasi ekonomi industri pabrik direktur perusahaan laba produk toko aplikasi data kebijakan kemarin pekan tahun naik turun mengatakan menurut dalam dari untuk dengan pada yang dan namun karena setelah'.split(' ');
  let x = 12345;
  const random = () => { x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return x / 4294967296; };
  const paragraph = () => Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
  const out = [];
  const stories = [];
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 6 }, paragraph);
    stories.push(body);
    out.push({ id: 's' + i, paragraphs: body });
    const j = Math.floor(i / 2);
    if (i % 3 === 2) out.push({ id: 's' + j + '-near', paragraphs: [...stories[j].slice(0, 5), paragraph()] });
    if (i % 5 === 4) out.push({ id: 's' + j + '-exact', paragraphs: [...stories[j]] });
  }
  return out.map((a) => ({ ...a, url: null, site: 'x.com', publishedAt: null }));
}`;
const generate = new Function(`${GENERATE}; return generate;`)() as (n: number) => CorpusInput[];

const settings = dedupSettings();
const run = (items: readonly CorpusInput[], file: string | null): CorpusResult[] => {
  const corpus = new Corpus(settings);
  for (const item of items) corpus.add(item);
  return [...(file ? finishWithIndex(corpus, settings, { file }) : corpus.finish().results)];
};
const records = (results: readonly CorpusResult[]) =>
  results.map(({ id, cluster, duplicateOf, similarity }) => ({ id, cluster, duplicateOf, similarity }));
const partition = (results: readonly { id: string; cluster: string }[]) => {
  const by = new Map<string, string[]>();
  for (const r of results) by.set(r.cluster, [...(by.get(r.cluster) ?? []), r.id]);
  return [...by.values()].map((ids) => ids.sort().join(' ')).sort();
};
const tmp = () => mkdtempSync(join(tmpdir(), 'kliping-index-'));
type Db = { prepare(sql: string): { get(): Record<string, unknown> }; close(): void };
const openDb = (file: string): Db =>
  new (createRequire(import.meta.url)('better-sqlite3') as new (f: string) => Db)(file);
const count = (file: string) => {
  const db = openDb(file);
  const n = Number(db.prepare('SELECT COUNT(*) AS n FROM articles').get().n);
  const ok = db.prepare('PRAGMA integrity_check').get().integrity_check;
  db.close();
  return { n, ok };
};

describe('SQLite index', () => {
  const all = generate(60);
  const cut = Math.floor(all.length / 2);
  const single = run(all, null);

  it('yesterday then today gives the same records as one run over both', () => {
    const file = join(tmp(), 'index.sqlite');
    const yesterday = run(all.slice(0, cut), file);
    const today = run(all.slice(cut), file);
    expect(records([...yesterday, ...today])).toEqual(records(single));
    expect(
      today.some((r) => r.duplicateOf !== null && all.slice(0, cut).some((a) => a.id === r.duplicateOf)),
    ).toBe(true);
    expect(count(file)).toEqual({ n: all.length, ok: 'ok' });
  });

  it('a rerun over articles already indexed gives their records and adds nothing', () => {
    const file = join(tmp(), 'index.sqlite');
    const first = run(all, file);
    const again = run(all.slice(5, 40), file);
    expect(records(again)).toEqual(records(first.slice(5, 40)));
    expect(again.every((r) => r.known)).toBe(true);
    expect(count(file).n).toBe(all.length);
  });

  it('indexes an id met twice in one run once', () => {
    const file = join(tmp(), 'index.sqlite');
    const twice = [...all.slice(0, 4), { ...(all[5] as CorpusInput), id: 's0' }];
    expect(run(twice, file)).toHaveLength(5);
    expect(count(file)).toEqual({ n: 4, ok: 'ok' });
  });

  it('refuses an index made with other fingerprint settings', () => {
    const file = join(tmp(), 'index.sqlite');
    run(all.slice(0, 3), file);
    const corpus = new Corpus(dedupSettings({ shingleSize: 5 }));
    expect(() => finishWithIndex(corpus, dedupSettings({ shingleSize: 5 }), { file })).toThrow(
      /other fingerprint settings/,
    );
  });

  it('refuses an index of an older fingerprint format, saying to build it again', () => {
    const file = join(tmp(), 'index.sqlite');
    run(all.slice(0, 3), file);
    // What an index of format 1 (words hashed by the former dedup tokenizer) holds.
    const db = new (
      createRequire(import.meta.url)('better-sqlite3') as new (
        f: string,
      ) => {
        prepare(sql: string): { run(...p: unknown[]): unknown; get(...p: unknown[]): { value: string } };
        close(): void;
      }
    )(file);
    const layout = JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'layout'").get().value);
    expect(layout.v).toBe(FINGERPRINT_FORMAT);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'layout'").run(JSON.stringify({ ...layout, v: 1 }));
    db.close();
    const corpus = new Corpus(settings);
    for (const item of all.slice(3, 6)) corpus.add(item);
    expect(() => finishWithIndex(corpus, settings, { file })).toThrow(
      /another format \(1; this kliping makes 2\): build it again/,
    );
    expect(count(file)).toEqual({ n: 3, ok: 'ok' });
  });

  describe('across processes', () => {
    // The child runs the library compiled to plain JS (inside node_modules so that better-sqlite3 resolves).
    const out = join(process.cwd(), 'node_modules', '.cache', `kliping-dedup-test-${process.pid}`);
    const child = join(out, 'child.mjs');
    const compile = () => {
      mkdirSync(out, { recursive: true });
      const tsc = join(
        dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
        'bin',
        'tsc',
      );
      const flags =
        '--ignoreConfig --rootDir src --module nodenext --moduleResolution nodenext --target es2023';
      const args = [tsc, ...flags.split(' '), '--skipLibCheck', '--types', 'node', '--outDir', out];
      const files = ['src/dedup/indexed-run.ts', 'src/dedup/corpus.ts'];
      const built = spawnSync(process.execPath, [...args, ...files], {
        cwd: process.cwd(),
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(`tsc failed: ${built.stdout}${built.stderr}`);
      writeFileSync(
        child,
        `import { Corpus } from './dedup/corpus.js';
import { finishWithIndex } from './dedup/indexed-run.js';
import { dedupSettings } from './dedup/options.js';
${GENERATE}
const [file, from, to, kill] = process.argv.slice(2);
const settings = dedupSettings();
const corpus = new Corpus(settings);
for (const item of generate(60).slice(Number(from), Number(to))) corpus.add(item);
const beforeCommit = kill === 'kill' ? () => process.kill(process.pid, 'SIGKILL') : undefined;
const results = finishWithIndex(corpus, settings, { file, beforeCommit });
process.stdout.write(JSON.stringify([...results].map(({ id, cluster, duplicateOf, similarity }) => ({ id, cluster, duplicateOf, similarity }))));
`,
      );
    };
    beforeAll(compile, 120000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    const runChild = (file: string, from: number, to: number, kill = false) =>
      new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
        (resolve) => {
          const p = spawn(process.execPath, [child, file, String(from), String(to), kill ? 'kill' : ''], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          p.stdout.on('data', (d) => {
            stdout += d;
          });
          p.stderr.on('data', (d) => {
            stderr += d;
          });
          p.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
        },
      );

    it('a run killed (SIGKILL) before its commit leaves the index consistent, and the rerun is right', async () => {
      const file = join(tmp(), 'index.sqlite');
      const first = await runChild(file, 0, cut);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const killed = await runChild(file, cut, all.length, true);
      expect(killed.signal).toBe('SIGKILL');
      expect(count(file)).toEqual({ n: cut, ok: 'ok' });
      const rerun = await runChild(file, cut, all.length);
      expect(rerun.code).toBe(0);
      expect([...JSON.parse(first.stdout), ...JSON.parse(rerun.stdout)]).toEqual(records(single));
      expect(count(file)).toEqual({ n: all.length, ok: 'ok' });
    }, 120000);

    it('two processes on one index both land, and the clusters are those of one run', async () => {
      const file = join(tmp(), 'index.sqlite');
      const [a, b] = await Promise.all([runChild(file, 0, cut), runChild(file, cut, all.length)]);
      expect(a.code).toBe(0);
      expect(b.code).toBe(0);
      expect(count(file)).toEqual({ n: all.length, ok: 'ok' });
      expect(partition([...JSON.parse(a.stdout), ...JSON.parse(b.stdout)])).toEqual(partition(single));
    }, 120000);
  });
});
