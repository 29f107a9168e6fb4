import { GAZ, GAZ_MAX_WORDS, type Gazetteer } from './gazetteer.js';
import { foldWords, HASH_SEED, hashLower, hashStep, lowerCode } from './hash.js';
import { WORD_CLASS, wordClasses } from './lexicon.js';
import type { Tokens } from './tokenize.js';
import { GOLDEN, TAG_STRIDE } from './weights.js';

/** Feature templates per token; every token gets exactly this many feature hashes. */
export const FEATURES_PER_TOKEN = 32;

/** Turns tokens into feature hashes (32-bit; the model reduces them to its table size). */
export interface Featurizer {
  /**
   * Returns `tokens.count * FEATURES_PER_TOKEN` features, token by token: with `bits`, each feature's offset
   * in a weight table of `2 ** bits` buckets of `TAG_STRIDE` (see `bucketOf`); without, the raw int32 hashes.
   */
  featurize(text: string, tokens: Tokens, bits?: number): Int32Array;
}

const MULTI_WORD = GAZ.person | GAZ.place | GAZ.organization | GAZ.region | GAZ.locality;
const BOUNDARY = 0x5bd1e995;
const END_MARKS = ['.', '!', '?', '"', '“', '”', ':', ';'];
const C1 = 0x9e3779b1;
const C2 = 0x85ebca6b;

/** A template's feature from one value: cheap, the model's multiplicative bucketing spreads it. */
function one(template: number, a: number): number {
  return Math.imul(a ^ (template << 24), C2) ^ template;
}

/** A template's feature from two values. */
function two(template: number, a: number, b: number): number {
  return Math.imul(Math.imul(a, C1) ^ b ^ (template << 24), C2) ^ template;
}

/** ASCII lower case and shape class by code unit, so the hot loop reads a table instead of branching. */
const ASCII_LOWER = new Uint8Array(128);
const ASCII_SHAPE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_LOWER[c] = c >= 65 && c <= 90 ? c | 32 : c;
  ASCII_SHAPE[c] = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c;
}

/** Character class of a non-ASCII code unit for word shapes: X upper, x lower, else the mark itself. */
function shapeClass(c: number, text: string, i: number): number {
  const ch = text[i] as string;
  const lower = ch.toLowerCase();
  if (lower !== ch) return 88;
  return lower !== ch.toUpperCase() ? 120 : c;
}

