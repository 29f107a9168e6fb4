import { GAZ, GAZ_MAX_WORDS, type Gazetteer } from './gazetteer.js';
import { foldWords, hashLower, lowerCode, HASH_SEED as SHARED_SEED } from './hash.js';
import { WORD_CLASS, wordClasses } from './lexicon.js';
import { TAG_COUNT as SHARED_TAG_COUNT } from './tags.js';
import type { Tokens } from './tokenize.js';
import {
  type PackedWeights,
  GOLDEN as SHARED_GOLDEN,
  PACK_BIAS as SHARED_PACK_BIAS,
  TAG_STRIDE,
} from './weights.js';

// The shared constants again as this module's own: the optimiser folds a module's own constants into the code,
// while an imported binding is loaded (and checked) at each use.
const HASH_SEED = 0x811c9dc5 | 0;
const GOLDEN = 0x9e3779b1 | 0;
const TAG_COUNT = 7;
const PACK_BIAS = 32 * 128;
if (HASH_SEED !== SHARED_SEED || GOLDEN !== SHARED_GOLDEN || TAG_COUNT !== SHARED_TAG_COUNT)
  throw new Error('ner: features constants differ from the shared ones');
if (PACK_BIAS !== SHARED_PACK_BIAS) throw new Error('ner: PACK_BIAS differs');

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
  /**
   * The same scores for the scored tokens `[a, b)` of each island only (`findIslands`: four numbers each), into
   * `out` (`tokens.count * TAG_COUNT`); the other tokens' entries are left as they are.
   */
  scoreIslands(
    text: string,
    tokens: Tokens,
    table: PackedWeights,
    islands: ArrayLike<number>,
    out: Float32Array,
  ): void;
}

const MULTI_WORD = GAZ.person | GAZ.place | GAZ.organization | GAZ.region | GAZ.locality;
const GAZ_PREFIX = GAZ.prefix;
const MAX_NAME_WORDS = GAZ_MAX_WORDS;
const BOUNDARY = 0x5bd1e995;
const END_MARKS = ['.', '!', '?', '"', '“', '”', ':', ';'];
const C1 = 0x9e3779b1;
/** FNV-1a prime (`hashStep`). */
const FNV = 0x01000193;
const NO_CLASS = WORD_CLASS.none;
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

/**
 * Eleven templates read one token's own values: the word, its raw form, shape, prefix, suffix and gazetteer
 * word mask (templates 1, 2, 7, 11, 12, 19, 21: `SELF`), and a neighbour's word (3, 4, 5, 6: the word as the
 * token before, after, two before, two after another). Their packed weight sums are a function of the word
 * alone, so the featurizer keeps them per word in a direct-mapped cache (`2 ** WORD_CACHE_BITS` words, keyed
 * by two independent 32-bit hashes and the length) together with the word's per-token values: a frequent word
 * costs one cache row instead of its table buckets and its character classes. Two more templates read the
 * word and one small value: 26 whether it opens a sentence, 29 how it is glued to its neighbours; four read
 * the word's shape and one small value (25 sentence start, 28 glue, 18 name mask, 15 class before). The own
 * sums also hold their buckets at the usual context: inside a sentence, with the glue the word had when its
 * row was made, in no name, after no class word; a token that differs swaps those buckets (adds its own,
 * takes the cached one off: `swapsOf`). Integer sums are exact in any order.
 */
const LANES = 12;
/** Most buckets a token swaps (see `swapsOf`). */
const SWAPS = 8;
/** Word classes are 0..7 (`WORD_CLASS`), so the class templates 13 and 14 have 64 values each. */
const CLASSES = 8;
/** Where `contextSums` keeps template 13 by (class before, class two before) and 14 + 31 by (class, next, capitals). */
const SUMS_13 = 4;
const SUMS_14 = SUMS_13 + CLASSES * CLASSES * 4;
const CONTEXT_SUMS = SUMS_14 + CLASSES * CLASSES * 4 * 4;
/** Every other byte of a word of packed weights: two tags, one per 16-bit lane. */
const M = 0x00ff00ff;
const LANE_SELF = 0;
const LANE_BEFORE = 4;
const LANE_AFTER = 6;
const LANE_BEFORE2 = 8;
const LANE_AFTER2 = 10;
const WORD_CACHE_BITS = 16;
/** Both words of a bucket without weights: every byte at the bias. */
const EMPTY = 0x80808080 | 0;
const NAME_MEMO_BITS = 12;
/** Tokens per window a featurizer is made for by default (the tagger's windows have at most 2,000). */
const WINDOW_TOKENS = 2048;
const NAME_MEMO_SHIFT = 32 - NAME_MEMO_BITS;
/**
 * A cache row, 16 words (64 bytes, one CPU cache line when aligned): hash, second hash (seeded with the
 * length), low, shape, then the `LANES` words: the own features' packed sums (4 words: tags 0+2, 1+3, 4+6, 5+7;
 * with templates 26 and 29, see above) and the bucket (2 words of biased bytes) of each neighbour template.
 * Tag 7 is padding: its lane of the fourth own word (`ROW_VALUES`) holds instead the word's other values,
 * class | word mask << 3 | upper << 12 | glue << 14 (a word whose values do not fit is not cached).
 */
