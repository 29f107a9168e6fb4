import { describe, expect, it } from 'vitest';
import { grown } from './typed-arrays.js';

describe('grown', () => {
  it('keeps an array that is long enough', () => {
    const a = new Int32Array(4);
    expect(grown(a, 4)).toBe(a);
  });

  it.each([
    ['one more, doubled', new Int32Array([1, 2, 3]), undefined, undefined, 6],
    ['a need beyond double', new Uint32Array([1, 2, 3]), 10, undefined, 10],
    ['by half again', new Float64Array([1, 2, 3, 4]), 5, 1.5, 6],
    ['from empty', new Uint16Array(0), undefined, undefined, 1],
  ] as const)('grows %s, same type, values kept', (_, a, need, factor, length) => {
    const b = grown(a, need, factor);
    expect(b.constructor).toBe(a.constructor);
    expect(b.length).toBe(length);
    expect(Array.from(b.subarray(0, a.length))).toEqual(Array.from(a));
  });
});
