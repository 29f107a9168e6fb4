import { describe, expect, it } from 'vitest';
import { wordHashes } from '../text/word-hashes.js';
import { Uint32Arena } from './arena.js';
import { isoDateOf } from './article-input.js';
import { figuresAgree } from './compare.js';
import { sharedPassage } from './explain.js';
import { makeFingerprinter } from './fingerprint.js';
import { KeyTable } from './key-table.js';
import { dedupSettings } from './options.js';
import { siteOf } from './recurring.js';
import { Tokenizer } from './tokenize.js';

const settings = dedupSettings();

describe('Fingerprinter with given word hashes', () => {
  const bodies: [string, string[]][] = [
    [
      'plain',
      ['Harga emas naik tipis hari ini di pasar Jakarta.', 'Kata dia, 6.464,69 pada Senin (21/1/2019).'],
    ],
    ['one paragraph', ['IHSG ditutup di level 6.464,69 pada Senin 21/1/2019 sore hari ini.']],
    ['figures at paragraph ends', ['Naik 100', '200 turun lagi 3.5', ',7 dan 9']],
    ['short', ['Ya.']],
    ['empty', []],
  ];
  it.each(bodies)('gives the same fingerprint as from the text: %s', (_name, paragraphs) => {
    const fp = makeFingerprinter(settings);
    const a = fp.fingerprint(paragraphs);
    const b = fp.fingerprint(paragraphs, Uint32Array.from(wordHashes(paragraphs.join('\n'))));
    expect([b.words, b.exact, [...b.shingles], [...b.numbers], [...b.keys]]).toEqual([
      a.words,
      a.exact,
      [...a.shingles],
      [...a.numbers],
      [...a.keys],
    ]);
  });

  it('takes the given words as they are', () => {
    const fp = makeFingerprinter(settings);
    const paragraphs = ['Harga emas naik tipis hari ini di pasar Jakarta pagi.'];
    const other = Uint32Array.from(wordHashes('Harga perak turun tajam hari ini di pasar Surabaya sore.'));
    expect(fp.fingerprint(paragraphs, other).exact).not.toEqual(fp.fingerprint(paragraphs).exact);
  });
});

describe('Tokenizer', () => {
  const tokens = (text: string) => {
    const t = new Tokenizer();
    t.add(text);
    return { words: t.words.length, numbers: [...t.numbers.values.slice(0, t.numbers.length)] };
  };
  it.each([
    ['Harga emas naik', 3, 0],
    ['IHSG ditutup di level 6.464,69 pada Senin (21/1/2019).', 12, 2],
    ['“Kami akan buka 100 gerai,” ujarnya.', 6, 1],
    ['Rp50 triliun', 2, 1],
    ['Ibu kota—Jakarta—macet', 4, 0],
    ['', 0, 0],
  ])('%s: %d words, %d figures', (text, words, numbers) => {
    const t = tokens(text);
    expect(t.words).toBe(words);
    expect(t.numbers).toHaveLength(numbers);
  });

  it('ignores case and separators of figures', () => {
    expect(tokens('HARGA Émas').words).toBe(2);
    const a = makeFingerprinter(settings).fingerprint(['HARGA Émas naik tipis hari ini di pasar']);
    const b = makeFingerprinter(settings).fingerprint(['harga émas naik tipis, hari ini, di pasar.']);
    expect(a.exact).toEqual(b.exact);
    expect(tokens('6.464,69').numbers).toEqual(tokens('6464,69').numbers);
    expect(tokens('6.464,69').numbers).not.toEqual(tokens('6.464,70').numbers);
  });
});