const ROW = 16;
const META = ROW - LANES;
const ROW_VALUES = META + 3;
/**
 * Where row 0 begins in the cache array. A large typed array's memory comes from the C allocator, which puts a
 * 16-byte header before it (glibc), so 12 words more make the rows start on 64-byte lines there (random reads
 * of whole rows about 12% faster in a micro-benchmark than at the other offsets); elsewhere this is merely a
 * little slower, never different.
 */
const CACHE_BASE = 12;
const ROWS = 1 << WORD_CACHE_BITS;
/**
 * After the cache rows, in the same array: the rows of the four boundary slots, then one row per slot of the
 * window for words summed anew (not yet in the cache, or not cacheable). The scores read each slot's word
 * features from its row (`rowAt`), in the cache or here.
 */
const EDGE_ROWS = CACHE_BASE + ROWS * ROW;
const SLOT_ROWS = EDGE_ROWS + 4 * ROW;

/** The offset of a bucket in the packed table, or `empty` (an empty bucket's) when the bitmap says it is empty. */
function bucketAt(bucket: number, bitmap: Int32Array, empty: number): number {
  const full = -(((bitmap[bucket >>> 5] as number) >>> (bucket & 31)) & 1);
  return ((bucket << 1) & full) | (empty & ~full);
}

/** 1 for the single marks that end a sentence (END_MARKS), by code unit. */
function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 58 || c === 59;
}

