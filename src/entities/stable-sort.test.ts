import { describe, expect, it } from 'vitest';
import { byStart, stableSort } from './stable-sort.js';

describe('stableSort', () => {
  // Items with equal starts keep their order (`id`), as `Array.prototype.sort` keeps them.
  const lists: Array<Array<[number, string]>> = [
    [],
    [[1, 'a']],
    [
      [3, 'a'],
      [1, 'b'],
      [2, 'c'],
      [1, 'd'],
      [3, 'e'],
    ],
    [
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [0, 'd'],
    ],
    Array.from({ length: 200 }, (_, k): [number, string] => [(k * 37) % 11, `x${k}`]),
    Array.from({ length: 40 }, (_, k): [number, string] => [40 - k, `y${k}`]),
  ];
  it.each(lists.map((l) => [l.length, l] as const))('%i items', (_, list) => {
    const items = list.map(([start, id]) => ({ start, id }));
    const expected = [...items].sort(byStart).map((i) => i.id);
    expect(stableSort(items, byStart).map((i) => i.id)).toEqual(expected);
  });
});
