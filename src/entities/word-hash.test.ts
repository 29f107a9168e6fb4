import { describe, expect, it } from 'vitest';
import { hashWord, makeAsciiWordSet, makeFlagTable, makeWordSet, makeWordTable } from './word-hash.js';

describe('hashWord', () => {
  it('hashes a word the same in any case and inside a longer text', () => {
    expect(hashWord('Jakarta')).toBe(hashWord('jakarta'));
    expect(hashWord('di JAKARTA pagi', 3, 10)).toBe(hashWord('jakarta'));
    expect(hashWord('Jakarta')).not.toBe(hashWord('Jakart'));
    expect(hashWord('')).not.toBe(0);
  });
});

describe('makeWordTable', () => {
  const table = makeWordTable([
    ['setelah', 1],
    ['nusa', 3],
    ['Nusa', 2],
  ]);
  const cases: Array<[string, number]> = [
    ['setelah', 1],
    ['Setelah', 1],
    ['NUSA', 3],
    // must not be found
    ['sebelum', 0],
    ['setela', 0],
  ];
  it.each(cases)('%s → %i', (word, value) => {
    expect(table.get(hashWord(word))).toBe(value);
  });
});

describe('makeWordSet', () => {
  const set = makeWordSet(['di', 'Kata']);
  const text = 'di DI Di kata KATA dia ke';
  const cases: Array<[number, number, boolean]> = [
    [0, 2, true],
    [3, 5, true],
    [6, 8, true],
    [9, 13, true],
    [14, 18, true],
    // must not be found
    [19, 22, false],
    [23, 25, false],
    [0, 1, false],
  ];
  it.each(cases)('[%i, %i) → %s', (start, end, found) => {
    expect(set.has(text, start, end, hashWord(text, start, end))).toBe(found);
  });
  it('compares the text on a hash hit', () => {
    // The hash of `di` given for the range `ke`: not found.
    expect(set.has(text, 23, 25, hashWord('di'))).toBe(false);
  });
});

describe('makeFlagTable', () => {
  const table = makeFlagTable([
    ['Bupati', 1],
    ['bupati', 4],
    ['di', 8],
  ]);
  const cases: Array<[string, number]> = [
    ['bupati', 5],
    ['BUPATI', 5],
    ['di', 8],
    // must not be found
    ['bupat', 0],
    ['ke', 0],
  ];
  it.each(cases)('%s → %i (flags or-ed)', (word, value) => {
    expect(table.get(hashWord(word))).toBe(value);
  });
});

describe('makeWordTable with many words', () => {
  // Thousands of words: every word given is found, and absent words (most of them answered by the filter
  // before the table is read) are not.
  const words = Array.from({ length: 6000 }, (_, k) => `kata${k.toString(36)}`);
  const table = makeWordTable(words.map((w, k) => [w, 1 + (k % 200)] as const));
  it('finds every word with its value', () => {
    for (let k = 0; k < words.length; k++)
      expect(table.get(hashWord(words[k] as string))).toBe(1 + (k % 200));
  });
  it('answers 0 for absent words', () => {
    let found = 0;
    for (let k = 0; k < 6000; k++) if (table.get(hashWord(`lain${k.toString(36)}`)) !== 0) found++;
    expect(found).toBe(0);
  });
});

describe('makeAsciiWordSet', () => {
  const words = ['budi', 'widodo', 'Santoso', 'zoë', ''];
  const set = makeAsciiWordSet(words);
  const text = 'Budi WIDODO dan Santoso, budiman; widod';
  /** What the set says of `text[start, end)`, and what the string set says of its lower case. */
  const both = (start: number, end: number): [boolean, boolean] => [
    set.has(text, start, end, hashWord(text, start, end)),
    new Set(words).has(text.slice(start, end).toLowerCase()),
  ];
  const cases: Array<[string, number, number, boolean]> = [
    // found, in any case of the text
    ['Budi', 0, 4, true],
    ['WIDODO', 5, 11, true],
    ['empty word', 0, 0, true],
    // not found: a word given with a capital, a longer or shorter word, an absent word
    ['Santoso', 16, 23, false],
    ['budiman', 25, 32, false],
    ['widod', 34, 39, false],
    ['dan', 12, 15, false],
  ];
  it.each(cases)('%s', (_, start, end, expected) => {
    expect(both(start, end)).toEqual([expected, expected]);
  });
  it('agrees with a set of strings over thousands of words', () => {
    const many = Array.from({ length: 5000 }, (_, k) => `nama${k.toString(36)}`);
    const big = makeAsciiWordSet(many.filter((_, k) => k % 2 === 0));
    const line = many.join(' ').toUpperCase();
    let at = 0;
    for (let k = 0; k < many.length; k++) {
      const end = at + (many[k] as string).length;
      expect(big.has(line, at, end, hashWord(line, at, end))).toBe(k % 2 === 0);
      at = end + 1;
    }
  });
});
