import { describe, expect, it } from 'vitest';
import { decodeGazetteer, encodeGazetteer, GAZ } from './gazetteer.js';
import { foldWords, HASH_SEED, hashLower } from './hash.js';

const nameHash = (...words: string[]): number =>
  words.reduce((h, w) => foldWords(h, hashLower(w, 0, w.length)), HASH_SEED);

describe('gazetteer', () => {
  const entries = new Map<number, number>([
    [nameHash('Kutai', 'Kartanegara'), GAZ.region],
    [nameHash('Rita', 'Widyasari'), GAZ.person],
    [nameHash('Rita'), GAZ.personWord | GAZ.prefix],
    [0, GAZ.place],
    [-1, GAZ.organization],
  ]);
  const gazetteer = decodeGazetteer(encodeGazetteer(entries));

  it.each([
    [['Kutai', 'Kartanegara'], GAZ.region],
    [['KUTAI', 'kartanegara'], GAZ.region],
    [['Rita', 'Widyasari'], GAZ.person],
    [['rita'], GAZ.personWord | GAZ.prefix],
  ])('finds %j', (words, mask) => {
    expect(gazetteer.get(nameHash(...words))).toBe(mask);
  });

  it.each([[['Kartanegara', 'Kutai']], [['Widyasari']], [['Kutai']]])('does not find %j', (words) => {
    expect(gazetteer.get(nameHash(...words))).toBe(0);
  });

  it('finds every name of a large set with wide masks, and no other', () => {
    const many = new Map<number, number>();
    for (let i = 0; i < 5000; i++) many.set(Math.imul(i + 1, 0x9e3779b1), (i * 7919) & 0xffff);
    const loaded = decodeGazetteer(encodeGazetteer(many));
    for (const [key, mask] of many) expect(loaded.get(key)).toBe(mask);
    for (let i = 5000; i < 6000; i++) expect(loaded.get(Math.imul(i + 1, 0x9e3779b1))).toBe(0);
  });

  it('round-trips extreme hash values and counts entries', () => {
    expect(gazetteer.get(-1)).toBe(GAZ.organization);
    expect(gazetteer.get(0)).toBe(GAZ.place);
    expect(gazetteer.size).toBe(5);
  });
});