describe('fingerprint', () => {
  const fp = makeFingerprinter(settings);
  it.each([
    [['naik 5.', '6 persen dari 1.200 ton'], 3, 2],
    [['harga 6.464,69', ',70 rupiah'], 2, 1],
    [['kata1', '2kata'], 2, 1],
    [['', 'satu 2 tiga', ''], 1, 1],
  ])('keeps the words and figures of each paragraph to itself: %j', (paragraphs, figures, run) => {
    const t = new Tokenizer();
    for (const p of paragraphs) t.add(p);
    const f = fp.fingerprint(paragraphs);
    expect(f.words).toBe(t.words.length);
    expect(f.numbers).toHaveLength(figures);
    // The same text run together joins the figures across the paragraph break.
    expect(fp.fingerprint([paragraphs.join('')]).numbers).toHaveLength(run);
  });

  it('has one key per band and a lead key, and none for a body too short to judge', () => {
    const long = fp.fingerprint([
      'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas',
    ]);
    expect(long.keys).toHaveLength(settings.bands + 1);
    expect(fp.fingerprint(['Foto: dok.']).keys).toHaveLength(0);
    expect(fp.fingerprint([]).shingles).toHaveLength(0);
  });

  it('gives equal bodies equal keys, and a different body other keys', () => {
    const text = 'Pemerintah menutup tiga ruas jalan di pusat kota selama perbaikan saluran air pekan depan.';
    const a = fp.fingerprint([text]);
    const b = fp.fingerprint([text.toUpperCase()]);
    const c = fp.fingerprint([
      'Harga cabai rawit di pasar tradisional melonjak tajam menjelang akhir pekan ini.',
    ]);
    expect([...a.keys]).toEqual([...b.keys]);
    expect([...a.keys].filter((k, i) => c.keys[i] === k)).toHaveLength(0);
  });
});

describe('Uint32Arena and fingerprints stored in it', () => {
  it('starts a new chunk when full and never moves what it stored', () => {
    const arena = new Uint32Arena(4, 16);
    const a = arena.reserve(3);
    const first = arena.chunk;
    first.set([1, 2, 3], a);
    const b = arena.reserve(2);
    expect(arena.chunk).not.toBe(first);
    expect(b).toBe(0);
    expect(arena.chunk.length).toBe(8);
    expect([...first.subarray(a, a + 3)]).toEqual([1, 2, 3]);
    const big = arena.reserve(100);
    expect(big).toBe(0);
    expect(arena.chunk.length).toBe(100);
    arena.reserve(1);
    expect(arena.chunk.length).toBe(16);
  });

  it('a fingerprint made early reads the same sets after thousands more', () => {
    const fp = makeFingerprinter(settings);
    const text =
      'Pemerintah menutup tiga ruas jalan di pusat kota selama perbaikan saluran air 21/1/2019 dan 6.464,69.';
    const first = fp.fingerprint([text]);
    const keys = [...first.keys];
    for (let i = 0; i < 3000; i++) fp.fingerprint([`${text} ${i} tambahan kata ${i * 7}`]);
    const again = fp.fingerprint([text]);
    expect([...first.shingles]).toEqual([...again.shingles]);
    expect([...first.numbers]).toEqual([...again.numbers]);
    expect(keys).toEqual([...again.keys]);
    expect([...first.shingles]).toEqual([...first.shingles].sort((x, y) => x - y));
    expect(new Set(first.shingles).size).toBe(first.shingles.length);
  });
});

describe('figuresAgree', () => {
  const u = (xs: number[]) => Uint32Array.from(xs);
  it.each([
    [[1, 2, 3], [1, 2, 3, 4, 5], true],
    [[1, 2], [3, 4], false],
    [[1, 2, 3, 4, 5], [1, 2, 3, 4, 9], true],
    [[1, 2, 3, 4, 5], [1, 2, 3, 8, 9], false],
    [[1], [2], true],
    [[], [1, 2, 3], true],
  ])('%j vs %j → %s', (a, b, agree) => {
    expect(figuresAgree(u(a), u(b), settings)).toBe(agree);
  });
});

