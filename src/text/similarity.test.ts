import { describe, expect, it } from 'vitest';
import {
  containment,
  dice,
  jaccard,
  shingleSet,
  sortedContainment,
  sortedIntersectionSize,
  sortedJaccard,
  sortedUnique,
  wordsOf,
} from './similarity.js';

const u = (xs: number[]) => Uint32Array.from(xs);

describe('set similarity (existing exports)', () => {
  it.each([
    [[1, 2, 3], [2, 3, 4], 0.5, 2 / 3, 2 / 3],
    [[1, 2], [1, 2], 1, 1, 1],
    [[1, 2], [3, 4], 0, 0, 0],
    [[1], [1, 2, 3, 4], 0.25, 0.4, 1],
  ])('%j vs %j: jaccard %d, dice %d, containment %d', (a, b, j, d, c) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(j);
    expect(dice(new Set(a), new Set(b))).toBeCloseTo(d);
    expect(containment(new Set(a), new Set(b))).toBeCloseTo(c);
  });

  it('hashes word shingles of lower-cased words', () => {
    expect(wordsOf('Harga Emas, naik!')).toEqual(['harga', 'emas', 'naik']);
    expect(shingleSet(wordsOf('a b c d'), 3).size).toBe(2);
    expect(shingleSet(wordsOf('a b'), 3).size).toBe(1);
  });
});

describe('sorted-array similarity', () => {
  it.each([
    [[1, 3, 5], [1, 2, 3], 2],
    [[], [1], 0],
    [[7], [7], 1],
    [[1, 2, 3], [4, 5, 6], 0],
  ])('intersection of %j and %j is %d', (a, b, n) => {
    expect(sortedIntersectionSize(u(a), u(b))).toBe(n);
  });

  it.each([
    [[1, 2, 3], [2, 3, 4], 0.5, 2 / 3],
    [[1, 2], [1, 2, 3, 4], 0.5, 1],
    [[1], [2], 0, 0],
  ])('%j vs %j: Jaccard %d, containment %d', (a, b, j, c) => {
    expect(sortedJaccard(u(a), u(b))).toBeCloseTo(j);
    expect(sortedContainment(u(a), u(b))).toBeCloseTo(c);
  });

  it('agrees with the Set versions on random sets', () => {
    let x = 7;
    const next = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % 500;
    };
    for (let t = 0; t < 20; t++) {
      const a = Array.from({ length: 200 }, next);
      const b = Array.from({ length: 150 }, next);
      const sa = sortedUnique(u(a));
      const sb = sortedUnique(u(b));
      expect(sortedJaccard(sa, sb)).toBeCloseTo(jaccard(new Set(a), new Set(b)), 10);
      expect(sortedContainment(sa, sb)).toBeCloseTo(containment(new Set(a), new Set(b)), 10);
    }
  });

  it('sorts unsigned values and drops repeats', () => {
    expect([...sortedUnique(u([5, 0xffffffff, 5, 1, 0x80000000]))]).toEqual([1, 5, 0x80000000, 0xffffffff]);
    expect(sortedUnique(u([])).length).toBe(0);
  });
});
