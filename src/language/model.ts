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

/** letterCode for the codes below LETTER_TABLE_SIZE, by one look-up. */
const LETTER_TABLE_SIZE = 0x300;
const LETTERS = Int16Array.from({ length: LETTER_TABLE_SIZE }, (_, c) => letterCode(c));

/** A scorer owns its scratch buffers, so one is made per stage, never shared through a module global. */
export type EvidenceScorer = (text: string, start: number, end: number, into: LanguageEvidence) => void;

/**
 * Int32 fields per slot of a scorer's word cache, one 64-byte line: word hash, 2 × letters kept + known bit,
 * Malay sum, English sum, then the kept letters two to a field (MAX_WORD = 24 letters in 12 fields).
 */
const CACHE_STRIDE = 16;
const CACHE_SPELLING = 4;

/**
 * Makes a scorer that adds the evidence of `text[start, end)` into a record. It computes exactly the features of
 * `scanFeatures` (features.ts) plus the pooled markers, fused into one loop that adds the weights as it goes.
 *
 * Everything a word contributes apart from the pair with its predecessor (its character n-grams, the word
 * itself, a marker, the vocabulary bit) depends on the word alone, and is integer: the scorer keeps it in a
 * small direct-mapped cache of words (keyed by the word hash and checked letter for letter, so a hit is
 * exact). A common word then costs two look-ups instead of about five per letter. `cacheSlots` (rounded to a
 * power of two) sets its size: 16,384 slots (1 MB) hold the common words of news text; on the bench corpus
 * 88 % of the words of the articles' first 150 letters are found there (75 % with 4,096 slots).
 */
export function makeEvidenceScorer(cacheSlots = 16384): EvidenceScorer {
  const buffer = new Int32Array(MAX_WORD + 2);
  // A shift, not `2 **`: the mask must be a small integer (a double there costs a re-optimisation).
  const slots = 1 << Math.min(24, Math.max(0, Math.round(Math.log2(cacheSlots))));
  const entries = new Int32Array(slots * CACHE_STRIDE);
  const weights = WEIGHTS;
  const vocabulary = VOCABULARY;
  const letterTable = LETTERS;
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
      const code = i < end ? text.charCodeAt(i) : 32;
      let c = code < LETTER_TABLE_SIZE ? (letterTable[code] as number) : letterCode(code);
      if (c === -1 && code === 45 && length > 0 && i + 1 < end) {
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
      const o = finish(wordHash, slots - 1) * CACHE_STRIDE;
      let hit = entries[o] === wordHash && (entries[o + 1] as number) >> 1 === kept;
      for (let k = 0; hit && k < kept; k += 2) {
        const pair = (buffer[k + 1] as number) | (k + 1 < kept ? (buffer[k + 2] as number) << 16 : 0);
        hit = entries[o + CACHE_SPELLING + (k >> 1)] === pair;
      }
      if (!hit) {
        let wordMalay = 0;
        let wordEnglish = 0;
        buffer[0] = 32;
        buffer[kept + 1] = 32;
        const padded = kept + 2;
        // As scanFeatures, without its test per n-gram: the lone leading space (s = 0) is hashed but not
        // counted, and the lone trailing space (s = padded - 1) starts no n-gram at all.
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
            wordMalay += weights[b] as number;
            wordEnglish += weights[b + 1] as number;
          }
        }
        let b = finish(Math.imul(wordHash ^ SEED_WORD, FNV_PRIME), MASK) << 1;
        wordMalay += weights[b] as number;
        wordEnglish += weights[b + 1] as number;
        const marker = markerOf(wordHash);
        if (marker !== 0) {
          b = (MARKER_BUCKETS[marker] as number) << 1;
          wordMalay += weights[b] as number;
          wordEnglish += weights[b + 1] as number;
        }
        const bit = finish(Math.imul(wordHash ^ SEED_VOCABULARY, FNV_PRIME), VOCABULARY_MASK);
        entries[o] = wordHash;
        entries[o + 1] = (kept << 1) | (((vocabulary[bit >> 3] as number) >> (bit & 7)) & 1);
        entries[o + 2] = wordMalay;
        entries[o + 3] = wordEnglish;
        for (let k = 0; k < kept; k += 2) {
          entries[o + CACHE_SPELLING + (k >> 1)] =
            (buffer[k + 1] as number) | (k + 1 < kept ? (buffer[k + 2] as number) << 16 : 0);
        }
      }
      known += (entries[o + 1] as number) & 1;
      malay += entries[o + 2] as number;
      english += entries[o + 3] as number;
      if (hasPrevious) {
        const b =
          finish(Math.imul(Math.imul(previousWord ^ SEED_PAIR, FNV_PRIME) ^ wordHash, FNV_PRIME), MASK) << 1;
        malay += weights[b] as number;
        english += weights[b + 1] as number;
      }
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

