import { describe, expect, it } from 'vitest';
import { sortSmall } from './text.js';

/** A list of [key, position] pairs with many equal keys, to see that equal keys keep their order. */
function pairs(n: number, seed: number): [number, number][] {
  let x = seed;
  return Array.from({ length: n }, (_, k) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return [x % 5, k];
  });
}
const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];

describe('sortSmall', () => {
  it.each([0, 1, 2, 7, 24, 25, 200])('sorts %i items as Array.prototype.sort does, stably', (n) => {
    const list = pairs(n, n + 1);
    const expected = [...list].sort(byKey);
    expect(sortSmall(list, byKey)).toEqual(expected);
    expect(list).toEqual(expected); // in place
  });

  it('leaves a sorted list as it is', () => {
    expect(sortSmall([1, 2, 3], (a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it('does not treat equal items as out of order', () => {
    const a = { k: 1 };
    const b = { k: 1 };
    const list = [a, b];
    sortSmall(list, (x, y) => x.k - y.k);
    expect(list[0]).toBe(a);
  });
});