/** Makes a featurizer over a gazetteer of names and the hand-kept word classes. */
export function makeFeaturizer(gazetteer: Gazetteer, capacity = WINDOW_TOKENS): Featurizer {
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
      if (value === 0) return NO_CLASS;
      if (classKeys[slot] === key) return value;
      slot = (slot + 1) & classMask;
    }
  };
  for (const mark of END_MARKS) if (!isEndMark(mark.charCodeAt(0))) throw new Error(`end mark ${mark}`);
  for (const id of classes.values()) if (id >= CLASSES) throw new Error(`ner: word class ${id} out of range`);

  // Per-token values of a window of up to `capacity` tokens, reused from call to call (index k + 2 holds token
  // k; two boundary slots each side). Constants of this closure, so the optimiser knows each array: no checks of
  // its kind and no loads of its length and data at each access. A longer window goes to a wider featurizer.
  const size = capacity + 4;
  const low = new Int32Array(size);
  const raw = new Int32Array(size);
  const shape = new Int32Array(size);
  const prefix = new Int32Array(size);
  const suffix = new Int32Array(size);
  const cls = new Uint8Array(size);
  const uni = new Uint16Array(size);
  const upper = new Uint8Array(size);
  /** The glue (see `chunk`) whose template-29 bucket the word's cached own sums hold. */
  const glued = new Uint8Array(size);
  /** The word's second cache key, and the row (in `cache`) its word features are read from (see `prepareRange`). */
  const second = new Int32Array(size);
  const rowAt = new Int32Array(size);
  const gaz = new Int32Array(size);
  const chunk = new Int32Array(size);
  /** Per token, the packed sums of its four word-pair features (see `sumPairs`). */
  const pairs = new Int32Array(size * 4);
  /** Words whose rows were made in the range being scored: their cache row, then their slot's row (`flushRows`). */
  const pending = new Int32Array(2 * size);
  /** A token's swapped buckets (see `swapsOf`): hashes to add, then from `SWAPS` on hashes to take off. */
  const swaps = new Int32Array(2 * SWAPS);
  // The same featurizer for windows longer than `capacity` (made when one comes).
  let wider: Featurizer | null = null;
  let widerCapacity = 0;
  const widerFor = (n: number): Featurizer => {
    if (!wider || n > widerCapacity) {
      widerCapacity = Math.max(n, 2 * capacity);
      wider = makeFeaturizer(gazetteer, widerCapacity);
    }
    return wider;
  };

  // The word cache (see LANES), valid for one packed table at a time.
  const cache = new Int32Array(SLOT_ROWS + size * ROW);
  let pendingCount = 0;
  let cacheTable: PackedWeights | null = null;
  let tableSums: Int32Array = new Int32Array(CONTEXT_SUMS);
  // Bit b of the table's bitmap: bucket b holds a weight; emptyAt: the offset of a bucket that holds none.
  let present: Int32Array = new Int32Array(0);
  let emptyAt = 0;
  // Gazetteer masks (plus one; 0 is empty) of the multi-word keys looked up lately, direct-mapped by key.
  const nameKeys = new Int32Array(1 << NAME_MEMO_BITS);
  const nameMasks = new Int32Array(1 << NAME_MEMO_BITS);

  /**
   * Writes the word-feature words (`LANES` words at `o`) of the word whose values sit at scratch slot `p`, its
   * own sums with templates 26 and 25 (inside a sentence), 29 and 28 (with `glue`), 18 (in no name) and 15
   * (after no class word).
   */
  function wordLanes(p: number, glue: number, table: PackedWeights, o: number): void {
    const lanes = cache;
    const words = table.words;
    const shift = 32 - table.bits;
    const w = low[p] as number;
    const s0 = shape[p] as number;
    const u0 = (uni[p] as number) & 0xff;
    // The nine buckets' offsets first, then their reads, summed in locals: the reads are all under way at once.
    const i1 = (Math.imul(Math.imul(w ^ (1 << 24), C2) ^ 1, GOLDEN) >>> shift) << 1;
    const i2 = (Math.imul(Math.imul((raw[p] as number) ^ (2 << 24), C2) ^ 2, GOLDEN) >>> shift) << 1;
    const i7 = (Math.imul(Math.imul(s0 ^ (7 << 24), C2) ^ 7, GOLDEN) >>> shift) << 1;
    const i11 = (Math.imul(Math.imul((prefix[p] as number) ^ (11 << 24), C2) ^ 11, GOLDEN) >>> shift) << 1;
    const i12 = (Math.imul(Math.imul((suffix[p] as number) ^ (12 << 24), C2) ^ 12, GOLDEN) >>> shift) << 1;
    const i19 = (Math.imul(Math.imul(u0 ^ (19 << 24), C2) ^ 19, GOLDEN) >>> shift) << 1;
    const h21 = Math.imul(Math.imul(u0, C1) ^ s0 ^ (21 << 24), C2) ^ 21;
    const i21 = (Math.imul(h21, GOLDEN) >>> shift) << 1;
    const i26 = (Math.imul(Math.imul(w ^ (26 << 24), C2) ^ 26, GOLDEN) >>> shift) << 1;
    const h29 = Math.imul(Math.imul(glue, C1) ^ w ^ (29 << 24), C2) ^ 29;
    const i29 = (Math.imul(h29, GOLDEN) >>> shift) << 1;
    // The shape's templates at their usual context: no class before (15), no name (18), inside a sentence (25),
    // and the glue of 29 (28).
    const i15 = (Math.imul(Math.imul(s0 ^ (15 << 24), C2) ^ 15, GOLDEN) >>> shift) << 1;
    const i18 = (Math.imul(Math.imul(s0 ^ (18 << 24), C2) ^ 18, GOLDEN) >>> shift) << 1;
    const i25 = (Math.imul(Math.imul(s0 ^ (25 << 24), C2) ^ 25, GOLDEN) >>> shift) << 1;
    const h28 = Math.imul(Math.imul(glue, C1) ^ s0 ^ (28 << 24), C2) ^ 28;
    const i28 = (Math.imul(h28, GOLDEN) >>> shift) << 1;
    const x1 = words[i1] as number;
    const x2 = words[i2] as number;
    const x7 = words[i7] as number;
    const x11 = words[i11] as number;
    const x12 = words[i12] as number;
    const x19 = words[i19] as number;
    const x21 = words[i21] as number;
    const x26 = words[i26] as number;
    const x29 = words[i29] as number;
    const x15 = words[i15] as number;
    const x18 = words[i18] as number;
    const x25 = words[i25] as number;
    const x28 = words[i28] as number;
    const y1 = words[i1 + 1] as number;
    const y2 = words[i2 + 1] as number;
    const y7 = words[i7 + 1] as number;
    const y11 = words[i11 + 1] as number;
    const y12 = words[i12 + 1] as number;
    const y19 = words[i19 + 1] as number;
    const y21 = words[i21 + 1] as number;
    const y26 = words[i26 + 1] as number;
    const y29 = words[i29 + 1] as number;
    const y15 = words[i15 + 1] as number;
    const y18 = words[i18 + 1] as number;
    const y25 = words[i25 + 1] as number;
    const y28 = words[i28 + 1] as number;
    const a =
      (x1 & M) +
      (x2 & M) +
      (x7 & M) +
      (x11 & M) +
      (x12 & M) +
      (x19 & M) +
      (x21 & M) +
      (x26 & M) +
      (x29 & M) +
      (x15 & M) +
      (x18 & M) +
      (x25 & M) +
      (x28 & M);
    const b =
      ((x1 >>> 8) & M) +
      ((x2 >>> 8) & M) +
      ((x7 >>> 8) & M) +
      ((x11 >>> 8) & M) +
      ((x12 >>> 8) & M) +
      ((x19 >>> 8) & M) +
      ((x21 >>> 8) & M) +
      ((x26 >>> 8) & M) +
      ((x29 >>> 8) & M) +
      ((x15 >>> 8) & M) +
      ((x18 >>> 8) & M) +
      ((x25 >>> 8) & M) +
      ((x28 >>> 8) & M);
    const c =
      (y1 & M) +
      (y2 & M) +
      (y7 & M) +
      (y11 & M) +
      (y12 & M) +
      (y19 & M) +
      (y21 & M) +
      (y26 & M) +
      (y29 & M) +
      (y15 & M) +
      (y18 & M) +
      (y25 & M) +
      (y28 & M);
    const d =
      ((y1 >>> 8) & M) +
      ((y2 >>> 8) & M) +
      ((y7 >>> 8) & M) +
      ((y11 >>> 8) & M) +
      ((y12 >>> 8) & M) +
      ((y19 >>> 8) & M) +
      ((y21 >>> 8) & M) +
      ((y26 >>> 8) & M) +
      ((y29 >>> 8) & M) +
      ((y15 >>> 8) & M) +
      ((y18 >>> 8) & M) +
      ((y25 >>> 8) & M) +
      ((y28 >>> 8) & M);
    lanes[o + LANE_SELF] = a;
    lanes[o + LANE_SELF + 1] = b;
    lanes[o + LANE_SELF + 2] = c;
    lanes[o + LANE_SELF + 3] = d;
    for (let t = 3, at = o + LANE_BEFORE; t <= 6; t++, at += 2) {
      const i = (Math.imul(Math.imul(w ^ (t << 24), C2) ^ t, GOLDEN) >>> shift) << 1;
      lanes[at] = words[i] as number;
      lanes[at + 1] = words[i + 1] as number;
    }
  }

  /** Fills the boundary slots on both sides of a window of `n` tokens (at most `capacity`). */
  function beginWindow(n: number, table: PackedWeights | null): void {
    for (let k = 0; k < 2; k++) {
      low[k] = raw[k] = shape[k] = BOUNDARY + k;
      low[n + 2 + k] = raw[n + 2 + k] = shape[n + 2 + k] = BOUNDARY + 7 + k;
      cls[k] = cls[n + 2 + k] = 0;
      uni[k] = uni[n + 2 + k] = 0;
      upper[k] = upper[n + 2 + k] = 0;
    }
    if (!table) return;
    if (table !== cacheTable) {
      // A new table: forget the cached sums (length 0 never matches) and sum the boundary slots once.
      cache.fill(0);
      cacheTable = table;
      tableSums = contextSums(table);
      ({ present, emptyAt } = bucketBitmap(table));
      for (const [slot, at] of [
        [0, 0],
        [1, 1],
        [n + 2, 2],
        [n + 3, 3],
      ] as const) {
        prefix[slot] = suffix[slot] = 0;
        wordLanes(slot, 0, table, EDGE_ROWS + at * ROW + META);
      }
    }
    rowAt[0] = EDGE_ROWS;
    rowAt[1] = EDGE_ROWS + ROW;
    rowAt[n + 2] = EDGE_ROWS + 2 * ROW;
    rowAt[n + 3] = EDGE_ROWS + 3 * ROW;
  }

  /**
   * Keeps the rows of the words summed anew for the range just scored in the cache. Not earlier: a word's row
   * may be the cache row another word of the same range reads.
   */
  function flushRows(): void {
    const rows = cache;
    for (let i = 0; i < 2 * pendingCount; i += 2) {
      const m = pending[i] as number;
      const from = pending[i + 1] as number;
      for (let j = 0; j < ROW; j++) rows[m + j] = rows[from + j] as number;
    }
    pendingCount = 0;
  }

  /**
   * Fills the scratch with the per-token values of tokens `[lo, hi)` of the window (hashes, shapes, classes,
   * gazetteer masks, chunks); gazetteer names are looked up from the capitalised tokens of `[lo, gazTo)`.
   * `[lo, hi)` must begin and end at chunk boundaries, and hold every token a looked-up name may cover.
   */
  function prepareRange(
    text: string,
    tokens: Tokens,
    lo: number,
    hi: number,
    gazTo: number,
    table: PackedWeights | null,
  ): void {
    const n = tokens.count;
    const { starts, ends, keys, keys2 } = tokens;
    if (table) {
      // The words' keys (made by the tokenizer) and cache rows first; then the rows are checked in a loop of
      // their own, short enough for the CPU to have many rows' loads under way at once (most rows are not in
      // its caches).
      const cacheShift = 32 - WORD_CACHE_BITS;
      // (Index arithmetic `(…) | 0`: int32 without overflow checks, as in `scoreRange`.)
      for (let k = lo; k < hi; k++) {
        const key = keys[k] as number;
        const key2 = keys2[k] as number;
        const m = (CACHE_BASE + (Math.imul(key ^ Math.imul(key2, C1), GOLDEN) >>> cacheShift) * ROW) | 0;
        const p = (k + 2) | 0;
        raw[p] = key;
        second[p] = key2;
        rowAt[p] = m;
      }
      // The row, or -1 - the row for a word not in it.
      const rows = cache;
      for (let p = (lo + 2) | 0, last = (hi + 2) | 0; p < last; p++) {
        const m = rowAt[p] as number;
        const differs =
          ((rows[m] as number) ^ (raw[p] as number)) |
          ((rows[(m + 1) | 0] as number) ^ (second[p] as number));
        rowAt[p] = differs === 0 ? m : (-1 - m) | 0;
      }
    }
    for (let k = lo; k < hi; k++) {
      const s = starts[k] as number;
      const e = ends[k] as number;
      gaz[k] = 0;
      if (table) {
        const m = rowAt[k + 2] as number;
        // (No row changes before the range is scored: see `flushRows`.)
        if (m >= 0) {
          const p = (k + 2) | 0;
          low[p] = cache[(m + 2) | 0] as number;
          shape[p] = cache[(m + 3) | 0] as number;
          const packed = (cache[(m + ROW_VALUES) | 0] as number) >>> 16;
          cls[p] = packed & 7;
          uni[p] = (packed >>> 3) & 0x1ff;
          upper[p] = (packed >>> 12) & 3;
          glued[p] = packed >>> 14;
          continue;
        }
      }
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
      if (table) {
        // A word not in the cache: sum its word features into its slot's row, with its values, for the cache
        // once the range is scored. Its glue here, as the chunks below will find it ([lo, hi) begins and ends
        // at chunk boundaries).
        const glue =
          (k > lo && ends[k - 1] === s ? 1 : 0) | (k + 1 < hi && e === (starts[k + 1] as number) ? 2 : 0);
        glued[p] = glue;
        const u = uni[p] as number;
        const c = cls[p] as number;
        const row = SLOT_ROWS + p * ROW;
        const m = -1 - (rowAt[p] as number);
        rowAt[p] = row;
        wordLanes(p, glue, table, row + META);
        if (u > 0x1ff || c > 7) continue;
        cache[row] = hr;
        cache[row + 1] = second[p] as number;
        cache[row + 2] = hl;
        cache[row + 3] = hs;
        cache[row + ROW_VALUES] =
          ((cache[row + ROW_VALUES] as number) & 0xffff) |
          ((c | (u << 3) | ((upper[p] as number) << 12) | (glue << 14)) << 16);
        pending[2 * pendingCount] = m;
        pending[2 * pendingCount + 1] = row;
        pendingCount++;
      }
    }
    // Gazetteer names: for each token, which lists have a name beginning (bits 0-7), continuing (8-15)
    // or ending (16-23) there; the longest name per list from each capitalised token.
    for (let k = lo; k < gazTo; k++) {
      if (upper[k + 2] !== 1) continue;
      let found = uni[k + 2] as number;
      // Most words start no longer name and are on no multi-word list: nothing to mark.
      if (!(found & (MULTI_WORD | GAZ_PREFIX))) continue;
      let h = foldWords(HASH_SEED, low[k + 2] as number);
      // longest[bit] for the 5 multi-word lists, as 3-bit fields of one integer.
      let longest = 0;
      for (let len = 1; ; ) {
        const mask = found & MULTI_WORD;
        for (let bit = 0; mask >> bit; bit++)
          if ((mask >> bit) & 1) longest = (longest & ~(7 << (bit * 3))) | (len << (bit * 3));
        if (!(found & GAZ_PREFIX) || ++len > MAX_NAME_WORDS || k + len > n) break;
        h = foldWords(h, low[k + len + 1] as number);
        // Longer names through a small memo: the same names come back paragraph after paragraph.
        const slot = Math.imul(h, GOLDEN) >>> NAME_MEMO_SHIFT;
        if (nameKeys[slot] === h && (nameMasks[slot] as number) !== 0) {
          found = (nameMasks[slot] as number) - 1;
        } else {
          found = gazetteer.get(h);
          nameKeys[slot] = h;
          nameMasks[slot] = found + 1;
        }
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
    for (let k = lo; k < hi; ) {
      let last = k;
      while (last + 1 < hi && ends[last] === starts[(last + 1) | 0]) last++;
      let h = HASH_SEED;
      for (let j = k; j <= last; j++) h = Math.imul(h ^ (shape[(j + 2) | 0] as number), FNV);
      for (let j = k; j <= last; j++) chunk[j] = (h << 2) | (j > k ? 1 : 0) | (j < last ? 2 : 0);
      k = (last + 1) | 0;
    }
  }

  /** Fills the scratch for every token of the window. */
  function prepare(text: string, tokens: Tokens, table: PackedWeights | null): void {
    beginWindow(tokens.count, table);
    prepareRange(text, tokens, 0, tokens.count, tokens.count, table);
  }

  /**
   * Writes the 32 feature hashes of token `k` (of the prepared window) to `out` from `o`; with `shift` > 0 each
   * becomes its bucket's offset in a table of `2 ** (32 - shift)` buckets (shifts, not a multiplication, keep
   * it an int32), with `shift` 0 the raw hash is kept.
   */
  function tokenFeatures(k: number, out: Int32Array, o: number, shift: number, stride: number): void {
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
      if (n > capacity) return widerFor(n).featurize(text, tokens, bits);
      prepare(text, tokens, null);
      const out = new Int32Array(n * FEATURES_PER_TOKEN);
      const shift = bits === undefined ? 0 : 32 - bits;
      for (let k = 0; k < n; k++) tokenFeatures(k, out, k * FEATURES_PER_TOKEN, shift, STRIDE_SHIFT);
      return out;
    },
    score(text: string, tokens: Tokens, table: PackedWeights): Float32Array {
      const n = tokens.count;
      if (n > capacity) return widerFor(n).score(text, tokens, table);
      prepare(text, tokens, table);
      const out = new Float32Array(n * TAG_COUNT);
      scoreRange(0, n, table, out);
      flushRows();
      return out;
    },
    scoreIslands(text, tokens, table, islands, out): void {
      if (tokens.count > capacity) {
        widerFor(tokens.count).scoreIslands(text, tokens, table, islands, out);
        return;
      }
      beginWindow(tokens.count, table);
      for (let i = 0; i + 3 < islands.length; i += 4) {
        const a = islands[i] as number;
        const b = islands[i + 1] as number;
        prepareRange(text, tokens, islands[i + 2] as number, islands[i + 3] as number, b, table);
        scoreRange(a, b, table, out);
        flushRows();
      }
    },
  };

  /** The bitmap of a table's non-empty buckets and the offset of an empty one (every bit set if none is). */
  function bucketBitmap(table: PackedWeights): { present: Int32Array; emptyAt: number } {
    const words = table.words;
    const buckets = words.length >> 1;
    const bits = new Int32Array((buckets + 31) >>> 5);
    let empty = -1;
    for (let bucket = 0; bucket < buckets; bucket++) {
      if (words[2 * bucket] !== EMPTY || words[2 * bucket + 1] !== EMPTY)
        bits[bucket >>> 5] = (bits[bucket >>> 5] as number) | (1 << (bucket & 31));
      else if (empty < 0) empty = bucket;
    }
    if (empty < 0) bits.fill(-1);
    return { present: bits, emptyAt: Math.max(0, empty) << 1 };
  }

  /**
   * Sums the four word-pair templates (22, 23, 24, 27: a word with its neighbour's word or shape) of prepared
   * tokens `[from, to)` into `pairs` (four lanes per token). Their buckets are scattered over the table and
   * mostly miss the CPU caches, so they are read in a loop of their own, short enough for the CPU to have
   * many tokens' reads under way at once. Most of them are buckets no feature of training reached (empty):
   * the table's bitmap, small enough to stay cached, sends those to one empty bucket instead.
   */
  function sumPairs(from: number, to: number, words: Int32Array, shift: number): void {
    const bitmap = present;
    const empty = emptyAt;
    // Index and sum arithmetic is written `(…) | 0` (as in `scoreRange`): int32 without overflow checks.
    for (let k = from; k < to; k++) {
      const p = (k + 2) | 0;
      const w0 = low[p] as number;
      const wm1 = low[(p - 1) | 0] as number;
      const wp1 = low[(p + 1) | 0] as number;
      const s0 = shape[p] as number;
      const b22 = Math.imul(Math.imul(Math.imul(wm1, C1) ^ s0 ^ (22 << 24), C2) ^ 22, GOLDEN) >>> shift;
      const b23 = Math.imul(Math.imul(Math.imul(w0, C1) ^ wp1 ^ (23 << 24), C2) ^ 23, GOLDEN) >>> shift;
      const b24 = Math.imul(Math.imul(Math.imul(wm1, C1) ^ w0 ^ (24 << 24), C2) ^ 24, GOLDEN) >>> shift;
      const b27 = Math.imul(Math.imul(Math.imul(s0, C1) ^ wp1 ^ (27 << 24), C2) ^ 27, GOLDEN) >>> shift;
      const i22 = bucketAt(b22, bitmap, empty);
      const i23 = bucketAt(b23, bitmap, empty);
      const i24 = bucketAt(b24, bitmap, empty);
      const i27 = bucketAt(b27, bitmap, empty);
      const x22 = words[i22] as number;
      const x23 = words[i23] as number;
      const x24 = words[i24] as number;
      const x27 = words[i27] as number;
      const y22 = words[i22 | 1] as number;
      const y23 = words[i23 | 1] as number;
      const y24 = words[i24 | 1] as number;
      const y27 = words[i27 | 1] as number;
      const q = k << 2;
      pairs[q] = ((x22 & M) + (x23 & M) + (x24 & M) + (x27 & M)) | 0;
      pairs[q | 1] = (((x22 >>> 8) & M) + ((x23 >>> 8) & M) + ((x24 >>> 8) & M) + ((x27 >>> 8) & M)) | 0;
      pairs[q | 2] = ((y22 & M) + (y23 & M) + (y24 & M) + (y27 & M)) | 0;
      pairs[q | 3] = (((y22 >>> 8) & M) + ((y23 >>> 8) & M) + ((y24 >>> 8) & M) + ((y27 >>> 8) & M)) | 0;
    }
  }

  /**
   * The per-table sums that need no hashing per token (`CONTEXT_SUMS`): the bias with templates 16 and 17 of a
   * token in no name; template 13 by the two previous classes; templates 14 and 31 by the class, the next
   * class and the neighbours' capitals.
   */
  function contextSums(table: PackedWeights): Int32Array {
    const words = table.words;
    const shift = 32 - table.bits;
    const sums = new Int32Array(CONTEXT_SUMS);
    const add = (hash: number, at: number): void => {
      const i = (Math.imul(hash, GOLDEN) >>> shift) << 1;
      const x = words[i] as number;
      const y = words[i + 1] as number;
      sums[at] = (sums[at] as number) + (x & M);
      sums[at + 1] = (sums[at + 1] as number) + ((x >>> 8) & M);
      sums[at + 2] = (sums[at + 2] as number) + (y & M);
      sums[at + 3] = (sums[at + 3] as number) + ((y >>> 8) & M);
    };
    add(1, 0);
    add(Math.imul(16 << 24, C2) ^ 16, 0);
    add(Math.imul(17 << 24, C2) ^ 17, 0);
    for (let cm1 = 0; cm1 < CLASSES; cm1++)
      for (let cm2 = 0; cm2 < CLASSES; cm2++)
        add(Math.imul(Math.imul(cm1, C1) ^ cm2 ^ (13 << 24), C2) ^ 13, SUMS_13 + (((cm1 << 3) | cm2) << 2));
    for (let c0 = 0; c0 < CLASSES; c0++)
      for (let cp1 = 0; cp1 < CLASSES; cp1++)
        for (let capitals = 0; capitals < 4; capitals++) {
          const at = SUMS_14 + (((((c0 << 3) | cp1) << 2) | capitals) << 2);
          add(Math.imul(Math.imul(c0, C1) ^ cp1 ^ (14 << 24), C2) ^ 14, at);
          add(Math.imul(Math.imul(capitals, C1) ^ c0 ^ (31 << 24), C2) ^ 31, at);
        }
    return sums;
  }

  /**
   * For a token whose context differs from the one its word's cached sums assume (see LANES): the buckets to
   * add (`swaps`, from 0) and to take off (from `SWAPS`), as raw hashes; returns how many of each.
   */
  function swapsOf(k: number, swaps: Int32Array): number {
    const p = k + 2;
    const w0 = low[p] as number;
    const s0 = shape[p] as number;
    let n = 0;
    if (k === 0 || upper[p - 1] === 2) {
      swaps[n] = Math.imul(C1 ^ w0 ^ (26 << 24), C2) ^ 26;
      swaps[SWAPS + n++] = Math.imul(w0 ^ (26 << 24), C2) ^ 26;
      swaps[n] = Math.imul(C1 ^ s0 ^ (25 << 24), C2) ^ 25;
      swaps[SWAPS + n++] = Math.imul(s0 ^ (25 << 24), C2) ^ 25;
    }
    const glue = (chunk[k] as number) & 3;
    const cachedGlue = glued[p] as number;
    if (glue !== cachedGlue) {
      swaps[n] = Math.imul(Math.imul(glue, C1) ^ w0 ^ (29 << 24), C2) ^ 29;
      swaps[SWAPS + n++] = Math.imul(Math.imul(cachedGlue, C1) ^ w0 ^ (29 << 24), C2) ^ 29;
      swaps[n] = Math.imul(Math.imul(glue, C1) ^ s0 ^ (28 << 24), C2) ^ 28;
      swaps[SWAPS + n++] = Math.imul(Math.imul(cachedGlue, C1) ^ s0 ^ (28 << 24), C2) ^ 28;
    }
    const g = gaz[k] as number;
    if (g !== 0) {
      swaps[n] = Math.imul((g & 0xff) ^ (16 << 24), C2) ^ 16;
      swaps[SWAPS + n++] = Math.imul(16 << 24, C2) ^ 16;
      swaps[n] = Math.imul((g >>> 8) ^ (17 << 24), C2) ^ 17;
      swaps[SWAPS + n++] = Math.imul(17 << 24, C2) ^ 17;
      swaps[n] = Math.imul(Math.imul(g, C1) ^ s0 ^ (18 << 24), C2) ^ 18;
      swaps[SWAPS + n++] = Math.imul(s0 ^ (18 << 24), C2) ^ 18;
    }
    const cm1 = cls[p - 1] as number;
    if (cm1 !== 0) {
      swaps[n] = Math.imul(Math.imul(cm1, C1) ^ s0 ^ (15 << 24), C2) ^ 15;
      swaps[SWAPS + n++] = Math.imul(s0 ^ (15 << 24), C2) ^ 15;
    }
    return n;
  }

  /** Writes the tag scores of prepared tokens `[from, to)` to `out` (`token * TAG_COUNT + tag`). */
  function scoreRange(from: number, to: number, table: PackedWeights, out: Float32Array): void {
    const words = table.words;
    const scale = table.scale;
    const shift = 32 - table.bits;
    const sums = tableSums;
    // Each bucket is two words of four biased bytes; masking out every other byte adds two tags per 16-bit
    // lane at once. The bias (feature 0) and templates 16 and 17 of a token in no name are the same for all.
    const a0 = sums[0] as number;
    const b0 = sums[1] as number;
    const c0 = sums[2] as number;
    const d0 = sums[3] as number;
    const rows = cache;
    sumPairs(from, to, words, shift);
    // Index and sum arithmetic is written `(…) | 0`: int32 without the optimiser's overflow checks (offsets and
    // packed sums stay far below 2^31; a lane never carries into the next, see `PackedWeights`).
    for (let k = from; k < to; k++) {
      const p = (k + 2) | 0;
      // The word features come summed from the word cache: the token's own, then its neighbours'.
      const self = ((rowAt[p] as number) + (META + LANE_SELF)) | 0;
      const before = ((rowAt[(p - 1) | 0] as number) + (META + LANE_BEFORE)) | 0;
      const after = ((rowAt[(p + 1) | 0] as number) + (META + LANE_AFTER)) | 0;
      const before2 = ((rowAt[(p - 2) | 0] as number) + (META + LANE_BEFORE2)) | 0;
      const after2 = ((rowAt[(p + 2) | 0] as number) + (META + LANE_AFTER2)) | 0;
      const xb = rows[before] as number;
      const yb = rows[(before + 1) | 0] as number;
      const xa = rows[after] as number;
      const ya = rows[(after + 1) | 0] as number;
      const xb2 = rows[before2] as number;
      const yb2 = rows[(before2 + 1) | 0] as number;
      const xa2 = rows[after2] as number;
      const ya2 = rows[(after2 + 1) | 0] as number;
      // Templates 13, 14 and 31 from the per-table sums, by classes and capitals.
      const cm1 = cls[(p - 1) | 0] as number;
      const c = cls[p] as number;
      const um1 = upper[(p - 1) | 0] as number;
      const t13 = (SUMS_13 + (((cm1 << 3) | (cls[(p - 2) | 0] as number)) << 2)) | 0;
      const t14 =
        (SUMS_14 +
          (((((c << 3) | (cls[(p + 1) | 0] as number)) << 2) |
            (um1 & 1) |
            (((upper[(p + 1) | 0] as number) & 1) << 1)) <<
            2)) |
        0;
      const q = k << 2;
      let a =
        (a0 +
          (rows[self] as number) +
          (xb & M) +
          (xa & M) +
          (xb2 & M) +
          (xa2 & M) +
          (pairs[q] as number) +
          (sums[t13] as number) +
          (sums[t14] as number)) |
        0;
      let b =
        (b0 +
          (rows[(self + 1) | 0] as number) +
          ((xb >>> 8) & M) +
          ((xa >>> 8) & M) +
          ((xb2 >>> 8) & M) +
          ((xa2 >>> 8) & M) +
          (pairs[q | 1] as number) +
          (sums[(t13 + 1) | 0] as number) +
          (sums[(t14 + 1) | 0] as number)) |
        0;
      let cc =
        (c0 +
          (rows[(self + 2) | 0] as number) +
          (yb & M) +
          (ya & M) +
          (yb2 & M) +
          (ya2 & M) +
          (pairs[q | 2] as number) +
          (sums[(t13 + 2) | 0] as number) +
          (sums[(t14 + 2) | 0] as number)) |
        0;
      let d =
        (d0 +
          // Tag 7's lane of the fourth word holds the row's values instead.
          ((rows[(self + 3) | 0] as number) & 0xffff) +
          ((yb >>> 8) & M) +
          ((ya >>> 8) & M) +
          ((yb2 >>> 8) & M) +
          ((ya2 >>> 8) & M) +
          (pairs[q | 3] as number) +
          (sums[(t13 + 3) | 0] as number) +
          (sums[(t14 + 3) | 0] as number)) |
        0;
      // The five context templates still hashed: shapes around (8, 9, 10), the neighbours' names (20), the chunk (30).
      const s0 = shape[p] as number;
      const sm1 = shape[(p - 1) | 0] as number;
      const sp1 = shape[(p + 1) | 0] as number;
      const ch = chunk[k] as number;
      const h20 =
        Math.imul((uni[(p - 1) | 0] as number) & 0xff, C1) ^
        ((uni[(p + 1) | 0] as number) & 0xff) ^
        (20 << 24);
      const i8 = (Math.imul(Math.imul(Math.imul(sm1, C1) ^ s0 ^ (8 << 24), C2) ^ 8, GOLDEN) >>> shift) << 1;
      const i9 = (Math.imul(Math.imul(Math.imul(s0, C1) ^ sp1 ^ (9 << 24), C2) ^ 9, GOLDEN) >>> shift) << 1;
      const h10 = Math.imul(sm1 ^ Math.imul(sp1, C1), C1) ^ s0 ^ (10 << 24);
      const i10 = (Math.imul(Math.imul(h10, C2) ^ 10, GOLDEN) >>> shift) << 1;
      const i20 = (Math.imul(Math.imul(h20, C2) ^ 20, GOLDEN) >>> shift) << 1;
      const i30 = (Math.imul(Math.imul(ch ^ (30 << 24), C2) ^ 30, GOLDEN) >>> shift) << 1;
      const x8 = words[i8] as number;
      const x9 = words[i9] as number;
      const x10 = words[i10] as number;
      const x20 = words[i20] as number;
      const x30 = words[i30] as number;
      const y8 = words[i8 | 1] as number;
      const y9 = words[i9 | 1] as number;
      const y10 = words[i10 | 1] as number;
      const y20 = words[i20 | 1] as number;
      const y30 = words[i30 | 1] as number;
      a = (a + (x8 & M) + (x9 & M) + (x10 & M) + (x20 & M) + (x30 & M)) | 0;
      b =
        (b +
          ((x8 >>> 8) & M) +
          ((x9 >>> 8) & M) +
          ((x10 >>> 8) & M) +
          ((x20 >>> 8) & M) +
          ((x30 >>> 8) & M)) |
        0;
      cc = (cc + (y8 & M) + (y9 & M) + (y10 & M) + (y20 & M) + (y30 & M)) | 0;
      d =
        (d +
          ((y8 >>> 8) & M) +
          ((y9 >>> 8) & M) +
          ((y10 >>> 8) & M) +
          ((y20 >>> 8) & M) +
          ((y30 >>> 8) & M)) |
        0;
      // The cached own sums assume a word inside a sentence, glued as when its row was made, in no name and
      // after no class word: a token that differs swaps those buckets (adds its own, takes the assumed one off;
      // lanes never borrow in the end, as each taken-off bucket is part of the sum).
      if (k === 0 || um1 === 2 || (ch & 3) !== glued[p] || gaz[k] !== 0 || cm1 !== 0) {
        const n = swapsOf(k, swaps);
        for (let j = 0; j < n; j++) {
          const i = (Math.imul(swaps[j] as number, GOLDEN) >>> shift) << 1;
          const t = (Math.imul(swaps[(SWAPS + j) | 0] as number, GOLDEN) >>> shift) << 1;
          const x = words[i] as number;
          const y = words[i | 1] as number;
          const u = words[t] as number;
          const v = words[t | 1] as number;
          a = (a + (x & M) - (u & M)) | 0;
          b = (b + ((x >>> 8) & M) - ((u >>> 8) & M)) | 0;
          cc = (cc + (y & M) - (v & M)) | 0;
          d = (d + ((y >>> 8) & M) - ((v >>> 8) & M)) | 0;
        }
      }
      const o = (k * TAG_COUNT) | 0;
      out[o] = ((a & 0xffff) - PACK_BIAS) * scale;
      out[(o + 1) | 0] = ((b & 0xffff) - PACK_BIAS) * scale;
      out[(o + 2) | 0] = ((a >>> 16) - PACK_BIAS) * scale;
      out[(o + 3) | 0] = ((b >>> 16) - PACK_BIAS) * scale;
      out[(o + 4) | 0] = ((cc & 0xffff) - PACK_BIAS) * scale;
      out[(o + 5) | 0] = ((d & 0xffff) - PACK_BIAS) * scale;
      out[(o + 6) | 0] = ((cc >>> 16) - PACK_BIAS) * scale;
    }
  }
}
