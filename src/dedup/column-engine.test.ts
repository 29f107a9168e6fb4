import { describe, expect, it } from 'vitest';
import { clusterColumns, intersectionReaches } from './column-engine.js';
import { DedupEngine } from './engine.js';
import { makeFingerprinter } from './fingerprint.js';
import { FingerprintFile } from './fingerprint-file.js';
import { type DedupSettings, dedupSettings } from './options.js';

// Articles from a small vocabulary with many kinds of copies: exact, near, cut, same URL with other text,
// empty bodies, templated reports with other figures, a long run sharing one lead (more than 256 articles
// under one key), short bodies.
const WORDS = `harga emas pasar saham bank kredit rupiah investor menteri kota warga jalan polisi hakim partai
sekolah guru dokter banjir gempa hujan petani beras minyak pajak utang inflasi pabrik pekerja kantor laba produk
toko data aturan kemarin pekan bulan tahun naik turun mengatakan menurut dalam dari untuk dengan yang dan karena`.split(
  /\s+/,
);

interface Item {
  id: string;
  paragraphs: string[];
  url: string | null;
  publishedAt: string | null;
}

function corpus(seed: number, n: number): Item[] {
  let x = seed >>> 0;
  const random = () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return x / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const sentence = () => Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(WORDS)).join(' ');
  const paragraph = () => `${sentence()} ${Math.floor(random() * 90)}. ${sentence()}.`;
  const dates = [null, '2019-01-02', '2019-01-01', '2018-12-31', '+010000-01', 'kemarin'];
  const urls = [null, null, null, 'a.example/1', 'a.example/2', 'b.example/1'];
  const lead = 'JAKARTA kata menteri harga emas naik turun dalam pasar saham bank kredit rupiah';
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const source = items.length ? pick(items) : null;
    let paragraphs: string[];
    if (source && r < 0.1) paragraphs = [...source.paragraphs];
    else if (source && r < 0.25) {
      paragraphs = [...source.paragraphs];
      paragraphs[Math.floor(random() * paragraphs.length)] = paragraph();
    } else if (source && r < 0.3) paragraphs = source.paragraphs.slice(0, 2);
    else if (source && r < 0.35)
      paragraphs = source.paragraphs.map((p) => p.replace(/\d+/g, () => String(Math.floor(random() * 90))));
    else if (r < 0.38) paragraphs = [];
    else if (r < 0.4) paragraphs = ['pendek sekali'];
    else if (r < 0.8) paragraphs = [lead, ...Array.from({ length: 3 }, paragraph)];
    else paragraphs = Array.from({ length: 2 + Math.floor(random() * 4) }, paragraph);
    items.push({ id: `a${i}`, paragraphs, url: pick(urls), publishedAt: pick(dates) });
  }
  return items;
}

function viaEngine(items: readonly Item[], settings: DedupSettings) {
  const fingerprinter = makeFingerprinter(settings);
  const engine = new DedupEngine(settings);
  for (const item of items) {
    const fingerprint = fingerprinter.fingerprint(item.paragraphs);
    engine.add({ ...item, fingerprint, length: fingerprint.words });
  }
  return engine.finish().results.map(({ keptIndex, ...r }) => ({ ...r, keptIndex }));
}

function viaColumns(
  items: readonly Item[],
  settings: DedupSettings,
  rangeKeys?: number,
  pairBuffer?: number,
) {
  const fingerprinter = makeFingerprinter(settings);
  const file = new FingerprintFile();
  try {
    for (const item of items)
      file.add(item.id, item.url, item.publishedAt, fingerprinter.scratch(item.paragraphs));
    const results = clusterColumns(file, settings, { rangeKeys, pairBuffer });
    return [...results].map(({ known, ...r }) => r);
  } finally {
    file.remove();
  }
}

describe('clusterColumns gives DedupEngine’s results', () => {
  it.each([
    ['defaults', {}, undefined, undefined],
    ['several key ranges and pair batches', {}, 256, 64],
    ['--keep longest', { keep: 'longest' }, 512, 100],
    ['--keep earliest', { keep: 'earliest' }, undefined, undefined],
    ['--no-url', { byUrl: false }, 300, 7],
    ['looser thresholds', { jaccard: 0.3, containment: 0.5, rows: 2 }, 1000, 1000],
  ] as const)('%s', (_name, partial, rangeKeys, pairBuffer) => {
    const settings = dedupSettings(partial as Partial<DedupSettings>);
    const items = corpus(7, 800);
    const expected = viaEngine(items, settings);
    const duplicates = expected.filter((r) => r.duplicateOf !== null).length;
    expect(duplicates).toBeGreaterThan(100);
    expect(duplicates).toBeLessThan(750);
    expect(viaColumns(items, settings, rangeKeys, pairBuffer)).toEqual(expected);
  });

  it('an empty corpus and one article', () => {
    const settings = dedupSettings();
    expect(viaColumns([], settings)).toEqual([]);
    const one = corpus(3, 1);
    expect(viaColumns(one, settings)).toEqual(viaEngine(one, settings));
  });
});

