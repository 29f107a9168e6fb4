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
import { markerBucket, type ScanCounts, scanFeatures, vocabularyBit, wordHashOf } from './features.js';
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

/** Marker words by hash: 0 for Malay, 1 for Indonesian. */
const MARKERS = new Map<number, 0 | 1>([
  ...MALAY_MARKERS.map((w): [number, 0 | 1] => [wordHashOf(w), 0]),
  ...INDONESIAN_MARKERS.map((w): [number, 0 | 1] => [wordHashOf(w), 1]),
]);
const MARKER_BUCKETS = [markerBucket(0, LANGID_BITS), markerBucket(1, LANGID_BITS)] as const;

/** A scorer owns its scratch buffers, so one is made per stage, never shared through a module global. */
export type EvidenceScorer = (text: string, start: number, end: number, into: LanguageEvidence) => void;

/** Makes a scorer that adds the evidence of `text[start, end)` into a record. */
export function makeEvidenceScorer(): EvidenceScorer {
  const buffer = new Int32Array(32);
  const counts: ScanCounts = { letters: 0, words: 0 };
  let malay = 0;
  let english = 0;
  let known = 0;
  const sink = (bucket: number): void => {
    malay += WEIGHTS[2 * bucket] as number;
    english += WEIGHTS[2 * bucket + 1] as number;
  };
  const onWord = (wordHash: number): void => {
    const marker = MARKERS.get(wordHash);
    if (marker !== undefined) sink(MARKER_BUCKETS[marker]);
    const bit = vocabularyBit(wordHash, LANGID_VOCABULARY_BITS);
    if (((VOCABULARY[bit >> 3] as number) >> (bit & 7)) & 1) known++;
  };
  return (text, start, end, into) => {
    malay = 0;
    english = 0;
    known = 0;
    counts.letters = 0;
    counts.words = 0;
    scanFeatures(text, start, end, LANGID_BITS, buffer, sink, counts, onWord);
    if (counts.words === 0) return;
    into.letters += counts.letters;
    into.words += counts.words;
    into.known += known;
    into.malay += malay * LANGID_MALAY_SCALE + LANGID_MALAY_BIAS;
    into.english += english * LANGID_ENGLISH_SCALE + LANGID_ENGLISH_BIAS;
  };
}
