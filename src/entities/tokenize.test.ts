import { describe, expect, it } from 'vitest';
import { specialWords, tokenTable, wordFlags } from './chunk-state.js';
import { loadGazetteer } from './gazetteer.js';
import { makeLexicon } from './lexicon.js';
import { MAX_PLACE_LONGEST, makeTokenizer, type Token, tokenize, WORD_FLAGS } from './tokenize.js';
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

describe('makeTokenizer (the stage tokenizer: one table, tokens reused)', () => {
  const lexicon = makeLexicon();
  const gazetteer = loadGazetteer({ villages: false });
  const special = specialWords(lexicon, gazetteer);
  const flags = wordFlags(lexicon, special);
  const stageTokenize = makeTokenizer(tokenTable(lexicon, special, gazetteer), gazetteer.longestFromHash);
  const texts = [
    'Bupati Kukar Rita Widyasari di Kabupaten Kutai Kartanegara, kata dia.',
    'Rute Jakarta-Amsterdam dan Jawa Barat; PDI-P di Daerah Istimewa Yogyakarta (DIY).',
    'Luthfi bin Yahya bertemu KOMISI di Kota Semarang dan Sulawesi Selatan.',
    'tidak ada nama di sini',
  ];
  const facts = (t: Token) => [
    t.start,
    t.end,
    t.text,
    t.word,
    t.isCommon,
    t.isCapitalized,
    t.isUpper,
    t.opensSentence,
    t.joinsPrevious,
    t.hasDash,
    t.hash,
    t.headHash,
    t.flags,
    t.next,
  ];
  it.each(texts)('%s: the same tokens as tokenize with both tables', (text) => {
    const expected = tokenize(text, 0, text.length, lexicon.commonTable, flags).map(facts);
    expect(stageTokenize(text, 0, text.length).map(facts)).toEqual(expected);
  });
  it.each(texts)('%s: the longest place name from each word, as the gazetteer says (capped)', (text) => {
    for (const t of stageTokenize(text, 0, text.length)) {
      expect(t.placeLongest).toBe(Math.min(MAX_PLACE_LONGEST, gazetteer.longestFromHash(t.headHash)));
    }
  });
  it('knows places that start with a word, and not plain words', () => {
    const [jawa, , kata] = stageTokenize('Jawa Barat kata Budi', 0, 20);
    expect(jawa?.placeLongest).toBeGreaterThan(0);
    expect(kata?.placeLongest).toBe(0);
  });
  it('reuses its tokens: a token is rewritten by the next call', () => {
    const [first] = stageTokenize('Rita Widyasari', 0, 14);
    expect(first?.text).toBe('Rita');
    stageTokenize('Kukar', 0, 5);
    expect(first?.text).toBe('Kukar');
  });
});
