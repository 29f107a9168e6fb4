import { describe, expect, it } from 'vitest';
import { hashWord, makeWordTable } from './word-hash.js';

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
