import { describe, expect, it } from 'vitest';
import { ShingleIndex } from './shingle-index.js';

/** The blocks posted for a hash, by walking its postings (looked up as a new block, -1). */
function blocksOf(index: ShingleIndex, hash: number, asBlock: number): number[] {
  const slot = index.visit(hash, asBlock);
  const out: number[] = [];
  for (let p = index.first(slot); p >= 0; p = index.next(p)) out.push(index.blockOf(p));
  return out.sort((a, b) => a - b);
}

describe('ShingleIndex', () => {
  it('sees each shingle once per block', () => {
    const index = new ShingleIndex();
    index.reset();
    const first = index.visit(42, 0);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(index.visit(42, 0)).toBe(-1);
    expect(index.visit(42, 1)).toBe(first);
  });
  it('lists the blocks that hold a shingle, and none for a new one', () => {
    const index = new ShingleIndex();
    index.reset();
    index.post(index.visit(7, 0), 0);
    index.post(index.visit(7, 1), 1);
    index.post(index.visit(9, 1), 1);
    expect(blocksOf(index, 7, 5)).toEqual([0, 1]);
    expect(blocksOf(index, 9, 5)).toEqual([1]);
    expect(blocksOf(index, 11, 5)).toEqual([]);
  });
  it('forgets everything on reset and keeps postings when it grows', () => {
    const index = new ShingleIndex();
    index.reset();
    index.post(index.visit(7, 0), 0);
    index.reset();
    expect(blocksOf(index, 7, 0)).toEqual([]);
    index.reset();
    for (let h = 0; h < 5000; h++) index.post(index.visit(Math.imul(h, 0x9e3779b1) >>> 0, h % 3), h % 3);
    for (let h = 0; h < 5000; h += 97)
      expect(blocksOf(index, Math.imul(h, 0x9e3779b1) >>> 0, 9)).toEqual([h % 3]);
  });
});
