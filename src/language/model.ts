import {
  LANGID_BITS,
  LANGID_ENGLISH_BIAS,
  LANGID_ENGLISH_SCALE,
  LANGID_ENGLISH_WEIGHTS,
  LANGID_MALAY_BIAS,
  LANGID_MALAY_SCALE,
  LANGID_MALAY_WEIGHTS,
  LANGID_VOCABULARY,
  LANGID_VOCABULARY_BITS,
} from '../data/generated/langid-model.js';
import {
  FNV_OFFSET,
  FNV_PRIME,
  finish,
  letterCode,
  MAX_N,
  MAX_WORD,
  markerBucket,
  SEED_NGRAM,
  SEED_PAIR,
  SEED_VOCABULARY,
  SEED_WORD,
  wordHashOf,
} from './features.js';
import { INDONESIAN_MARKERS, MALAY_MARKERS } from './markers.js';

/** Evidence gathered over a stretch of text; logits add up across stretches. */
export interface LanguageEvidence {
  /** Letters in words. */
  letters: number;
  /** Words. */
  words: number;
  /** Words found in the Indonesian / Malay / English training vocabulary. */
  known: number;
  /** Log-odds of Malaysian Malay against Indonesian (prior towards Indonesian included once per stretch). */
  malay: number;
  /** Log-odds of English against Indonesian and Malay. */
  english: number;
}

/** Makes an empty evidence record. */
export function emptyEvidence(): LanguageEvidence {
  return { letters: 0, words: 0, known: 0, malay: 0, english: 0 };
}

/** Adds `b` into `a`. */
export function addEvidence(a: LanguageEvidence, b: LanguageEvidence): void {
  a.letters += b.letters;
  a.words += b.words;
  a.known += b.known;
  a.malay += b.malay;
  a.english += b.english;
}

const decode = (base64: string): Int8Array => {
  const bytes = Buffer.from(base64, 'base64');
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
};
/** Both weight vectors interleaved (`[malay, english]` per bucket): one cache line serves both. */
const WEIGHTS = ((): Int8Array => {
  const malay = decode(LANGID_MALAY_WEIGHTS);
  const english = decode(LANGID_ENGLISH_WEIGHTS);
  const out = new Int8Array(malay.length * 2);
  for (let i = 0; i < malay.length; i++) {
    out[2 * i] = malay[i] as number;
    out[2 * i + 1] = english[i] as number;
  }
  return out;
})();
const VOCABULARY = Uint8Array.from(Buffer.from(LANGID_VOCABULARY, 'base64'));

/** Marker words by hash in an open-addressed table: MARKER_KEYS holds the hashes, MARKER_VALUES 1 (Malay) or 2. */
const MARKER_SLOTS = 1024;
const MARKER_KEYS = new Int32Array(MARKER_SLOTS);
const MARKER_VALUES = new Uint8Array(MARKER_SLOTS);
for (const [words, value] of [
  [MALAY_MARKERS, 1],
  [INDONESIAN_MARKERS, 2],
] as const) {
  for (const w of words) {
    const h = wordHashOf(w);
    let slot = finish(h, MARKER_SLOTS - 1);
    while (MARKER_VALUES[slot] !== 0 && MARKER_KEYS[slot] !== h) slot = (slot + 1) & (MARKER_SLOTS - 1);
    MARKER_KEYS[slot] = h;
    MARKER_VALUES[slot] = value;
  }
}
/** 1 (Malay) or 2 (Indonesian) for a marker word's hash, else 0. */
function markerOf(h: number): number {
  let slot = finish(h, MARKER_SLOTS - 1);
  for (;;) {
    const v = MARKER_VALUES[slot] as number;
    if (v === 0 || MARKER_KEYS[slot] === h) return v;
    slot = (slot + 1) & (MARKER_SLOTS - 1);
  }
}
const MARKER_BUCKETS = [0, markerBucket(0, LANGID_BITS), markerBucket(1, LANGID_BITS)] as const;
const MASK = (1 << LANGID_BITS) - 1;
const VOCABULARY_MASK = (1 << LANGID_VOCABULARY_BITS) - 1;

/** A scorer owns its scratch buffers, so one is made per stage, never shared through a module global. */
export type EvidenceScorer = (text: string, start: number, end: number, into: LanguageEvidence) => void;

/**
 * Makes a scorer that adds the evidence of `text[start, end)` into a record. It computes exactly the features of
 * `scanFeatures` (features.ts) plus the pooled markers, fused into one loop that adds the weights as it goes.
 */
