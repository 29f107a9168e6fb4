/** 32-bit hashing helpers shared by the tagger, its gazetteer and the training script. */

/** Seed of every string hash. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Lower-cases one UTF-16 code unit (ASCII fast; other letters through `toLowerCase`). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Hash of `text[start, end)` lower-cased, as a signed 32-bit integer (all hashes here are int32). */
export function hashLower(text: string, start: number, end: number): number {
  let h = HASH_SEED | 0;
  for (let i = start; i < end; i++) h = hashStep(h, lowerCode(text.charCodeAt(i)));
  return h | 0;
}

/** Mixes two 32-bit values into one well-spread 32-bit value (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Hash of a lower-cased word sequence, as the gazetteer stores names: folds the per-word hashes. */
export function foldWords(h: number, wordHash: number): number {
  return mix(h, wordHash);
}
