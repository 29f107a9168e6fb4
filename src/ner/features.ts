import { GAZ, GAZ_MAX_WORDS, type Gazetteer } from './gazetteer.js';
import { foldWords, HASH_SEED, hashLower, hashStep, lowerCode } from './hash.js';
import { WORD_CLASS, wordClasses } from './lexicon.js';
import { TAG_COUNT } from './tags.js';
import type { Tokens } from './tokenize.js';
import { GOLDEN, PACK_BIAS, type PackedWeights, TAG_STRIDE } from './weights.js';

/** log2 of TAG_STRIDE: bucket offsets are shifts. */
const STRIDE_SHIFT = Math.log2(TAG_STRIDE);

/** Feature templates per token; every token gets exactly this many feature hashes. */
export const FEATURES_PER_TOKEN = 32;
if (PACK_BIAS !== FEATURES_PER_TOKEN * 128) throw new Error('ner: PACK_BIAS must match FEATURES_PER_TOKEN');

/** Turns tokens into feature hashes (32-bit; the model reduces them to its table size). */
export interface Featurizer {
  /**
   * Returns `tokens.count * FEATURES_PER_TOKEN` features, token by token: with `bits`, each feature's offset
   * in a weight table of `2 ** bits` buckets of `TAG_STRIDE` (see `bucketOf`); without, the raw int32 hashes.
   */
  featurize(text: string, tokens: Tokens, bits?: number): Int32Array;
  /**
   * Per-token tag scores `(token * TAG_COUNT + tag)` under a packed int8 table (`packWeights`): the same
   * numbers as `emissions(model.weights, model.scale, featurize(text, tokens, model.bits), FEATURES_PER_TOKEN,
   * count)`, made token by token without the feature array.
   */
  score(text: string, tokens: Tokens, table: PackedWeights): Float32Array;
}

const MULTI_WORD = GAZ.person | GAZ.place | GAZ.organization | GAZ.region | GAZ.locality;
const BOUNDARY = 0x5bd1e995;
const END_MARKS = ['.', '!', '?', '"', '“', '”', ':', ';'];
const C1 = 0x9e3779b1;
const C2 = 0x85ebca6b;

// A template t's feature from one value a is `Math.imul(a ^ (t << 24), C2) ^ t` (cheap: the model's
// multiplicative bucketing spreads it); from two values a, b `Math.imul(Math.imul(a, C1) ^ b ^ (t << 24), C2) ^ t`.

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

/** Per-token values of a window, reused from call to call (index k + 2 holds token k; two boundary slots each side). */
interface Scratch {
  capacity: number;
  low: Int32Array;
  raw: Int32Array;
  shape: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
  cls: Uint8Array;
  uni: Uint16Array;
  upper: Uint8Array;
  gaz: Int32Array;
  chunk: Int32Array;
  offsets: Int32Array;
}

function makeScratch(tokens: number): Scratch {
  const size = tokens + 4;
  return {
    capacity: tokens,
    low: new Int32Array(size),
    raw: new Int32Array(size),
    shape: new Int32Array(size),
    prefix: new Int32Array(size),
    suffix: new Int32Array(size),
    cls: new Uint8Array(size),
    uni: new Uint16Array(size),
    upper: new Uint8Array(size),
    gaz: new Int32Array(size),
    chunk: new Int32Array(size),
    offsets: new Int32Array(FEATURES_PER_TOKEN),
  };
}

/** 1 for the single marks that end a sentence (END_MARKS), by code unit. */
function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 58 || c === 59;
}

