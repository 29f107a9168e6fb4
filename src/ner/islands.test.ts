import { describe, expect, it } from 'vitest';
import { findIslands, ISLAND_MARGIN, ISLAND_MIN_GAP, ISLAND_REACH, isSeed } from './islands.js';
import { tokenize } from './tokenize.js';

/** The islands of `text` as token ranges: [a, b, lo, hi] each. */
function islandsOf(text: string): number[][] {
  const flat = findIslands(text, tokenize(text));
  const out: number[][] = [];
  for (let i = 0; i < flat.length; i += 4) out.push(flat.slice(i, i + 4));
  return out;
}

describe('findIslands', () => {
  it.each([
    ['harga beras di pasar naik karena musim hujan datang lebih awal tahun ini', []],
    ['', []],
    ['" , . ( ) 123 456 !', []],
  ])('finds no island without a capitalised word: %j', (text, want) => {
    expect(islandsOf(text)).toEqual(want);
  });

  it.each([
    // tokens:  0     1    2     3      4    5     6   7      8     9    10   11   12
    ['kata dia pada wartawan di kantor Bupati kemarin sore dan pagi ini juga', [[4, 9, 2, 11]]],
    ['Bupati datang ke sana', [[0, 3, 0, 4]]],
    // Two seeds with a short gap form one island; a long gap keeps two.
    ['Rita datang ke sana lalu Ani pulang', [[0, 7, 0, 7]]],
    [
      'Rita datang ke sana lalu pergi lagi dan makan lalu tidur Ani pulang',
      [
        [0, 3, 0, 5],
        [9, 13, 7, 13],
      ],
    ],
  ])('marks the tokens near capitalised words in %j', (text, want) => {
    expect(islandsOf(text)).toEqual(want);
  });

  it('widens the prepared range to whole glued chunks', () => {
    // `kantor.pusat.bank` is one chunk of five tokens glued to each other.
    const text = 'kantor.pusat.bank ini dan itu Mandiri';
    const tokens = tokenize(text);
    const [island] = islandsOf(text);
    expect(island?.[2]).toBe(0);
    expect(tokens.count).toBe(9);
  });

  it.each([
    'Bupati Kutai Kartanegara Rita Widyasari mengatakan, sosialisasi penutupan lokalisasi sudah dilakukan sejak awal tahun ini dan akan terus berlanjut sampai akhir tahun depan menurut H. Achmad.',
    'a b c d e f G h i j k l m n o P q r s t u v w x y z A b c d e f g h i j k l m n o p q r s t U',
    'x.y.z.Q.w.e.r.t.y.u.i.o.p.a.s.d.f.g.h.j.k.l R q w e r t y u i o p a s d f G.h.j.k.l.m.n.o.p',
  ])('covers every token near a seed, and only those or short gaps, in %#', (text) => {
    const tokens = tokenize(text);
    const n = tokens.count;
    const flat = findIslands(text, tokens);
    const scored = new Uint8Array(n);
    let prevB = -ISLAND_MIN_GAP;
    let prevHi = 0;
    for (let i = 0; i < flat.length; i += 4) {
      const [a, b, lo, hi] = flat.slice(i, i + 4) as [number, number, number, number];
      expect(a - prevB).toBeGreaterThanOrEqual(ISLAND_MIN_GAP);
      expect(lo).toBeGreaterThanOrEqual(prevHi);
      expect(lo).toBeLessThanOrEqual(Math.max(0, a - ISLAND_MARGIN));
      expect(hi).toBeGreaterThanOrEqual(Math.min(n, b + ISLAND_MARGIN));
      // The prepared range begins and ends between chunks.
      if (lo > 0) expect(tokens.ends[lo - 1]).toBeLessThan(tokens.starts[lo] as number);
      if (hi < n) expect(tokens.ends[hi - 1]).toBeLessThan(tokens.starts[hi] as number);
      for (let k = a; k < b; k++) scored[k] = 1;
      prevB = b;
      prevHi = hi;
    }
    for (let k = 0; k < n; k++) {
      let near = false;
      for (let q = Math.max(0, k - ISLAND_REACH); q <= Math.min(n - 1, k + ISLAND_REACH); q++)
        if (isSeed(text, tokens, q)) near = true;
      if (near) expect(scored[k]).toBe(1);
    }
  });

  it.each([
    // A function word opening a sentence or the range is no seed; the same word inside a sentence is.
    ['Namun warga tetap datang ke sana', 0, false],
    ['Ia datang. Menurut warga, semua aman', 3, false],
    ['"Saya tidak tahu," katanya', 1, false],
    ['Ia datang ke Dalam Kota', 3, true],
    ['Rita datang. Jakarta lalu sepi', 3, true],
    ['Namun warga tetap datang', 1, false],
  ])('in %j token %i is a seed: %s', (text, k, want) => {
    expect(isSeed(text, tokenize(text), k)).toBe(want);
  });

  it('still makes an island for a name right after a sentence opener', () => {
    expect(islandsOf('Menurut Joko semua aman dan baik saja hari ini')).toEqual([[0, 4, 0, 6]]);
    expect(islandsOf('Menurut dia semua aman dan baik saja hari ini')).toEqual([]);
  });

  it('takes upper-case letters of any script as seeds', () => {
    const text = 'Élodie dan Ñandú, bukan élodie';
    const tokens = tokenize(text);
    expect([0, 1, 2, 3, 4, 5].map((k) => isSeed(text, tokens, k))).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('stays linear on one long glued chunk full of capitals', () => {
    const text = 'A.b.'.repeat(100_000);
    const t0 = performance.now();
    const flat = findIslands(text, tokenize(text));
    expect(flat.length).toBe(4);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
