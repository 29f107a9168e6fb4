import { describe, expect, it } from 'vitest';
import { LANGID_BITS, LANGID_PROBE } from '../data/generated/langid-model.js';
import { letterCode, scanFeatures, wordHashOf } from './features.js';

const scan = (text: string) => {
  const buckets: number[] = [];
  const words: number[] = [];
  const counts = { letters: 0, words: 0 };
  scanFeatures(
    text,
    0,
    text.length,
    LANGID_BITS,
    new Int32Array(32),
    (b) => buckets.push(b),
    counts,
    (h) => words.push(h),
  );
  return { buckets, words, counts };
};

describe('scanFeatures', () => {
  it('yields exactly the buckets the training script computed for its probe', () => {
    expect(scan(LANGID_PROBE.text).buckets).toEqual(LANGID_PROBE.buckets);
  });
  const wordCases: [string, number, number][] = [
    ['Kerajaan negeri', 2, 14],
    ['kanak-kanak', 1, 11], // a hyphen between letters stays inside the word
    ['ke-2 ', 1, 2], // a hyphen before a digit does not
    ['2019, 3.000 — !!', 0, 0],
    ['ÉTÉ été', 2, 6],
    ['', 0, 0],
  ];
  it.each(wordCases)('%j has %i words and %i letters', (text, words, letters) => {
    expect(scan(text).counts).toEqual({ words, letters });
  });
  it('ignores case', () => {
    expect(scan('PEMERINTAH Kota').buckets).toEqual(scan('pemerintah kota').buckets);
  });
  it('reads only the given range', () => {
    const counts = { letters: 0, words: 0 };
    scanFeatures('xx polis yy', 3, 8, LANGID_BITS, new Int32Array(32), () => {}, counts);
    expect(counts).toEqual({ words: 1, letters: 5 });
  });
  it('stays linear on a long run without spaces', () => {
    const text = 'a'.repeat(1_000_000);
    const t0 = performance.now();
    expect(scan(text).counts.words).toBe(1);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('letterCode', () => {
  const cases: [string, number][] = [
    ['a', 97],
    ['A', 97],
    ['É', 'é'.charCodeAt(0)],
    ['1', -1],
    [' ', -1],
    ['—', -1],
    ['“', -1],
    ['×', -1],
  ];
  it.each(cases)('%s → %i', (c, code) => expect(letterCode(c.charCodeAt(0))).toBe(code));
});

describe('wordHashOf', () => {
  it('hashes a word as scanFeatures does, so marker words are found in running text', () => {
    for (const word of ['kerajaan', 'Itali', 'kanak-kanak']) {
      expect(scan(`di ${word} ini`).words[1]).toBe(wordHashOf(word));
    }
  });
});
