import { describe, expect, it } from 'vitest';
import { tokenize, WORD_FLAGS } from './tokenize.js';
import { hashWord, makeFlagTable } from './word-hash.js';

describe('tokenize', () => {
  // Lower-case words are kept only right before a capitalised word, where the entity rules read them.
  const cases: [string, string[]][] = [
    ['Kata Rita Widyasari di Kukar.', ['Kata', 'Rita', 'Widyasari', 'di', 'Kukar']],
    ['Diterima Kompas.com dan Grid.ID.', ['Diterima', 'Kompas.com', 'dan', 'Grid.ID']],
    ["Ma'ruf Amin dan PDI-P", ["Ma'ruf", 'Amin', 'dan', 'PDI-P']],
    ['26-Andritany Ardhiyasa', ['Andritany', 'Ardhiyasa']],
    ['Marko Simic.Pelatih: Jafri', ['Marko', 'Simic', 'Pelatih', 'Jafri']],
    ['semua kata biasa saja', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks sentence openers, all-caps words and white-space joins', () => {
    const [first, second, third] = tokenize('"Setelah KPK datang. Rita (45)');
    expect([first?.opensSentence, first?.isUpper, second?.isUpper, second?.joinsPrevious]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(third?.text).toBe('Rita');
    expect(third?.opensSentence).toBe(true);
  });

  it('continues a name with a number only right after it', () => {
    const tokens = tokenize('lokalisasi KM 10 dan 12 lokalisasi');
    expect(tokens.map((t) => [t.text, t.isCapitalized])).toEqual([
      ['lokalisasi', false],
      ['KM', true],
      ['10', true],
    ]);
  });

  it('hashes each word and its part before a hyphen', () => {
    const [, pair, word] = tokenize('rute Jakarta-Amsterdam Garuda');
    expect(pair?.hash).toBe(hashWord('jakarta-amsterdam'));
    expect(pair?.headHash).toBe(hashWord('jakarta'));
    expect(word?.headHash).toBe(hashWord('garuda'));
  });
});

describe('tokenize flags', () => {
  const flags = makeFlagTable([
    ['Bupati', WORD_FLAGS.TITLE],
    ['bin', WORD_FLAGS.CONNECTOR],
    ['Kabupaten', WORD_FLAGS.PLACE_HEAD | WORD_FLAGS.SPECIAL],
  ]);
  const cases: Array<[string, number[]]> = [
    ['Bupati Rita', [WORD_FLAGS.TITLE, 0]],
    ['BUPATI Luthfi bin Yahya', [WORD_FLAGS.TITLE, 0, WORD_FLAGS.CONNECTOR, 0]],
    ['di Kabupaten Kukar', [0, WORD_FLAGS.PLACE_HEAD | WORD_FLAGS.SPECIAL, 0]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(tokenize(text, 0, text.length, undefined, flags).map((t) => t.flags)).toEqual(expected);
  });
  it('sets every flag without a table (no lookup is skipped)', () => {
    expect(tokenize('Bupati Rita').map((t) => t.flags)).toEqual([255, 255]);
  });
});
