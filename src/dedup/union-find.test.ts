import { describe, expect, it } from 'vitest';
import { findRoot, unionRoots } from './union-find.js';

describe('union-find', () => {
  it('joins components under their lowest position and compresses paths', () => {
    const parent = Int32Array.from({ length: 8 }, (_, i) => i);
    unionRoots(parent, 5, 6);
    unionRoots(parent, 6, 7);
    unionRoots(parent, 7, 2);
    unionRoots(parent, 3, 4);
    expect([...Array(8).keys()].map((i) => findRoot(parent, i))).toEqual([0, 1, 2, 3, 3, 2, 2, 2]);
    expect(parent[7]).toBe(2); // compressed
    unionRoots(parent, 4, 6);
    expect(findRoot(parent, 7)).toBe(2);
    expect(findRoot(parent, 3)).toBe(2);
    unionRoots(parent, 0, 0);
    expect(findRoot(parent, 0)).toBe(0);
  });
});