/** What a letter-pair scorer found in a stretch. */
export interface LetterPairEvidence {
  /** Letters, and hyphens (so at least the model's count of letters). */
  letters: number;
  /** Letters outside a–z (other scripts, accented letters). */
  otherLetters: number;
  /** Log-odds of English from the model's own 1- and 2-gram weights alone (no longer n-grams, words, pairs). */
  english: number;
}

/** Makes an empty letter-pair record. */
export function emptyLetterPairEvidence(): LetterPairEvidence {
  return { letters: 0, otherLetters: 0, english: 0 };
}

/** A letter-pair scorer: overwrites `into` with the evidence of `text[start, end)` (its first 65,535 characters). */
export type LetterPairScorer = (text: string, start: number, end: number, into: LetterPairEvidence) => void;

/** Classes of the letter-pair scorer: 0 a word boundary, 1–26 the letters a–z, 27 any other letter. */
const OTHER_LETTER = 27;

/**
 * Makes a scorer of a stretch's letter pairs: for each letter, the model's English weight of that letter and of
 * the pair it ends (the space before a word and after it included, as the model pads words), read from a
 * 28 × 32 table built from the model's weights. It cuts no words and hashes nothing: one table look-up per
 * character without a branch, a few times cheaper than the model. Letters outside a–z weigh nothing here.
 */
export function makeLetterPairScorer(): LetterPairScorer {
  // Per ASCII code: its class, plus 1 << 8 when it counts as a letter (letters and the hyphen); a letter outside
  // ASCII adds 1 << 24 too, so that `v >> 8` adds letters in the low half and other letters in the high half.
  const ascii = new Int32Array(128);
  for (let code = 0; code < 128; code++) {
    const c = letterCode(code);
    ascii[code] = c === -1 ? (code === 45 ? 1 << 8 : 0) : (c - 96) | (1 << 8);
  }
  const wide = OTHER_LETTER | (1 << 8) | (1 << 24);
  // The same for every UTF-16 code (256 KB, made once per scorer): one look-up a character, no branch and no
  // call (a call first made after the loop was optimised, at the first letter outside the table, threw that
  // code away).
  const classes = new Int32Array(0x10000);
  for (let code = 0; code < LETTER_TABLE_SIZE; code++)
    classes[code] = code < 128 ? (ascii[code] as number) : letterCode(code) === -1 ? 0 : wide;
  // Above LETTER_TABLE_SIZE, letterCode's ranges by `fill` (a loop over every code costs a compilation at start):
  // general punctuation to dingbats, CJK punctuation and the BOM are not letters, the rest are.
  classes.fill(wide, LETTER_TABLE_SIZE);
  classes.fill(0, 0x2000, 0x2c00);
  classes.fill(0, 0x3000, 0x3040);
  classes[0xfeff] = 0;
  const charOf = (k: number): number => (k === 0 ? 32 : 96 + k);
  const gram = (...chars: number[]): number => {
    let h = SEED_NGRAM;
    for (const c of chars) h = Math.imul(h ^ c, FNV_PRIME);
    return WEIGHTS[(finish(h, MASK) << 1) + 1] as number;
  };
  const table = new Int32Array(32 * 32);
  for (let a = 0; a < OTHER_LETTER; a++) {
    for (let b = 0; b < OTHER_LETTER; b++) {
      if (a === 0 && b === 0) continue;
      table[(a << 5) | b] = gram(charOf(a), charOf(b)) + (b === 0 ? 0 : gram(charOf(b)));
    }
  }
  return (text, start, end, into) => {
    let english = 0;
    let counts = 0; // letters + 65536 × other letters (a stretch longer than 65,535 characters is cut)
    let previous = 0;
    const last = Math.min(end, start + 0xffff);
    for (let i = start; i < last; i++) {
      const v = classes[text.charCodeAt(i)] as number;
      english += table[(previous << 5) | (v & 31)] as number;
      counts += v >> 8;
      previous = v & 31;
    }
    english += table[previous << 5] as number;
    into.letters = counts & 0xffff;
    into.otherLetters = counts >>> 16;
    into.english = english * LANGID_ENGLISH_SCALE;
  };
}
