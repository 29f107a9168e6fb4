import { describe, expect, it } from 'vitest';
import { wordHashes } from '../text/word-hashes.js';
import { Tokenizer } from './tokenize.js';

/**
 * The plain two-state loop the tokenizer replaces (one pass for words, one state machine for figures), with the
 * word rule of the duplicate-blocks stage: letters, marks and digits, lower-cased code unit by code unit (the
 * first unit of a longer lower case: `İ` is `i`), surrogate halves as letters, general punctuation never.
 */
function reference(text: string): { words: number[]; numbers: number[] } {
  const words: number[] = [];
  const numbers: number[] = [];
  const fold = (c: number): number | null => {
    if (c >= 0xd800 && c <= 0xdfff) return c;
    if (c >= 0x2000 && c <= 0x206f) return null;
    const ch = String.fromCharCode(c);
    if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) return null;
    return ch.toLowerCase().charCodeAt(0);
  };
  let word = 0x811c9dc5;
  let inWord = false;
  let number = 0x811c9dc5;
  let inNumber = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = fold(c);
    if (f !== null) {
      word = Math.imul(word ^ f, 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(word >>> 0);
      word = 0x811c9dc5;
      inWord = false;
    }
    if (c >= 48 && c <= 57) {
      number = Math.imul(number ^ c, 0x01000193);
      inNumber = true;
    } else if (inNumber) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (!((c === 46 || c === 44 || c === 47 || c === 58) && next >= 48 && next <= 57)) {
        numbers.push(number >>> 0);
        number = 0x811c9dc5;
        inNumber = false;
      }
    }
  }
  if (inWord) words.push(word >>> 0);
  if (inNumber) numbers.push(number >>> 0);
  return { words, numbers };
}

function tokens(text: string, tokenizer = new Tokenizer()): { words: number[]; numbers: number[] } {
  tokenizer.reset();
  tokenizer.add(text);
  return {
    words: [...tokenizer.words.values.subarray(0, tokenizer.words.length)],
    numbers: [...tokenizer.numbers.values.subarray(0, tokenizer.numbers.length)],
  };
}

describe('Tokenizer', () => {
  it.each([
    'IHSG ditutup di level 6.464,69 pada Senin (21/1/2019) pukul 09.10 WIB.',
    'Rp50 triliun, COVID-19, 3x lipat, abc123def456, 1.2.3, 1., .5, 7/, 8:30:',
    '12,5% dan 1,000.000 / 2 : 3',
    'Ümit İstanbul ΣΟΦΊΑ straße ﬁn K ١٢٣ 𝐀𝐁 日本語 tiếng Việt',
    '9',
    '',
    ' ... ',
  ])('hashes like the plain loop: %s', (text) => {
    expect(tokens(text)).toEqual(reference(text));
  });

  it('hashes like the plain loop on random text of digits, joiners, letters and spaces', () => {
    const alphabet = '0123456789.,/:; -aZéİ\u00a0\u2014x';
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const tokenizer = new Tokenizer();
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokens(text, tokenizer), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('keeps the figures of one paragraph apart from the next one', () => {
    const tokenizer = new Tokenizer();
    tokenizer.add('naik 5.');
    tokenizer.add('6 persen');
    expect(tokenizer.numbers.length).toBe(2);
  });
});

describe('Tokenizer words', () => {
  it.each([
    'İstanbul ISTANBUL istanbul',
    'berita😀 terkini 𝐀𝐁 ok',
    'Ümit straße—ﬁn “kata” K',
    'IHSG ditutup di level 6.464,69 pada Senin (21/1/2019).',
  ])('are the word hashes of the duplicate-blocks stage: %s', (text) => {
    const t = new Tokenizer();
    t.add(text);
    expect([...t.words.values.subarray(0, t.words.length)]).toEqual(wordHashes(text));
  });

  it('folds İ to i and keeps a letter beyond the BMP inside its word', () => {
    const words = (text: string) => tokens(text).words;
    expect(words('İSTANBUL')).toEqual(words('istanbul'));
    expect(words('a𝐀b')).toHaveLength(1);
  });
});
