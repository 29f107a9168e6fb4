/**
 * Hashed features for the language model: character 1–5-grams inside each word (padded with a space at both
 * ends), the word itself and the pair of consecutive words, each folded into `2^bits` buckets.
 * `scripts/train-langid.mjs` holds a line-for-line copy of this code; the probe in the generated model
 * (checked by a test) keeps the two in step.
 */

/** Longest word prefix that yields character n-grams (longer words are truncated for n-grams only). */
export const MAX_WORD = 24;
export const MAX_N = 5;
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
export const SEED_WORD = 0x2545f491;
export const SEED_PAIR = 0x68e31da4;
const SEED_MARKER = 0x4cf5ad43;
export const SEED_NGRAM = 0x1b873593;
export const SEED_VOCABULARY = 0x7f4a7c15;

/** Lower-cases a letter code, or returns -1 when the code is not part of a word. */
export function letterCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return -1;
  if (c === 0xd7 || c === 0xf7) return -1;
  if (c <= 0xde) return c + 32;
  // General punctuation, symbols, arrows, box drawing, dingbats; CJK punctuation; BOM; surrogates count as letters.
  if (c >= 0x2000 && c <= 0x2bff) return -1;
  if (c >= 0x3000 && c <= 0x303f) return -1;
  if (c === 0xfeff) return -1;
  return c;
}

/** Mixes the bits of a hash before it is cut to a bucket. */
export function finish(h: number, mask: number): number {
  let x = h ^ (h >>> 15);
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return x & mask;
}

/** Receives each feature bucket as it is found. */
export type FeatureSink = (bucket: number) => void;

/** What a scan found besides the features. */
export interface ScanCounts {
  letters: number;
  words: number;
}

/**
 * Scans `text[start, end)` and calls `sink` with every feature bucket; `onWord` (optional) gets each word's hash.
 * Allocation-free apart from the reused buffer given by the caller.
 */
export function scanFeatures(
  text: string,
  start: number,
  end: number,
  bits: number,
  buffer: Int32Array,
  sink: FeatureSink,
  counts: ScanCounts,
  onWord?: (wordHash: number) => void,
): void {
  const mask = (1 << bits) - 1;
  let length = 0; // letters in the current word
  let wordHash = FNV_OFFSET;
  let previousWord = 0;
  let hasPrevious = false;
  for (let i = start; i <= end; i++) {
    let c = i < end ? letterCode(text.charCodeAt(i)) : -1;
    // A hyphen between two letters is part of the word (kanak-kanak, ke-2 is cut at the digit).
    if (c === -1 && i < end && length > 0 && text.charCodeAt(i) === 45 && i + 1 < end) {
      if (letterCode(text.charCodeAt(i + 1)) !== -1) c = 45;
    }
    if (c !== -1) {
      if (length < MAX_WORD) buffer[length + 1] = c;
      length++;
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
      continue;
    }
    if (length === 0) continue;
    const kept = Math.min(length, MAX_WORD);
    buffer[0] = 32;
    buffer[kept + 1] = 32;
    const padded = kept + 2;
    // Each start position extends one hash through n = 1..5, emitting every prefix: one multiply per n-gram.
    for (let s = 0; s < padded; s++) {
      let h = SEED_NGRAM;
      const last = Math.min(s + MAX_N, padded);
      for (let k = s; k < last; k++) {
        h = Math.imul(h ^ (buffer[k] as number), FNV_PRIME);
        if (k === s && (s === 0 || s === padded - 1)) continue; // a lone boundary is no feature
        sink(finish(h, mask));
      }
    }
    sink(finish(Math.imul(wordHash ^ SEED_WORD, FNV_PRIME), mask));
    if (hasPrevious)
      sink(finish(Math.imul(Math.imul(previousWord ^ SEED_PAIR, FNV_PRIME) ^ wordHash, FNV_PRIME), mask));
    if (onWord) onWord(wordHash);
    counts.letters += length;
    counts.words++;
    previousWord = wordHash;
    hasPrevious = true;
    length = 0;
    wordHash = FNV_OFFSET;
  }
}

/** Hash of one word as `scanFeatures` computes it (lower-cased letters and inner hyphens). */
export function wordHashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = letterCode(word.charCodeAt(i));
    h = Math.imul(h ^ (c === -1 ? 45 : c), FNV_PRIME);
  }
  return h;
}

/** Bucket of the pooled marker feature of a variety (0 Malay, 1 Indonesian). */
export function markerBucket(variety: 0 | 1, bits: number): number {
  return finish(Math.imul(SEED_MARKER ^ (variety + 1), FNV_PRIME), (1 << bits) - 1);
}

/** Bucket of a word hash in the vocabulary bit set of `2^bits` bits. */
export function vocabularyBit(wordHash: number, bits: number): number {
  return finish(Math.imul(wordHash ^ SEED_VOCABULARY, FNV_PRIME), (1 << bits) - 1);
}
