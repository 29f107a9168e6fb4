import { describe, expect, it } from 'vitest';
import { RadixSorter } from './radix-sort.js';

describe('RadixSorter', () => {
  const sorter = new RadixSorter();
  let seed = 3;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };

  it.each([0, 1, 2, 47, 48, 450, 5000])(
    'sorts %d random values like the built-in sort, only inside the slice',
    (n) => {
      const data = Uint32Array.from({ length: n + 6 }, () => random());
      const expected = Uint32Array.from(data);
      expected.subarray(3, 3 + n).sort();
      sorter.sort(data, 3, 3 + n);
      expect([...data]).toEqual([...expected]);
    },
  );

  it.each([
    [[5, 5, 5, 1, 1]],
    [[0xffffffff, 0, 0x80000000, 0x7fffffff, 1]],
    [Array.from({ length: 100 }, (_v, i) => (i % 7) * 0x01010101)],
  ])('handles repeats and extreme values: %j', (values) => {
    const data = Uint32Array.from(values);
    sorter.sort(data, 0, data.length);
    expect([...data]).toEqual([...Uint32Array.from(values).sort()]);
  });
});

describe('RadixSorter.sortUnique', () => {
  const sorter = new RadixSorter();
  let seed = 11;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0;
  };
  const expected = (values: Uint32Array) => [...new Set(Uint32Array.from(values).sort())];

  it.each([
    ['empty', []],
    ['one value', [7]],
    ['short, with repeats', [5, 5, 5, 1, 1, 0xffffffff, 0]],
    ['spread hashes', Array.from({ length: 450 }, () => random())],
    ['spread hashes with repeats', Array.from({ length: 2000 }, (_v, i) => (i % 3 === 0 ? 42 : random()))],
    // Longer than the buckets serve: the radix sort again.
    ['a long slice', Array.from({ length: 20000 }, (_v, i) => (i % 5 === 0 ? 7 : random()))],
    // All in the first bucket: the radix sort takes over (and the result is the same).
    ['uneven values (small numbers)', Array.from({ length: 3000 }, (_v, i) => (i * 7919) % 5000)],
    ['extremes', Array.from({ length: 100 }, (_v, i) => (i % 2 ? 0xffffffff - i : i))],
  ])('%s: distinct values ascending at the front, only inside the slice', (_name, values) => {
    const data = Uint32Array.from([9, 9, ...values, 9]);
    const count = sorter.sortUnique(data, 2, 2 + values.length);
    const want = expected(Uint32Array.from(values));
    expect(count).toBe(want.length);
    expect([...data.subarray(2, 2 + count)]).toEqual(want);
    expect([data[0], data[1], data[data.length - 1]]).toEqual([9, 9, 9]);
  });
});
