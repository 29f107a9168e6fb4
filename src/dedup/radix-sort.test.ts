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
