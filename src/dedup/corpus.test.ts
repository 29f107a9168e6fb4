import { describe, expect, it } from 'vitest';
import { Corpus, type CorpusInput } from './corpus.js';
import { dedupSettings } from './options.js';

// Deterministic Indonesian-like text: real words, random order, so unrelated articles share little.
const VOCABULARY =
  `pemerintah harga pasar saham bank kredit rupiah dolar investor analis menteri presiden kota kabupaten
warga jalan tol mudik lebaran kereta bandara pesawat penumpang polisi pengadilan hakim jaksa partai pemilu suara
sekolah siswa guru rumah sakit dokter pasien vaksin banjir gempa hujan cuaca petani beras gula minyak emas batubara
ekspor impor pajak anggaran utang bunga inflasi pertumbuhan ekonomi industri pabrik pekerja upah kantor direktur
perusahaan laba rugi penjualan produk konsumen toko daring digital aplikasi internet data kebijakan aturan undang
kemarin hari ini pekan bulan tahun lalu depan akan telah sudah masih belum sangat lebih kurang naik turun tetap
mengatakan menjelaskan menambahkan menurut kata ujar tutur sebut dalam dari untuk dengan pada oleh kepada bagi
yang dan atau tetapi namun karena sehingga agar jika ketika setelah sebelum selama antara tentang seperti juga`.split(
    /\s+/,
  );

function generator(seed: number) {
  let x = seed >>> 0;
  const random = () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return x / 4294967296;
  };
  const sentence = () => {
    const n = 10 + Math.floor(random() * 12);
    const words = Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 3 }, sentence).join(' ');
  return { random, paragraph, article: (paragraphs = 6) => Array.from({ length: paragraphs }, paragraph) };
}

const input = (id: string, paragraphs: readonly string[], extra: Partial<CorpusInput> = {}): CorpusInput => ({
  id,
  paragraphs,
  url: null,
  site: 'example.com',
  publishedAt: null,
  ...extra,
});

function gold(day: number, price: number, buyback: number): string[] {
  return [
    `Harga emas batangan produksi PT Aneka Tambang Tbk (Antam) hari ini, Senin (${day}/2/2019), naik Rp 2.000 per gram.`,
    `Mengutip laman resmi Logam Mulia, harga emas Antam ukuran 1 gram dijual Rp ${price}. Sementara itu harga pembelian kembali atau buyback emas Antam hari ini berada di level Rp ${buyback} per gram.`,
    'Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,45 persen bagi pemegang NPWP. Pembeli yang tidak memiliki NPWP dikenakan potongan pajak lebih tinggi, yaitu 0,9 persen.',
    'Logam Mulia menyediakan emas dalam berbagai ukuran, mulai dari 0,5 gram hingga 1 kilogram, yang dapat dibeli di butik maupun secara daring melalui aplikasi resmi perusahaan.',
  ];
}

function clusters(corpus: Corpus): Map<string, string> {
  const { results } = corpus.finish();
  return new Map([...results].map((r) => [r.id, r.cluster]));
}

const settings = dedupSettings();

describe('Corpus: which pairs are duplicates', () => {
  const g = generator(1);
  const a = g.article(8);
  const other = g.article(8);
  const cases: [string, boolean, string[]][] = [
    ['the same body', true, [...a]],
    ['the same body, other case and punctuation', true, a.map((p) => p.toUpperCase().replace(/\./g, ' !'))],
    ['one paragraph inserted', true, [...a.slice(0, 4), g.paragraph(), ...a.slice(4)]],
    ['one paragraph replaced', true, [...a.slice(0, 3), g.paragraph(), ...a.slice(4)]],
    ['truncated to the first half', true, a.slice(0, 4)],
    ['paragraphs split differently', true, [a.join(' ')]],
    ['another article', false, other],
    ['half of it, half of another', false, [...a.slice(0, 4), ...other.slice(4)]],
  ];
  it.each(cases)('%s → duplicate: %s', (_name, duplicate, variant) => {
    const corpus = new Corpus(settings);
    corpus.add(input('a', a));
    corpus.add(input('b', variant));
    const c = clusters(corpus);
    expect(c.get('a') === c.get('b')).toBe(duplicate);
  });

  it('keeps templated reports with other figures apart, and joins the same report re-scraped', () => {
    const corpus = new Corpus(settings);
    corpus.add(input('day1', gold(1, 650000, 530000)));
    corpus.add(input('day2', gold(2, 652000, 531000)));
    corpus.add(input('day3', gold(3, 649000, 529000)));
    corpus.add(input('day1-again', [...gold(1, 650000, 530000), 'Simak berita lainnya di Google News']));
    const c = clusters(corpus);
    expect(new Set([c.get('day1'), c.get('day2'), c.get('day3')]).size).toBe(3);
    expect(c.get('day1-again')).toBe(c.get('day1'));
  });

  it('keeps a thousand daily reports of one template apart, in bounded time', () => {
    const corpus = new Corpus(settings);
    for (let d = 0; d < 1000; d++) corpus.add(input(`day${d}`, gold(d, 600000 + d * 1000, 500000 + d * 700)));
    const t = performance.now();
    const c = clusters(corpus);
    expect(new Set(c.values()).size).toBe(1000);
    expect(performance.now() - t).toBeLessThan(20000);
  });

  it('joins articles with one canonical URL whatever the text, unless --no-url', () => {
    const url = 'kompas.com/read/2019/01/21/1/x';
    for (const byUrl of [true, false]) {
      const corpus = new Corpus(dedupSettings({ byUrl }));
      corpus.add(input('a', a, { url }));
      corpus.add(input('b', other, { url }));
      const c = clusters(corpus);
      expect(c.get('a') === c.get('b')).toBe(byUrl);
    }
  });

  it('never joins bodies too short to judge, even when equal', () => {
    const corpus = new Corpus(settings);
    corpus.add(input('a', ['Foto: dok.']));
    corpus.add(input('b', ['Foto: dok.']));
    corpus.add(input('c', []));
    corpus.add(input('d', []));
    expect(new Set(clusters(corpus).values()).size).toBe(4);
  });
});

