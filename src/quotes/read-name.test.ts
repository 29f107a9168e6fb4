import { describe, expect, it } from 'vitest';
import { DEMONSTRATIVE, endsWithDemonstrative, isPrefixedVerb } from './read-name.js';

/** Random texts over the pieces these helpers read (a fixed seed: the same texts every run). */
function randomTexts(n: number, length: number, pieces: readonly string[]): string[] {
  let seed = 5;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const out: string[] = [];
  for (let t = 0; t < n; t++) {
    let s = '';
    while (s.length < length) s += pieces[next() % pieces.length];
    out.push(s);
  }
  return out;
}

describe('isPrefixedVerb', () => {
  // biome-ignore format: a word list
  const words = [
    'dikatakan', 'menilai', 'memberi', 'berkata', 'terlihat', 'diam', 'dia', 'mereka', 'bertiga', 'ter', 'berat',
    'Menilai', 'menilai2', 'me', 'di', 'diaaa', 'mean', 'beras', 'teras', 'penulis', 'dié', '',
    ...randomTexts(400, 7, ['di', 'me', 'ber', 'ter', 'm', 'n', 'a', 'r', 'X', 'é']),
  ];
  it('agrees with /^(?:di|me[mnlr]?|ber|ter)[a-z]{3,}$/', () => {
    let fired = 0;
    for (const w of words) {
      const expected = /^(?:di|me[mnlr]?|ber|ter)[a-z]{3,}$/.test(w);
      expect(isPrefixedVerb(w), w).toBe(expected);
      if (expected) fired++;
    }
    expect(fired).toBeGreaterThan(20);
  });
});

describe('endsWithDemonstrative', () => {
  const texts = [
    'pria 40 tahun ini',
    'pejabat tersebut ',
    'pelatih itu\n',
    'iniitu',
    'itu',
    ' itu',
    'Bupati\u2003itu',
    'kata dia itu\u2003',
    'pria ini, ',
    ...randomTexts(400, 14, [' ', 'ini', 'itu', 'tersebut', 'a', ',', '\u2003', '\n', 'é', 'X']),
  ];
  it('agrees with DEMONSTRATIVE on every slice', () => {
    let fired = 0;
    for (const text of texts) {
      for (let s = 0; s <= text.length; s++) {
        for (let e = s; e <= text.length; e++) {
          const expected = DEMONSTRATIVE.test(text.slice(s, e));
          expect(endsWithDemonstrative(text, s, e), `${JSON.stringify(text)} [${s}, ${e})`).toBe(expected);
          if (expected) fired++;
        }
      }
    }
    expect(fired).toBeGreaterThan(50);
  });
});
