import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { findTitle, foldsTo, isTitleLike } from './find-title.js';
import { splitLines } from './split-lines.js';

const run = (text: string, title?: string) =>
  runPipeline([splitLines(), findTitle()], text, { id: 't', title });

describe('isTitleLike', () => {
  const cases: [string, boolean][] = [
    ['12 Lokalisasi di Kukar Segera Ditutup', true],
    ['Jokowi: Pemerintah Tak Akan Mundur', true],
    ['Harga Emas Naik Lagi...', true],
    ['Bupati Kukar Rita Widyasari mengatakan akan segera menutup 12 lokalisasi.', false],
    ['"Saya tidak tahu," katanya', false],
    ['A', false],
    ['tanpa huruf besar sama sekali di sini', false],
  ];
  it.each(cases)('%s → %s', (line, expected) => expect(isTitleLike(line)).toBe(expected));
});

describe('foldsTo', () => {
  // [text, folded title, whether the text folds to it]
  const cases: [string, string, boolean][] = [
    ['Banjir Rendam Tiga Desa', 'banjir rendam tiga desa', true],
    ['  "Banjir" -- Rendam, Tiga Desa!! ', 'banjir rendam tiga desa', true],
    ['Banjir Rendam Tiga Desa Lagi', 'banjir rendam tiga desa', false],
    ['Banjir Rendam Tiga', 'banjir rendam tiga desa', false],
    ['BanjirRendam Tiga Desa', 'banjir rendam tiga desa', false],
    ['JAKARTA, KOMPAS.com - Hujan deras sejak pagi.', 'banjir rendam tiga desa', false],
    // Non-ASCII text goes through the full fold: NFC, Unicode letters and case.
    ['Café Baru Dibuka', 'café baru dibuka', true],
    ['Cafe\u0301 Baru Dibuka', 'café baru dibuka', true],
    ['Ekspor “Naik” Lagi', 'ekspor naik lagi', true],
    ['Ekspor Naik Lagi…', 'ekspor naik lagi', true],
    ['', '', true],
    ['!!', '', true],
  ];
  it.each(cases)('%s → %s: %s', (text, folded, expected) => expect(foldsTo(text, folded)).toBe(expected));
});

describe('findTitle', () => {
  it('takes a headline-like first line followed by a body', () => {
    const a = run('Banjir Rendam Tiga Desa\nHujan deras sejak pagi merendam tiga desa.');
    expect(a.title).toBe('Banjir Rendam Tiga Desa');
    expect(a.paragraphs).toHaveLength(1);
    expect(a.removed[0]).toMatchObject({ reason: 'title', start: 0, end: 23 });
  });
  it('does not take a byline for a headline', () => {
    expect(run('Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda\nIsi berita di sini.').title).toBeNull();
  });
  it('leaves a lone line as body', () => {
    expect(run('Banjir Rendam Tiga Desa').title).toBeNull();
  });
  it('removes a first line repeating the given title', () => {
    const a = run('Banjir Rendam Tiga Desa\nHujan deras sejak pagi.', 'Banjir rendam tiga desa');
    expect(a.title).toBe('Banjir rendam tiga desa');
    expect(a.removed[0]).toMatchObject({ reason: 'duplicate', rule: 'title-repeated' });
  });
  it('keeps the body when a title is given and the first line differs', () => {
    expect(run('Hujan Deras Sejak Pagi\nIsi.', 'Banjir').paragraphs).toHaveLength(2);
  });
});
