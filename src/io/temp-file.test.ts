import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { TempFile, TempTexts } from './temp-file.js';

function texts(n: number): string[] {
  let x = 12345;
  const random = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  const parts = ['a', 'é', 'ü', '中', '😀', ' ', 'kata', '\n'];
  return Array.from({ length: n }, (_, i) => {
    const length = i % 97 === 0 ? 3000 + Math.floor(random() * 90000) : Math.floor(random() * 40);
    let s = '';
    while (s.length < length) s += parts[Math.floor(random() * parts.length)];
    return s;
  });
}

describe('TempTexts', () => {
  it.each([
    ['in order', (n: number) => Array.from({ length: n }, (_, i) => i)],
    ['backwards', (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i)],
    ['jumping', (n: number) => Array.from({ length: n }, (_, i) => (i * 7919) % n)],
  ])('reads back every string %s, across flushes and windows', (_name, order) => {
    const list = texts(3000);
    const store = new TempTexts();
    try {
      for (const [i, s] of list.entries()) expect(store.push(s)).toBe(i);
      for (const i of order(list.length)) expect(store.get(i)).toBe(list[i]);
      expect(store.get(-1)).toBeUndefined();
      expect(store.get(list.length)).toBeUndefined();
    } finally {
      store.remove();
    }
  });

  it('reads while appending, and removes its file', () => {
    const store = new TempTexts();
    store.push('one');
    expect(store.get(0)).toBe('one');
    store.push('two');
    expect(store.get(1)).toBe('two');
    expect(store.get(0)).toBe('one');
    store.remove();
    expect(store.size).toBe(0);
  });
});

describe('TempFile', () => {
  it('bytes read back at any offset match what was appended', () => {
    const file = new TempFile('bytes.bin', 4096);
    try {
      const all = new Uint8Array(3_000_000);
      for (let i = 0; i < all.length; i++) all[i] = (i * 31 + (i >>> 9)) & 255;
      let at = 0;
      for (const size of [1, 10, 5000, 2_000_000, 7, 994_982]) {
        expect(file.append(all.subarray(at, at + size))).toBe(at);
        at += size;
      }
      expect(file.size).toBe(all.length);
      const into = new Uint8Array(100_000);
      for (const [offset, length] of [
        [0, 10],
        [2_999_000, 1000],
        [5, 4096],
        [1_000_000, 100_000],
        [4000, 200],
        [3900, 300],
      ] as const) {
        file.read(offset, length, into);
        expect(into.subarray(0, length)).toEqual(all.subarray(offset, offset + length));
      }
    } finally {
      file.remove();
    }
  });

  it('lives in the temporary directory and is gone after remove', () => {
    const file = new TempFile('x.bin');
    file.append(new Uint8Array(2_000_000));
    const dir = (file as unknown as { dir: string }).dir;
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(existsSync(dir)).toBe(true);
    file.remove();
    expect(existsSync(dir)).toBe(false);
  });
});