describe('FingerprintFile', () => {
  it('reads back ids, URLs, dates and fingerprints as added', () => {
    const settings = dedupSettings();
    const fingerprinter = makeFingerprinter(settings);
    const file = new FingerprintFile();
    try {
      const items = corpus(11, 200).map((item, i) => ({
        ...item,
        id: i % 7 === 0 ? `ü-${'x'.repeat(i * 400)}` : item.id,
      }));
      for (const item of items)
        file.add(item.id, item.url, item.publishedAt, fingerprinter.scratch(item.paragraphs));
      for (const i of [199, 0, 57, 3, 198, 100]) {
        const item = items[i] as Item;
        const f = makeFingerprinter(settings).fingerprint(item.paragraphs);
        expect(file.id(i)).toBe(item.id);
        expect(file.url(i)).toBe(item.url);
        expect(file.publishedAt(i)).toBe(item.publishedAt);
        const stored = file.fingerprintOf(i);
        expect([...stored.shingles]).toEqual([...f.shingles]);
        expect([...stored.numbers]).toEqual([...f.numbers]);
        expect([...stored.keys]).toEqual([...f.keys]);
        expect(stored.exact).toEqual(f.exact);
        expect(stored.words).toBe(f.words);
      }
      // Columns and bitmap of about 178 bytes an article (from 1,024 articles), far below the ~2 KB of
      // shingles.
      expect(file.bytes).toBeLessThanOrEqual(178 * Math.max(file.size, 1024));
    } finally {
      file.remove();
    }
  });

  it('bitmap hits bound the shingle intersection from above', () => {
    const settings = dedupSettings();
    const fingerprinter = makeFingerprinter(settings);
    const file = new FingerprintFile();
    try {
      const items = corpus(5, 120);
      for (const item of items)
        file.add(item.id, item.url, item.publishedAt, fingerprinter.scratch(item.paragraphs));
      let tight = 0;
      for (let a = 0; a < items.length; a += 3)
        for (let b = 0; b < items.length; b += 5) {
          const sa = file.fingerprintOf(a).shingles;
          const sb = new Set(file.fingerprintOf(b).shingles);
          const inter = [...sa].filter((x) => sb.has(x)).length;
          const hits = file.bitmapHits(b, sa);
          expect(hits).toBeGreaterThanOrEqual(inter);
          if (hits < sa.length * 0.8) tight++;
        }
      // The bound must also be useful: well below the size for many unrelated pairs.
      expect(tight).toBeGreaterThan(100);
    } finally {
      file.remove();
    }
  });

  it('bitmapReaches answers whether the bitmap hits reach a count', () => {
    const settings = dedupSettings();
    const fingerprinter = makeFingerprinter(settings);
    const file = new FingerprintFile();
    try {
      const items = corpus(9, 60);
      for (const item of items)
        file.add(item.id, item.url, item.publishedAt, fingerprinter.scratch(item.paragraphs));
      let checked = 0;
      for (let a = 0; a < items.length; a += 7)
        for (let b = 0; b < items.length; b += 3) {
          const sa = file.fingerprintOf(a).shingles;
          const hits = file.bitmapHits(b, sa);
          for (const need of [0, 1, hits - 1, hits, hits + 1, sa.length, sa.length + 1]) {
            expect(file.bitmapReaches(b, sa, need), `${a} ${b} ${need}`).toBe(hits >= need);
            checked++;
          }
        }
      expect(checked).toBeGreaterThan(500);
    } finally {
      file.remove();
    }
  });

  it('orders dates as their ISO strings', () => {
    const settings = dedupSettings();
    const fingerprinter = makeFingerprinter(settings);
    const file = new FingerprintFile();
    try {
      const dates = ['2019-01-02', '2019-01-01', '+010000-01', '2019-01-01', 'kemarin', '0999-12-31'];
      for (const d of dates) file.add('x', null, d, fingerprinter.scratch([]));
      for (let a = 0; a < dates.length; a++)
        for (let b = 0; b < dates.length; b++) {
          const s = dates[a] as string;
          const t = dates[b] as string;
          expect(Math.sign(file.compareDates(a, b))).toBe(s < t ? -1 : s > t ? 1 : 0);
        }
    } finally {
      file.remove();
    }
  });
});

describe('intersectionReaches', () => {
  const u = (values: number[]) => Uint32Array.from(values);
  it.each([
    ['empty lists, nothing needed', [], [], 0, true],
    ['empty list, one needed', [], [1, 2], 1, false],
    ['all shared', [1, 2, 3], [1, 2, 3], 3, true],
    ['one short', [1, 2, 3], [1, 2, 4], 3, false],
    ['shared at the end', [1, 5, 9, 0xfffffffe, 0xffffffff], [2, 6, 0xfffffffe, 0xffffffff], 2, true],
    ['needs more than the shorter holds', [1, 2], [1, 2, 3, 4], 3, false],
    ['the misses of one list use up its slack', [1, 2, 3, 10, 11], [10, 11, 12], 3, false],
    ['values above 2^31 in order', [0x7fffffff, 0x80000000, 0x80000001], [0x80000000, 0x80000001], 2, true],
  ])('%s', (_name, a, b, need, expected) => {
    expect(intersectionReaches(u(a), u(b), need)).toBe(expected);
    expect(intersectionReaches(u(b), u(a), need)).toBe(expected);
  });

  it('agrees with the size of the intersection on random lists', () => {
    let x = 5;
    const random = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    for (let t = 0; t < 300; t++) {
      const pool = 20 + random(200);
      const pick = () => [...new Set(Array.from({ length: random(pool) }, () => random(pool) * 0x01000193))];
      const a = u(pick()).sort();
      const b = u(pick()).sort();
      const shared = [...a].filter((v) => b.includes(v)).length;
      for (const need of [shared - 1, shared, shared + 1])
        expect(intersectionReaches(a, b, need), `${t} ${need}`).toBe(need <= shared);
    }
  });
});
