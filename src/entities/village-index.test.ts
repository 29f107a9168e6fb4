import { describe, expect, it } from 'vitest';
import { makeVillageIndex } from './village-index.js';
import { hashWord } from './word-hash.js';

// Two districts; `Sukamaju` is in both, `Cibodas~2005` restarts the suffix count.
const DATA =
  '32.01.01\tSukamaju~2001,Cibodas,Ciléungsi~2010\n32.01.02\tSUKAMAJU~1001,Cibodas~2005,Pasir Muncang';

describe('makeVillageIndex', () => {
  const index = makeVillageIndex(DATA);
  const cases: Array<[string, string[]]> = [
    ['sukamaju', ['32.01.01.2001', '32.01.02.1001']],
    ['cibodas', ['32.01.01.2002', '32.01.02.2005']],
    ['pasir muncang', ['32.01.02.2006']],
    ['ciléungsi', ['32.01.01.2010']],
    // must not be found
    ['suka', []],
    ['pasir', []],
    ['sukamaju baru', []],
  ];
  it.each(cases)('%s', (key, codes) => {
    expect(index.lookup(key).map((e) => e.code)).toEqual(codes);
    expect(index.has(hashWord(key))).toBe(codes.length > 0);
  });

  it('names every entry as the first spelling and kind village', () => {
    expect(index.lookup('sukamaju').map((e) => [e.name, e.kind])).toEqual([
      ['Sukamaju', 'village'],
      ['Sukamaju', 'village'],
    ]);
  });
});
