import { afterEach, describe, expect, it } from 'vitest';
import type { Fingerprint } from './fingerprint.js';
import { FingerprintFile } from './fingerprint-file.js';

const fingerprint = (k: number): Fingerprint => ({
  words: 10 + k,
  exact: [k, k + 1],
  shingles: Uint32Array.from([k, k + 5, k + 9]),
  numbers: Uint32Array.from([k * 3]),
  keys: Uint32Array.from([k + 100, k + 200]),
});

// Ids and URLs of many lengths: short ones (a record read at once), long ones (longer than one read), non-ASCII.
const idOf = (k: number) =>
  k % 97 === 5 ? `long-${'x'.repeat(700 + k)}` : k % 13 === 0 ? `berita-é-${k}` : `b${k}`;
const urlOf = (k: number) =>
  k % 4 === 0 ? null : k % 89 === 3 ? `site.example/${'p/'.repeat(400)}${k}` : `site.example/read/${k}`;

describe('FingerprintFile ids and URLs', () => {
  const files: FingerprintFile[] = [];
  afterEach(() => {
    for (const f of files.splice(0)) f.remove();
  });
  const make = (n: number) => {
    const file = new FingerprintFile();
    files.push(file);
    for (let k = 0; k < n; k++) file.add(idOf(k), urlOf(k), null, fingerprint(k));
    return file;
  };

  it.each([
    ['in order', (n: number) => Array.from({ length: n }, (_v, i) => i)],
    ['backwards', (n: number) => Array.from({ length: n }, (_v, i) => n - 1 - i)],
    ['jumping about', (n: number) => Array.from({ length: n }, (_v, i) => (i * 7919) % n)],
  ])('reads back every id and URL %s', (_name, order) => {
    const n = 6000;
    const file = make(n);
    for (const i of order(n)) {
      expect(file.id(i)).toBe(idOf(i));
      expect(file.url(i)).toBe(urlOf(i));
    }
  });

  it('idInOrder gives the ids read in input order, and any other id asked meanwhile', () => {
    const n = 9000;
    const file = make(n);
    // Leave the file's window at its end first, as clustering does.
    expect(file.url(n - 1)).toBe(urlOf(n - 1));
    for (let i = 0; i < n; i++) {
      expect(file.idInOrder(i)).toBe(idOf(i));
      const back = (i * 31) % (i + 1);
      expect(file.id(back)).toBe(idOf(back));
    }
    // Asked out of order, it still answers.
    expect(file.idInOrder(3)).toBe(idOf(3));
    expect(file.idInOrder(n - 2)).toBe(idOf(n - 2));
  });

  it('keeps the fingerprint parts apart from the ids', () => {
    const file = make(50);
    const f = file.fingerprintOf(7);
    expect([...f.shingles]).toEqual([7, 12, 16]);
    expect([...f.numbers]).toEqual([21]);
    expect([...f.keys]).toEqual([107, 207]);
    expect(file.id(7)).toBe('b7');
  });
});
