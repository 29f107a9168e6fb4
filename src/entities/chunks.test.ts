import { describe, expect, it } from 'vitest';
import { findChunks, MAX_CHUNK_TOKENS } from './chunks.js';
import { makeLexicon } from './lexicon.js';
import { tokenize } from './tokenize.js';

const lexicon = makeLexicon();
const chunksOf = (text: string) => {
  const tokens = tokenize(text);
  const flat = findChunks(tokens, lexicon);
  const out: string[] = [];
  for (let k = 0; k < flat.length; k += 2) {
    const first = tokens[flat[k] as number];
    const last = tokens[(flat[k + 1] as number) - 1];
    if (first && last) out.push(text.slice(first.start, last.end));
  }
  return { tokens, flat, out };
};

describe('findChunks', () => {
  it.each([
    ['Bupati Kukar Rita Widyasari hadir.', ['Bupati Kukar Rita Widyasari']],
    ['Kata Luthfi bin Yahya kemarin.', ['Kata Luthfi bin Yahya']],
    ['kemarin Presiden Joko Widodo dan Wakil Presiden datang', ['Presiden Joko Widodo', 'Wakil Presiden']],
  ])('groups %j', (text, expected) => {
    expect(chunksOf(text).out).toEqual(expected);
  });

  it(`cuts a capitalised run longer than ${MAX_CHUNK_TOKENS} tokens into chunks no longer, covering it all`, () => {
    const text = 'Budi Santoso Ketua Umum Partai Demokrat '.repeat(40).trim();
    const { tokens, flat } = chunksOf(text);
    expect(tokens.length).toBe(240);
    expect(flat.length).toBeGreaterThanOrEqual(2 * Math.ceil(240 / MAX_CHUNK_TOKENS));
    let covered = 0;
    for (let k = 0; k < flat.length; k += 2) {
      const size = (flat[k + 1] as number) - (flat[k] as number);
      expect(size).toBeLessThanOrEqual(MAX_CHUNK_TOKENS);
      expect(flat[k]).toBe(covered);
      covered += size;
    }
    expect(covered).toBe(240);
  });
});
