import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/helpers.js';
import { DEMONSTRATIVE, endsWithDemonstrative, isPrefixedVerb } from './read-name.js';

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
