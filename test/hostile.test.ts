import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDepth, MAX_HTML_DEPTH, stripTags } from '../src/io/guard-html.js';
import { jsonLines, kliping, tmp } from './helpers.js';

// Hostile inputs through the full pipeline: each must finish (time linear in size, no catastrophic
// backtracking, no stack overflow) and give one record. The bounds are generous: they catch blow-ups
// (minutes, crashes), not slowness, which is the benchmark's business.
const BOUND_MS = 60_000;

const cases: [name: string, file: string, make: () => string | Buffer][] = [
  ['5 MB without a space or newline', 'nospace.txt', () => 'a'.repeat(5_000_000)],
  ['1 MB of "', 'quotes.txt', () => '"'.repeat(1_000_000)],
  ['1 MB of A\\n', 'lines.txt', () => 'A\n'.repeat(500_000)],
  [
    '100,000 nested tags',
    'nested.html',
    () => `${'<div>'.repeat(100_000)}Isi berita.${'</div>'.repeat(100_000)}`,
  ],
  [
    'a 50 MB single line',
    'long.txt',
    () => 'Presiden mengatakan di Jakarta, Senin (29/2/2016), "kami bekerja" kata dia. '.repeat(660_000),
  ],
  [
    'NUL bytes in a JSONL text',
    'nul.jsonl',
    () =>
      `${JSON.stringify({ id: 'n', text: 'Judul\nIsi\u0000berita\u0000 yang panjang.\n'.repeat(2000) })}\n`,
  ],
  [
    'lone surrogates',
    'surrogates.jsonl',
    () =>
      `${JSON.stringify({ id: 's', text: `Judul\n\ud800 isi \udc00 berita \ud83d ${'\udfff'.repeat(10_000)}` })}\n`,
  ],
  ['1 MB of < without >', 'angles.html', () => `<p>${'<'.repeat(1_000_000)}`],
  [
    'a 1 MB paragraph of names and titles',
    'names.txt',
    () => `Judul\n${'Budi Santoso, Ketua Umum Partai Demokrat, '.repeat(24_000)}`,
  ],
  [
    'a 1 MB run of capitalised words without punctuation',
    'caps.txt',
    () => `Judul\n${'Budi Santoso Ketua Umum Partai Demokrat '.repeat(25_000)}`,
  ],
];

describe('hostile input finishes in bounded time with one record', () => {
  const dir = tmp();
  it.each(cases)(
    '%s',
    (_name, file, make) => {
      const path = join(dir, file);
      writeFileSync(path, make());
      const started = Date.now();
      const r = kliping(['parse', '--jobs', '1', path]);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(BOUND_MS);
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at |RangeError|heap out of memory/);
      const records = jsonLines(r.stdout);
      expect(records).toHaveLength(1);
      if (r.code === 1) expect(String(records[0]?.error)).not.toBe('');
    },
    120_000,
  );
});

describe('guard-html', () => {
  it.each([
    ['<p>a</p><p>b</p>', 1],
    ['<div><div><br><img src=x><span>x</span></div></div>', 3],
    ['<div><p/></div>', 1],
    ['text without tags', 0],
    ['a < b and c > d', 0],
  ])('htmlDepth(%j) = %i', (html, depth) => expect(htmlDepth(html)).toBe(depth));

  it('stops counting past the limit', () => {
    expect(htmlDepth('<b>'.repeat(5000), MAX_HTML_DEPTH)).toBe(MAX_HTML_DEPTH + 1);
  });

  it('strips tags to lines and decodes common entities', () => {
    expect(stripTags('<div><p>Satu &amp; dua</p><p>Tiga&nbsp;empat</p></div>')).toBe(
      'Satu & dua\nTiga\u00a0empat\n',
    );
  });
});
