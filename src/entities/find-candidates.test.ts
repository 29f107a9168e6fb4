import { describe, expect, it } from 'vitest';
import { isAcronymOf } from './find-candidates.js';

describe('isAcronymOf', () => {
  const cases: [string, string, boolean][] = [
    ['Kukar', 'Kabupaten Kutai Kartanegara', true],
    ['Kaltim', 'Kalimantan Timur', true],
    ['Kemensos', 'Kementerian Sosial', true],
    ['BPN', 'Badan Pemenangan Nasional', true],
    ['PSK', 'Pekerja Seks Komersial', true],
    // must not fire
    ['zik', 'Kementerian Sosial', false],
    ['Rita', 'Kabupaten Kutai Kartanegara', false],
    ['K', 'Kalimantan Timur', false],
  ];
  it.each(cases)('%s ~ %s', (short, long, expected) => {
    expect(isAcronymOf(short, long)).toBe(expected);
  });
});