describe('Corpus: clusters', () => {
  const g = generator(2);
  const stories = Array.from({ length: 12 }, () => g.article(6));
  const items: CorpusInput[] = [];
  stories.forEach((s, i) => {
    items.push(input(`s${i}`, s));
    if (i % 2 === 0) items.push(input(`s${i}-copy`, [...s, g.paragraph()]));
    if (i % 3 === 0) items.push(input(`s${i}-cut`, s.slice(0, 3)));
  });

  it('the same corpus in any order gives the same partition', () => {
    const partition = (list: CorpusInput[]) => {
      const corpus = new Corpus(settings);
      for (const item of list) corpus.add(item);
      const byCluster = new Map<string, string[]>();
      for (const r of corpus.finish().results)
        byCluster.set(r.cluster, [...(byCluster.get(r.cluster) ?? []), r.id]);
      return [...byCluster.values()].map((ids) => ids.sort().join(' ')).sort();
    };
    const expected = partition(items);
    expect(expected).toHaveLength(12);
    const shuffle = generator(9);
    for (let t = 0; t < 5; t++) {
      const list = [...items].sort(() => shuffle.random() - 0.5);
      expect(partition(list)).toEqual(expected);
    }
  });

  it.each([
    ['first', 's0'],
    ['longest', 's0-copy'],
    ['earliest', 's0-cut'],
  ] as const)('--keep %s keeps %s', (keep, kept) => {
    const corpus = new Corpus(dedupSettings({ keep }));
    corpus.add(input('s0', stories[0] as string[], { publishedAt: '2019-01-02' }));
    corpus.add(input('s0-copy', [...(stories[0] as string[]), g.paragraph()], { publishedAt: null }));
    corpus.add(input('s0-cut', (stories[0] as string[]).slice(0, 4), { publishedAt: '2019-01-01' }));
    const { results } = corpus.finish();
    for (const r of results) {
      expect(r.cluster).toBe('s0');
      expect(r.duplicateOf).toBe(r.id === kept ? null : kept);
      expect(r.similarity === null).toBe(r.id === kept);
    }
  });

  it('reports the similarity to the kept article and why', () => {
    const corpus = new Corpus(settings);
    corpus.add(input('a', stories[1] as string[]));
    corpus.add(input('b', stories[1] as string[]));
    corpus.add(input('c', (stories[1] as string[]).slice(0, 3)));
    const [a, b, c] = corpus.finish().results;
    expect(a).toMatchObject({ duplicateOf: null, similarity: null, reason: null });
    expect(b).toMatchObject({ duplicateOf: 'a', similarity: 1, reason: 'exact', keptIndex: 0 });
    expect(c?.reason).toBe('contained');
    expect(c?.similarity).toBeGreaterThan(0.3);
    expect(c?.similarity).toBeLessThan(0.7);
  });
});

describe('Corpus: recurring paragraphs', () => {
  const footer =
    'Dapatkan update berita pilihan dan breaking news setiap hari dari kami. Klik di sini untuk bergabung.';
  const build = (strip: boolean) => {
    const g = generator(3);
    const corpus = new Corpus(settings, { countRecurring: true, stripRecurring: strip, recurringMin: 3 });
    for (let i = 0; i < 4; i++) corpus.add(input(`a${i}`, [...g.article(4), footer]));
    // Copies of one story count once.
    const story = [
      ...g.article(4),
      'Paragraf penutup yang hanya ada di cerita ini saja dan tidak di tempat lain.',
    ];
    for (let i = 0; i < 4; i++) corpus.add(input(`copy${i}`, story));
    corpus.add(input('other-site', [...g.article(4), footer], { site: 'other.com' }));
    return corpus;
  };

  it('finds a paragraph that recurs across distinct articles of one site, counted once per story', () => {
    const corpus = build(false);
    corpus.finish();
    const list = corpus.recurringParagraphs();
    expect(list).toEqual([{ site: 'example.com', text: footer, count: 4 }]);
    expect(corpus.isRecurring('example.com', footer)).toBe(true);
    expect(corpus.isRecurring('other.com', footer)).toBe(false);
  });

  it('leaves recurring paragraphs out of the fingerprints with stripping', () => {
    const plain = build(false);
    const stripped = build(true);
    plain.finish();
    stripped.finish();
    expect(stripped.fingerprintOf(0)?.words).toBeLessThan(plain.fingerprintOf(0)?.words ?? 0);
    expect(stripped.fingerprintOf(8)?.words).toBe(plain.fingerprintOf(8)?.words);
  });
});