/** Makes a featurizer over a gazetteer of names and the hand-kept word classes. */
export function makeFeaturizer(gazetteer: Gazetteer): Featurizer {
  // Word classes in a small open-addressed table keyed by the lower-case word hash (classes are never 0).
  const classes = wordClasses();
  let classSize = 64;
  while (classSize < classes.size * 4) classSize *= 2;
  const classMask = classSize - 1;
  const classKeys = new Int32Array(classSize);
  const classValues = new Uint8Array(classSize);
  for (const [word, id] of classes) {
    const key = hashLower(word, 0, word.length);
    let slot = (Math.imul(key, GOLDEN) >>> 0) & classMask;
    while (classValues[slot] !== 0 && classKeys[slot] !== key) slot = (slot + 1) & classMask;
    classKeys[slot] = key;
    classValues[slot] = id;
  }
  const classOf = (key: number): number => {
    let slot = (Math.imul(key, GOLDEN) >>> 0) & classMask;
    for (;;) {
      const value = classValues[slot] as number;
      if (value === 0) return WORD_CLASS.none;
      if (classKeys[slot] === key) return value;
      slot = (slot + 1) & classMask;
    }
  };
  for (const mark of END_MARKS) if (!isEndMark(mark.charCodeAt(0))) throw new Error(`end mark ${mark}`);

  let scratch = makeScratch(256);

  /** Fills the scratch with the per-token values of `tokens` (hashes, shapes, classes, gazetteer masks, chunks). */
  function prepare(text: string, tokens: Tokens): Scratch {
    const n = tokens.count;
    if (n > scratch.capacity) scratch = makeScratch(Math.max(n, scratch.capacity * 2));
    const { low, raw, shape, prefix, suffix, cls, uni, upper, gaz, chunk } = scratch;
    const { starts, ends } = tokens;
    for (let k = 0; k < 2; k++) {
      low[k] = raw[k] = shape[k] = BOUNDARY + k;
      low[n + 2 + k] = raw[n + 2 + k] = shape[n + 2 + k] = BOUNDARY + 7 + k;
      cls[k] = cls[n + 2 + k] = 0;
      uni[k] = uni[n + 2 + k] = 0;
      upper[k] = upper[n + 2 + k] = 0;
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
        if (i - s === 2) pre = hl;
        if (kept < 6) {
          const sc = ascii ? (ASCII_SHAPE[c] as number) : shapeClass(c, text, i);
          if (sc !== lastClass) {
            hs = Math.imul(hs ^ sc, 0x01000193);
            lastClass = sc;
            kept++;
          }
        }
      }
      const p = k + 2;
      low[p] = hl;
      raw[p] = hr;
      shape[p] = hs;
      if (e - s > 3) {
        prefix[p] = pre;
        let h = HASH_SEED;
        for (let i = e - 3; i < e; i++) {
          const c = text.charCodeAt(i);
          h = Math.imul(h ^ (c < 128 ? (ASCII_LOWER[c] as number) : lowerCode(c)), 0x01000193);
        }
        suffix[p] = h;
      } else {
        prefix[p] = 0;
        suffix[p] = 0;
      }
      cls[p] = classOf(hl);
      uni[p] = gazetteer.get(foldWords(HASH_SEED, hl));
      const c0 = text.charCodeAt(s);
      // 1: starts upper case; 2: a sentence-ending mark.
      upper[p] =
        (c0 < 128 ? (ASCII_LOWER[c0] as number) : lowerCode(c0)) !== c0
          ? 1
          : e - s <= 1 && isEndMark(c0)
            ? 2
            : 0;
      gaz[k] = 0;
    }
    // Gazetteer names: for each token, which lists have a name beginning (bits 0-7), continuing (8-15)
    // or ending (16-23) there; the longest name per list from each capitalised token.
    for (let k = 0; k < n; k++) {
      if (upper[k + 2] !== 1) continue;
      let found = uni[k + 2] as number;
      // Most words start no longer name and are on no multi-word list: nothing to mark.
      if (!(found & (MULTI_WORD | GAZ.prefix))) continue;
      let h = foldWords(HASH_SEED, low[k + 2] as number);
      // longest[bit] for the 5 multi-word lists, as 3-bit fields of one integer.
      let longest = 0;
      for (let len = 1; ; ) {
        const mask = found & MULTI_WORD;
        for (let bit = 0; mask >> bit; bit++)
          if ((mask >> bit) & 1) longest = (longest & ~(7 << (bit * 3))) | (len << (bit * 3));
        if (!(found & GAZ.prefix) || ++len > GAZ_MAX_WORDS || k + len > n) break;
        h = foldWords(h, low[k + len + 1] as number);
        found = gazetteer.get(h);
      }
      if (!longest) continue;
      for (let bit = 0; bit < 8; bit++) {
        const len = (longest >> (bit * 3)) & 7;
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
    return scratch;
  }

  /**
   * Writes the 32 feature hashes of token `k` (of the prepared window) to `out` from `o`; with `shift` > 0 each
   * becomes its bucket's offset in a table of `2 ** (32 - shift)` buckets (shifts, not a multiplication, keep
   * it an int32), with `shift` 0 the raw hash is kept.
   */
  function tokenFeatures(k: number, out: Int32Array, o: number, shift: number, stride: number): void {
    const { low, raw, shape, prefix, suffix, cls, uni, upper, gaz, chunk } = scratch;
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
    const ch = chunk[k] as number;
    const glue = ch & 3;
    // The templates written out (see above): helper calls would exceed the optimiser's inlining budget.
    out[o] = 1;
    out[o + 1] = Math.imul(w0 ^ (1 << 24), C2) ^ 1;
    out[o + 2] = Math.imul((raw[p] as number) ^ (2 << 24), C2) ^ 2;
    out[o + 3] = Math.imul(wm1 ^ (3 << 24), C2) ^ 3;
    out[o + 4] = Math.imul(wp1 ^ (4 << 24), C2) ^ 4;
    out[o + 5] = Math.imul((low[p - 2] as number) ^ (5 << 24), C2) ^ 5;
    out[o + 6] = Math.imul((low[p + 2] as number) ^ (6 << 24), C2) ^ 6;
    out[o + 7] = Math.imul(s0 ^ (7 << 24), C2) ^ 7;
    out[o + 8] = Math.imul(Math.imul(sm1, C1) ^ s0 ^ (8 << 24), C2) ^ 8;
    out[o + 9] = Math.imul(Math.imul(s0, C1) ^ sp1 ^ (9 << 24), C2) ^ 9;
    out[o + 10] = Math.imul(Math.imul(sm1 ^ Math.imul(sp1, C1), C1) ^ s0 ^ (10 << 24), C2) ^ 10;
    out[o + 11] = Math.imul((prefix[p] as number) ^ (11 << 24), C2) ^ 11;
    out[o + 12] = Math.imul((suffix[p] as number) ^ (12 << 24), C2) ^ 12;
    out[o + 13] = Math.imul(Math.imul(cm1, C1) ^ (cls[p - 2] as number) ^ (13 << 24), C2) ^ 13;
    out[o + 14] = Math.imul(Math.imul(c0, C1) ^ (cls[p + 1] as number) ^ (14 << 24), C2) ^ 14;
    out[o + 15] = Math.imul(Math.imul(cm1, C1) ^ s0 ^ (15 << 24), C2) ^ 15;
    out[o + 16] = Math.imul((g & 0xff) ^ (16 << 24), C2) ^ 16;
    out[o + 17] = Math.imul((g >>> 8) ^ (17 << 24), C2) ^ 17;
    out[o + 18] = Math.imul(Math.imul(g, C1) ^ s0 ^ (18 << 24), C2) ^ 18;
    out[o + 19] = Math.imul(u0 ^ (19 << 24), C2) ^ 19;
    out[o + 20] =
      Math.imul(
        Math.imul((uni[p - 1] as number) & 0xff, C1) ^ ((uni[p + 1] as number) & 0xff) ^ (20 << 24),
        C2,
      ) ^ 20;
    out[o + 21] = Math.imul(Math.imul(u0, C1) ^ s0 ^ (21 << 24), C2) ^ 21;
    out[o + 22] = Math.imul(Math.imul(wm1, C1) ^ s0 ^ (22 << 24), C2) ^ 22;
    out[o + 23] = Math.imul(Math.imul(w0, C1) ^ wp1 ^ (23 << 24), C2) ^ 23;
    out[o + 24] = Math.imul(Math.imul(wm1, C1) ^ w0 ^ (24 << 24), C2) ^ 24;
    out[o + 25] = Math.imul(Math.imul(start, C1) ^ s0 ^ (25 << 24), C2) ^ 25;
    out[o + 26] = Math.imul(Math.imul(start, C1) ^ w0 ^ (26 << 24), C2) ^ 26;
    out[o + 27] = Math.imul(Math.imul(s0, C1) ^ wp1 ^ (27 << 24), C2) ^ 27;
    out[o + 28] = Math.imul(Math.imul(glue, C1) ^ s0 ^ (28 << 24), C2) ^ 28;
    out[o + 29] = Math.imul(Math.imul(glue, C1) ^ w0 ^ (29 << 24), C2) ^ 29;
    out[o + 30] = Math.imul(ch ^ (30 << 24), C2) ^ 30;
    out[o + 31] =
      Math.imul(
        Math.imul(((upper[p - 1] as number) & 1) | (((upper[p + 1] as number) & 1) << 1), C1) ^
          c0 ^
          (31 << 24),
        C2,
      ) ^ 31;
    if (shift > 0) {
      for (let f = o, last = o + FEATURES_PER_TOKEN; f < last; f++)
        out[f] = (Math.imul(out[f] as number, GOLDEN) >>> shift) << stride;
    }
  }

  return {
    featurize(text: string, tokens: Tokens, bits?: number): Int32Array {
      const n = tokens.count;
      prepare(text, tokens);
      const out = new Int32Array(n * FEATURES_PER_TOKEN);
      const shift = bits === undefined ? 0 : 32 - bits;
      for (let k = 0; k < n; k++) tokenFeatures(k, out, k * FEATURES_PER_TOKEN, shift, STRIDE_SHIFT);
      return out;
    },
    score(text: string, tokens: Tokens, table: PackedWeights): Float32Array {
      const n = tokens.count;
      prepare(text, tokens);
      const words = table.words;
      const scale = table.scale;
      const shift = 32 - table.bits;
      const offsets = scratch.offsets;
      const out = new Float32Array(n * TAG_COUNT);
      // Feature 0 is the constant bias: its bucket is the same for every token.
      const bias = (Math.imul(1, GOLDEN) >>> shift) << 1;
      const a0 = (words[bias] as number) & 0x00ff00ff;
      const b0 = ((words[bias] as number) >>> 8) & 0x00ff00ff;
      const c0 = (words[bias + 1] as number) & 0x00ff00ff;
      const d0 = ((words[bias + 1] as number) >>> 8) & 0x00ff00ff;
      // Each bucket is two words of four biased bytes; masking out every other byte adds two tags per 16-bit
      // lane at once.
      for (let k = 0; k < n; k++) {
        tokenFeatures(k, offsets, 0, 0, 0);
        let a = a0;
        let b = b0;
        let c = c0;
        let d = d0;
        for (let f = 1; f < FEATURES_PER_TOKEN; f++) {
          const i = (Math.imul(offsets[f] as number, GOLDEN) >>> shift) << 1;
          const x = words[i] as number;
          const y = words[i + 1] as number;
          a += x & 0x00ff00ff;
          b += (x >>> 8) & 0x00ff00ff;
          c += y & 0x00ff00ff;
          d += (y >>> 8) & 0x00ff00ff;
        }
        const o = k * TAG_COUNT;
        out[o] = ((a & 0xffff) - PACK_BIAS) * scale;
        out[o + 1] = ((b & 0xffff) - PACK_BIAS) * scale;
        out[o + 2] = ((a >>> 16) - PACK_BIAS) * scale;
        out[o + 3] = ((b >>> 16) - PACK_BIAS) * scale;
        out[o + 4] = ((c & 0xffff) - PACK_BIAS) * scale;
        out[o + 5] = ((d & 0xffff) - PACK_BIAS) * scale;
        out[o + 6] = ((c >>> 16) - PACK_BIAS) * scale;
      }
      return out;
    },
  };
}