/** Makes a featurizer over a gazetteer of names and the hand-kept word classes. */
export function makeFeaturizer(gazetteer: Gazetteer): Featurizer {
  const classOf = new Map<number, number>();
  for (const [word, id] of wordClasses()) classOf.set(hashLower(word, 0, word.length), id);
  const endMarks = new Set(END_MARKS.map((m) => hashLower(m, 0, m.length)));

  return {
    featurize(text: string, tokens: Tokens, bits?: number): Int32Array {
      const n = tokens.count;
      const { starts, ends } = tokens;
      // Per-token values; index k + 2 holds token k, with two boundary slots on each side.
      const low = new Int32Array(n + 4);
      const raw = new Int32Array(n + 4);
      const shape = new Int32Array(n + 4);
      const affix = new Int32Array((n + 4) * 2);
      const cls = new Uint8Array(n + 4);
      const uni = new Uint16Array(n + 4);
      const upper = new Uint8Array(n + 4);
      const gaz = new Int32Array(n);
      const chunk = new Int32Array(n);
      for (let k = 0; k < 2; k++) {
        low[k] = raw[k] = shape[k] = BOUNDARY + k;
        low[n + 2 + k] = raw[n + 2 + k] = shape[n + 2 + k] = BOUNDARY + 7 + k;
      }
      for (let k = 0; k < n; k++) {
        const s = starts[k] as number;
        const e = ends[k] as number;
        let hl = HASH_SEED;
        let hr = HASH_SEED;
        let hs = HASH_SEED;
        let pre = 0;
        let lastClass = -1;
        let kept = 0;
        for (let i = s; i < e; i++) {
          const c = text.charCodeAt(i);
          const ascii = c < 128;
          hl = Math.imul(hl ^ (ascii ? (ASCII_LOWER[c] as number) : lowerCode(c)), 0x01000193);
          hr = Math.imul(hr ^ c, 0x01000193);
          if (i - s === 2 && e - s > 3) pre = hl;
          if (kept < 6) {
            const sc = ascii ? (ASCII_SHAPE[c] as number) : shapeClass(c, text, i);
            if (sc !== lastClass) {
              hs = hashStep(hs, sc);
              lastClass = sc;
              kept++;
            }
          }
        }
        const p = k + 2;
        low[p] = hl;
        raw[p] = hr;
        shape[p] = hs;
        affix[p * 2] = pre;
        affix[p * 2 + 1] = e - s > 3 ? hashLower(text, e - 3, e) : 0;
        cls[p] = classOf.get(hl) ?? WORD_CLASS.none;
        uni[p] = gazetteer.get(foldWords(HASH_SEED, hl));
        const c0 = text.charCodeAt(s);
        // 1: starts upper case; 2: a sentence-ending mark.
        upper[p] = lowerCode(c0) !== c0 ? 1 : e - s <= 1 && endMarks.has(hl) ? 2 : 0;
      }
      // Gazetteer names: for each token, which lists have a name beginning (bits 0-7), continuing (8-15)
      // or ending (16-23) there; the longest name per list from each capitalised token.
      const longest = new Uint8Array(8);
      for (let k = 0; k < n; k++) {
        if (upper[k + 2] !== 1) continue;
        let h = foldWords(HASH_SEED, low[k + 2] as number);
        longest.fill(0);
        let any = 0;
        let found = uni[k + 2] as number;
        for (let len = 1; ; ) {
          const mask = found & MULTI_WORD;
          any |= mask;
          for (let bit = 0; mask >> bit; bit++) if ((mask >> bit) & 1) longest[bit] = len;
          // Most words start no longer name: one lookup (the word's own, made above) and done.
          if (!(found & GAZ.prefix) || ++len > GAZ_MAX_WORDS || k + len > n) break;
          h = foldWords(h, low[k + len + 1] as number);
          found = gazetteer.get(h);
        }
        if (!any) continue;
        for (let bit = 0; bit < 8; bit++) {
          const len = longest[bit] as number;
          if (!len) continue;
          const flag = 1 << bit;
          gaz[k] = (gaz[k] as number) | flag;
          for (let j = k + 1; j < k + len; j++) gaz[j] = (gaz[j] as number) | (flag << 8);
          gaz[k + len - 1] = (gaz[k + len - 1] as number) | (flag << 16);
        }
      }
      // Tokens glued to their neighbours (no space between) form a chunk such as `(MK)` or `Jakarta,`:
      // its shape and the token's place in it (bits 0-1) tell how the words were written.
      for (let k = 0; k < n; ) {
        let last = k;
        while (last + 1 < n && ends[last] === starts[last + 1]) last++;
        let h = HASH_SEED;
        for (let j = k; j <= last; j++) h = hashStep(h, shape[j + 2] as number);
        for (let j = k; j <= last; j++) chunk[j] = (h << 2) | (j > k ? 1 : 0) | (j < last ? 2 : 0);
        k = last + 1;
      }
      const out = new Int32Array(n * FEATURES_PER_TOKEN);
      for (let k = 0; k < n; k++) {
        const p = k + 2;
        const w0 = low[p] as number;
        const wm1 = low[p - 1] as number;
        const wp1 = low[p + 1] as number;
        const s0 = shape[p] as number;
        const sm1 = shape[p - 1] as number;
        const sp1 = shape[p + 1] as number;
        const c0 = cls[p] as number;
        const cm1 = cls[p - 1] as number;
        const u0 = (uni[p] as number) & 0xff;
        const g = gaz[k] as number;
        const start = k === 0 || (upper[p - 1] as number) === 2 ? 1 : 0;
        const glue = (chunk[k] as number) & 3;
        const o = k * FEATURES_PER_TOKEN;
        out[o] = 1;
        out[o + 1] = one(1, w0);
        out[o + 2] = one(2, raw[p] as number);
        out[o + 3] = one(3, wm1);
        out[o + 4] = one(4, wp1);
        out[o + 5] = one(5, low[p - 2] as number);
        out[o + 6] = one(6, low[p + 2] as number);
        out[o + 7] = one(7, s0);
        out[o + 8] = two(8, sm1, s0);
        out[o + 9] = two(9, s0, sp1);
        out[o + 10] = two(10, sm1 ^ Math.imul(sp1, C1), s0);
        out[o + 11] = one(11, affix[p * 2] as number);
        out[o + 12] = one(12, affix[p * 2 + 1] as number);
        out[o + 13] = two(13, cm1, cls[p - 2] as number);
        out[o + 14] = two(14, c0, cls[p + 1] as number);
        out[o + 15] = two(15, cm1, s0);
        out[o + 16] = one(16, g & 0xff);
        out[o + 17] = one(17, g >>> 8);
        out[o + 18] = two(18, g, s0);
        out[o + 19] = one(19, u0);
        out[o + 20] = two(20, (uni[p - 1] as number) & 0xff, (uni[p + 1] as number) & 0xff);
        out[o + 21] = two(21, u0, s0);
        out[o + 22] = two(22, wm1, s0);
        out[o + 23] = two(23, w0, wp1);
        out[o + 24] = two(24, wm1, w0);
        out[o + 25] = two(25, start, s0);
        out[o + 26] = two(26, start, w0);
        out[o + 27] = two(27, s0, wp1);
        out[o + 28] = two(28, glue, s0);
        out[o + 29] = two(29, glue, w0);
        out[o + 30] = one(30, chunk[k] as number);
        out[o + 31] = two(31, ((upper[p - 1] as number) & 1) | (((upper[p + 1] as number) & 1) << 1), c0);
      }
      if (bits !== undefined) {
        const shift = 32 - bits;
        const stride = Math.log2(TAG_STRIDE);
        // Shifts, not a multiplication: the offset stays an int32 (no float conversion in this hot loop).
        for (let f = 0, length = out.length; f < length; f++)
          out[f] = (Math.imul(out[f] as number, GOLDEN) >>> shift) << stride;
      }
      return out;
    },
  };
}
