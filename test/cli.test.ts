import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/kliping.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;

function kliping(args: string[], input?: string | Buffer) {
  const res = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}
const lines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const tmp = () => mkdtempSync(join(tmpdir(), 'kliping-cli-'));

describe('kliping parse (the real binary)', () => {
  it('prints one JSON line per article when piped, exit 0', () => {
    const r = kliping(['parse', join(fixtures, 'seed/input.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [rec] = lines(r.stdout);
    expect(rec).toMatchObject({
      id: join(fixtures, 'seed/input.txt'),
      title: '12 Lokalisasi di Kukar Segera Ditutup',
    });
  });

  it('prints one JSON document with --format json', () => {
    const r = kliping([
      'parse',
      '--format',
      'json',
      join(fixtures, 'seed/input.txt'),
      join(fixtures, 'credit-line/input.txt'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('reads standard input with - and with no file', () => {
    const text = 'Judul Berita Singkat\nIsi berita yang cukup panjang untuk dibaca.';
    for (const args of [['parse', '-'], ['parse']]) {
      const r = kliping(args, text);
      expect(r.code).toBe(0);
      expect(lines(r.stdout)[0]).toMatchObject({ id: '-', title: 'Judul Berita Singkat' });
    }
  });

  it('reads JSONL from standard input by its first byte', () => {
    const r = kliping(['parse'], '{"id":"x","text":"Isi berita."}\n');
    expect(lines(r.stdout)[0]).toMatchObject({ id: 'x' });
  });

  it('reports a bad JSONL line with file and line, prints every record, exits 1', () => {
    const file = join(fixtures, 'jsonl-batch/input.jsonl');
    const r = kliping(['parse', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3: invalid JSON`);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(['a1', 'a2', '3', 'a4']);
    expect(recs[2]?.error).toContain('invalid JSON');
  });

  it('honours the field options', () => {
    const r = kliping(
      ['parse', '--text-field', 'isi', '--id-field', 'kode', '--title-field', 'judul_berita'],
      '{"kode":"k1","judul_berita":"Judul","isi":"Badan isi."}\n',
    );
    expect(lines(r.stdout)[0]).toMatchObject({
      id: 'k1',
      title: 'Judul',
      paragraphs: [{ text: 'Badan isi.' }],
    });
  });

  it('names a missing file and still processes the others', () => {
    const r = kliping(['parse', '/nonexistent/x.txt', join(fixtures, 'seed/input.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/x.txt: cannot read: no such file');
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('reports an empty file and a binary file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const r = kliping(['parse', join(dir, 'empty.txt'), join(dir, 'bin.dat')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty.txt: empty input');
    expect(r.stderr).toContain('bin.dat: binary file');
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('reads gzipped input', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync('{"id":"g","text":"Isi berita."}\n'));
    expect(lines(kliping(['parse', join(dir, 'a.jsonl.gz')]).stdout)[0]).toMatchObject({ id: 'g' });
  });

  it('exits 2 on a usage error', () => {
    const r = kliping(['parse', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xml');
  });

  it('prints help and version', () => {
    expect(kliping(['--help']).stdout).toContain('parse');
    expect(kliping(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