describe('KeyTable', () => {
  it('lists every article under a key, newest first, through growth', () => {
    const t = new KeyTable(4);
    for (let i = 0; i < 5000; i++) t.add(i % 7 === 0 ? 42 : i * 2654435761, i);
    const seen: number[] = [];
    t.forEach(42, (a) => seen.push(a));
    expect(seen).toHaveLength(715);
    expect(seen[0]).toBe(4998);
    const limited: number[] = [];
    t.forEach(42, (a) => limited.push(a), 3);
    expect(limited).toEqual([4998, 4991, 4984]);
    expect(t.has(123456)).toBe(false);
    expect(t.size).toBe(5000);
  });

  it('keeps a key of one article in its slot and lists it with later ones, through rehashing', () => {
    const t = new KeyTable(4);
    const list = (key: number, limit?: number) => {
      const out: number[] = [];
      t.forEach(key, (a) => out.push(a), limit);
      return out;
    };
    t.add(7, 0);
    expect(list(7)).toEqual([0]);
    expect(list(7, 0)).toEqual([]);
    expect(list(8)).toEqual([]);
    expect(t.has(8)).toBe(false);
    for (let i = 1; i < 3000; i++) t.add(0x9e3779b1 * i, i);
    t.add(7, 3000);
    t.add(7, 3001);
    expect(list(7)).toEqual([3001, 3000, 0]);
    expect(list(0x9e3779b1 * 1234)).toEqual([1234]);
    expect(t.size).toBe(3002);
  });

  it("visits a key's articles before adding one more, like forEach then add", () => {
    const t = new KeyTable(4);
    const seen: number[][] = [];
    for (let i = 0; i < 6; i++) {
      const now: number[] = [];
      t.visitThenAdd(i % 2 === 0 ? 11 : 12, i, (a) => now.push(a), 2);
      seen.push(now);
    }
    expect(seen).toEqual([[], [], [0], [1], [2, 0], [3, 1]]);
    const all: number[] = [];
    t.forEach(11, (a) => all.push(a));
    expect(all).toEqual([4, 2, 0]);
    expect(t.size).toBe(6);
  });
});

describe('sharedPassage', () => {
  it.each([
    [
      'Harga emas naik hari ini di Jakarta.',
      'Kemarin harga EMAS naik hari ini di Surabaya',
      'Harga emas naik hari ini di',
    ],
    ['tidak ada', 'sama sekali lain', ''],
  ])('%s / %s → %s', (a, b, shared) => {
    expect(sharedPassage(a, b)).toBe(shared);
  });
  it('stays fast on one word repeated', () => {
    const a = 'ya '.repeat(50000);
    const t = performance.now();
    expect(sharedPassage(a, a, 20).length).toBeLessThanOrEqual(20);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('siteOf and isoDateOf', () => {
  it.each([
    ['ekonomi.kompas.com/read/x', 'kompas.com'],
    ['investasi.kontan.co.id/news/x', 'kontan.co.id'],
    ['kontan.co.id/news', 'kontan.co.id'],
    [null, 'file:a.jsonl'],
    ['', 'file:a.jsonl'],
    ['x.com.my?a=1/b', 'x.com.my'],
    ['a.b.x.org.uk/c', 'x.org.uk'],
    ['a.b.example.uk/c', 'example.uk'],
    ['a.co.id', 'a.co.id'],
    ['co.id', 'co.id'],
    ['a.xyz.id', 'xyz.id'],
    ['localhost/a', 'localhost'],
    ['x.example./a', 'example.'],
    ['a..co.id/x', '.co.id'],
    ['.co.id', '.co.id'],
    ['/a.b.c', 'file:a.jsonl'],
  ])('%s is site %s', (url, site) => {
    // `/a.b.c`: an empty host (no canonical URL has one) gives the empty site.
    expect(siteOf(url, 'file:a.jsonl')).toBe(url?.startsWith('/') ? '' : site);
  });
  it.each([
    ['2019-01-21', '2019-01-21'],
    ['2019-01-21T10:00:00+07:00', '2019-01-21'],
    ['21+January+2019', '2019-01-21'],
    ['kemarin sore', null],
    [null, null],
  ])('%s → %s', (value, iso) => {
    expect(isoDateOf(value)).toBe(iso);
  });
});
