import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep } from './hash.js';
import { isWordChar, keyOf2, TOKEN_CAPITAL, TOKEN_END, tokenize } from './tokenize.js';

const words = (text: string, start?: number, end?: number): string[] => {
  const t = tokenize(text, start, end);
  return Array.from({ length: t.count }, (_, k) => text.slice(t.starts[k], t.ends[k]));
};

describe('tokenize', () => {
  it.each([
    ['Presiden Joko Widodo tiba.', ['Presiden', 'Joko', 'Widodo', 'tiba', '.']],
    ['di Jakarta, Senin (29/10/2013).', ['di', 'Jakarta', ',', 'Senin', '(', '29/10/2013', ')', '.']],
    ["anak-anak Ma’ruf dan Ma'ruf", ['anak-anak', 'Ma’ruf', 'dan', "Ma'ruf"]],
    ['Rp 1.500,25 juta', ['Rp', '1.500,25', 'juta']],
    ['Mahkamah Konstitusi (MK)', ['Mahkamah', 'Konstitusi', '(', 'MK', ')']],
    ['H.M. Prasetyo', ['H', '.', 'M', '.', 'Prasetyo']],
    ['"Kami siap," kata Rita.', ['"', 'Kami', 'siap', ',', '"', 'kata', 'Rita', '.']],
    ['Jokowi-JK  menang', ['Jokowi-JK', 'menang']],
    ['Çelik Öztürk', ['Çelik', 'Öztürk']],
    ['tahun 2019-2020 -', ['tahun', '2019', '-', '2020', '-']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps to the range it is given and reports offsets into the whole text', () => {
    const text = 'Satu. Dua Tiga. Empat.';
    const t = tokenize(text, 6, 15);
    expect(words(text, 6, 15)).toEqual(['Dua', 'Tiga', '.']);
    expect(t.starts[0]).toBe(6);
  });

  it('does not split a hyphen or a period that is not between word characters', () => {
    expect(words('Jakarta- Bandung')).toEqual(['Jakarta', '-', 'Bandung']);
    expect(words('akhir.Awal')).toEqual(['akhir', '.', 'Awal']);
  });

  it('stays linear on hostile input', () => {
    const t0 = performance.now();
    expect(tokenize('a'.repeat(2_000_000)).count).toBe(1);
    expect(tokenize('"'.repeat(1_000_000)).count).toBe(1_000_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it.each([
    'Presiden Joko Widodo tiba di Surabaya, Senin (29/10/2013).',
    'anak-anak Ma’ruf 1.500,25 juta 😀 x',
  ])('keys each token of %j by its characters as written', (text) => {
    const t = tokenize(text);
    for (let k = 0; k < t.count; k++) {
      const s = t.starts[k] as number;
      const e = t.ends[k] as number;
      let h = HASH_SEED;
      for (let i = s; i < e; i++) h = hashStep(h, text.charCodeAt(i));
      expect(t.keys[k]).toBe(h);
      expect(t.keys2[k]).toBe(keyOf2(text, s, e));
    }
    const [a, b] = [tokenize('Rita rita'), tokenize('x Rita')];
    expect(a.keys[0]).not.toBe(a.keys[1]);
    expect(a.keys2[0]).not.toBe(a.keys2[1]);
    expect([b.keys[1], b.keys2[1]]).toEqual([a.keys[0], a.keys2[0]]);
  });

  it('flags capitalised tokens and the single marks that end a sentence', () => {
    const text = 'Rita: “Éko” ke Jakarta... ya! ekor (MK) 2019; .5 ?!';
    const t = tokenize(text);
    const got = Array.from({ length: t.count }, (_, k) => [
      text.slice(t.starts[k], t.ends[k]),
      (t.flags[k] as number) & (TOKEN_CAPITAL | TOKEN_END),
    ]);
    const C = TOKEN_CAPITAL;
    const E = TOKEN_END;
    expect(got).toEqual([
      ['Rita', C],
      [':', E],
      ['“', E],
      ['Éko', C],
      ['”', E],
      ['ke', 0],
      ['Jakarta', C],
      ['.', E],
      ['.', E],
      ['.', E],
      ['ya', 0],
      ['!', E],
      ['ekor', 0],
      ['(', 0],
      ['MK', C],
      [')', 0],
      ['2019', 0],
      [';', E],
      ['.', E],
      ['5', 0],
      ['?', E],
      ['!', E],
    ]);
  });

  it.each([
    ['Ñandú\u00a0über\u2009Škoda\u3000x', ['Ñandú', 'über', 'Škoda', 'x']],
    ['a\u200bb\ufeffc', ['a', 'b', 'c']],
    // A lone high surrogate keeps the unit after it, as a pair would.
    ['x\ud835\udc00y \ud800 z', ['x', '\ud835\udc00', 'y', '\ud800 ', 'z']],
    ['Ma’ruf—kata 5’ x-1 1.a', ['Ma’ruf', '—', 'kata', '5', '’', 'x', '-', '1', '1', '.', 'a']],
    ['日本語 Δέλτα', ['日本語', 'Δέλτα']],
  ])('splits %j on spaces of other scripts and keeps their letters', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('tells word characters as the Unicode letter classes and ASCII digits do', () => {
    const letter = /\p{L}|\p{M}/u;
    for (let c = 0; c < 0x3100; c += c < 0x300 ? 1 : 7) {
      const want = c < 128 ? /[0-9A-Za-z]/.test(String.fromCharCode(c)) : letter.test(String.fromCharCode(c));
      expect([c, isWordChar(c)]).toEqual([c, want]);
    }
  });

  it("gives the same tokens when it reuses an earlier result's arrays", () => {
    const texts = [
      'Presiden Joko Widodo tiba di Surabaya, Senin (29/10/2013).',
      'x',
      'a b c d e f g h i j k l m n o p q',
    ];
    let reuse = tokenize('Mahkamah Konstitusi (MK) menolak gugatan itu pada hari ini.');
    for (const text of texts) {
      const fresh = tokenize(text);
      const got = tokenize(text, 0, text.length, reuse);
      expect(got.count).toBe(fresh.count);
      expect(Array.from(got.starts.subarray(0, got.count))).toEqual(
        Array.from(fresh.starts.subarray(0, fresh.count)),
      );
      expect(Array.from(got.ends.subarray(0, got.count))).toEqual(
        Array.from(fresh.ends.subarray(0, fresh.count)),
      );
      expect(Array.from(got.keys2.subarray(0, got.count))).toEqual(
        Array.from(fresh.keys2.subarray(0, fresh.count)),
      );
      expect(Array.from(got.flags.subarray(0, got.count))).toEqual(
        Array.from(fresh.flags.subarray(0, fresh.count)),
      );
      reuse = got;
    }
  });
});