export function makeEvidenceScorer(): EvidenceScorer {
  const buffer = new Int32Array(MAX_WORD + 2);
  return (text, start, end, into) => {
    let malay = 0;
    let english = 0;
    let known = 0;
    let letters = 0;
    let words = 0;
    let length = 0;
    let wordHash = FNV_OFFSET;
    let previousWord = 0;
    let hasPrevious = false;
    for (let i = start; i <= end; i++) {
      let c = i < end ? letterCode(text.charCodeAt(i)) : -1;
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
      // As scanFeatures, without its test per n-gram: the lone leading space (s = 0) is hashed but not counted,
      // and the lone trailing space (s = padded - 1) starts no n-gram at all.
      for (let s = 0; s < padded - 1; s++) {
        let h = SEED_NGRAM;
        let k = s;
        if (s === 0) {
          h = Math.imul(h ^ 32, FNV_PRIME);
          k = 1;
        }
        const last = Math.min(s + MAX_N, padded);
        for (; k < last; k++) {
          h = Math.imul(h ^ (buffer[k] as number), FNV_PRIME);
          const b = finish(h, MASK) << 1;
          malay += WEIGHTS[b] as number;
          english += WEIGHTS[b + 1] as number;
        }
      }
      let b = finish(Math.imul(wordHash ^ SEED_WORD, FNV_PRIME), MASK) << 1;
      malay += WEIGHTS[b] as number;
      english += WEIGHTS[b + 1] as number;
      if (hasPrevious) {
        b =
          finish(Math.imul(Math.imul(previousWord ^ SEED_PAIR, FNV_PRIME) ^ wordHash, FNV_PRIME), MASK) << 1;
        malay += WEIGHTS[b] as number;
        english += WEIGHTS[b + 1] as number;
      }
      const marker = markerOf(wordHash);
      if (marker !== 0) {
        b = (MARKER_BUCKETS[marker] as number) << 1;
        malay += WEIGHTS[b] as number;
        english += WEIGHTS[b + 1] as number;
      }
      const bit = finish(Math.imul(wordHash ^ SEED_VOCABULARY, FNV_PRIME), VOCABULARY_MASK);
      known += ((VOCABULARY[bit >> 3] as number) >> (bit & 7)) & 1;
      letters += length;
      words++;
      previousWord = wordHash;
      hasPrevious = true;
      length = 0;
      wordHash = FNV_OFFSET;
    }
    if (words === 0) return;
    into.letters += letters;
    into.words += words;
    into.known += known;
    into.malay += malay * LANGID_MALAY_SCALE + LANGID_MALAY_BIAS;
    into.english += english * LANGID_ENGLISH_SCALE + LANGID_ENGLISH_BIAS;
  };
}

/** Cheap evidence of a stretch: its words, how many the model knows, and the English weight of the words alone. */
export interface WordEvidence {
  letters: number;
  words: number;
  known: number;
  /** Sum of the English log-odds weights of the word features only (no n-grams, no pairs, no bias). */
  english: number;
}

/** Makes an empty word evidence record. */
export function emptyWordEvidence(): WordEvidence {
  return { letters: 0, words: 0, known: 0, english: 0 };
}

/**
 * Scans `text[start, end)` word by word (one hash per letter, two look-ups per word): several times cheaper
 * than the full scorer, enough to tell which paragraphs deserve a full decision. Overwrites `into`.
 */
export function scoreWords(text: string, start: number, end: number, into: WordEvidence): void {
  let english = 0;
  let known = 0;
  let letters = 0;
  let words = 0;
  let length = 0;
  let wordHash = FNV_OFFSET;
  for (let i = start; i <= end; i++) {
    let c = i < end ? letterCode(text.charCodeAt(i)) : -1;
    if (c === -1 && i < end && length > 0 && text.charCodeAt(i) === 45 && i + 1 < end) {
      if (letterCode(text.charCodeAt(i + 1)) !== -1) c = 45;
    }
    if (c !== -1) {
      length++;
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
      continue;
    }
    if (length === 0) continue;
    const b = finish(Math.imul(wordHash ^ SEED_WORD, FNV_PRIME), MASK) << 1;
    english += WEIGHTS[b + 1] as number;
    const bit = finish(Math.imul(wordHash ^ SEED_VOCABULARY, FNV_PRIME), VOCABULARY_MASK);
    known += ((VOCABULARY[bit >> 3] as number) >> (bit & 7)) & 1;
    letters += length;
    words++;
    length = 0;
    wordHash = FNV_OFFSET;
  }
  into.letters = letters;
  into.words = words;
  into.known = known;
  into.english = english * LANGID_ENGLISH_SCALE;
}
