import { describe, expect, it } from 'vitest';
import { endsWithClitic, hasNotNameWord, NOT_NAME } from './merge-tagged.js';

describe('hasNotNameWord (NOT_NAME without the regular expression)', () => {
  const cases: Array<[string, boolean]> = [
    ['Idul Fitri', true],
    ['Piala Sudirman', true],
    ['Undang-Undang', true],
    ['Sabtu', true],
    ['Rabué', true],
    ['17 Agustus 1945', true],
    ['Rita Widyasari', false],
    ['Meiji', false],
    ['Tolak', false],
    ['mei', false],
    ['Agustusan', false],
    ['WIBOWO', false],
    ['Pak_Tahun', false],
    ['', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(hasNotNameWord(text)).toBe(expected);
    expect(NOT_NAME.test(text)).toBe(expected);
  });
  it('reads only the range given', () => {
    expect(hasNotNameWord('Rita Senin', 0, 4)).toBe(false);
    expect(hasNotNameWord('Rita Senin', 5, 10)).toBe(true);
  });
});

describe('endsWithClitic', () => {
  const clitic = /\p{Ll}{4}(nya|lah|kah)$/u;
  const cases: Array<[string, boolean]> = [
    ['Ceritanya', true],
    ['Akhirnya', true],
    ['Bukankah', true],
    ['Inilah', false],
    ['Sayalah', false],
    ['Tanya', false],
    ['Abdullah', true],
    ['ABCDnya', false],
    ['Karéknya', true],
    ['Kar1knya', false],
    ['Rita', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(endsWithClitic(text)).toBe(expected);
    expect(clitic.test(text)).toBe(expected);
  });
});
