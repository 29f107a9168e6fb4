/**
 * An article's dedup fingerprint: exact hashes of its normalised body, its word-shingle set, its figures and
 * dates, and its LSH candidate keys. Kept in one shared typed-array arena, about 4 bytes a word of body.
 */
import { Uint32Arena } from './arena.js';
import { combine32, mix32 } from './hash.js';
import { MinHasher } from './minhash.js';
import type { DedupSettings } from './options.js';
import { RadixSorter } from './radix-sort.js';
import { Tokenizer } from './tokenize.js';

/** What dedup keeps of one article's body. */
export interface Fingerprint {
  /** Words in the body. */
  readonly words: number;
  /** Two independent 32-bit hashes of the body's word sequence (case, punctuation and spacing ignored). */
  readonly exact: readonly [number, number];
  /** Hashed word shingles, ascending, distinct. */
  readonly shingles: Uint32Array;
  /** Hashed figures and dates (`6.464,69`, `21/1/2019`), ascending, distinct. */
  readonly numbers: Uint32Array;
  /** LSH candidate keys: one per band, then the lead key; empty when the body is too short. */
  readonly keys: Uint32Array;
}

/**
 * Makes fingerprints with fixed settings; reuses its buffers, so one fingerprinter serves one thread. Its
 * fingerprints live in its arena: they stay valid as long as the fingerprints are referenced.
 */
export interface Fingerprinter {
  /**
   * The fingerprint of a body given as its paragraphs, and optionally their word hashes end to end (`words`, as
   * `wordHashesInto` gives them, e.g. kept by the duplicate-blocks stage: then they are not computed again).
   */
  fingerprint(paragraphs: readonly string[], words?: Uint32Array): Fingerprint;
  /**
   * The fingerprint of a body in a reused buffer: valid until the next `scratch` call (for a caller that
   * copies it out, e.g. to a file).
   */
  scratch(paragraphs: readonly string[], words?: Uint32Array): Fingerprint;
  /** A hash of one paragraph's normalised words (0 when it has none), for counting recurring text. */
  paragraphKey(text: string): number;
}

const LEAD_SEED = 0x1b873593;

/** Multiplier of the shingle polynomial (and of FNV). */
const SHINGLE_PRIME = 0x01000193;
const SHINGLE_SEED = 0x27d4eb2f;

// Header of a fingerprint in its arena chunk, then its shingles, figures and keys.
const EXACT_A = 0;
const EXACT_B = 1;
const WORDS = 2;
const RAW_SHINGLES = 3;
const RAW_NUMBERS = 4;
const KEYS = 5;
/** Distinct shingles plus one once sorted, 0 before. */
const SORTED_SHINGLES = 6;
const SORTED_NUMBERS = 7;
const HEADER = 8;

/**
 * A fingerprint stored in an arena chunk (a header, then shingles, figures and keys), whose shingle and
 * figure slices are sorted in place on first use: most articles of a corpus never meet a candidate, so most
 * never pay for the sort. One small object per article; the numbers live in the chunk.
 */
class ArenaFingerprint implements Fingerprint {
  constructor(
    private readonly data: Uint32Array,
    private readonly at: number,
    private readonly sorter: RadixSorter,
  ) {}

  get words(): number {
    return this.data[this.at + WORDS] as number;
  }

  get exact(): readonly [number, number] {
    return [this.data[this.at + EXACT_A] as number, this.data[this.at + EXACT_B] as number];
  }

  get shingles(): Uint32Array {
    const start = this.at + HEADER;
    return this.data.subarray(start, start + this.sorted(SORTED_SHINGLES));
  }

  get numbers(): Uint32Array {
    const start = this.at + HEADER + (this.data[this.at + RAW_SHINGLES] as number);
    return this.data.subarray(start, start + this.sorted(SORTED_NUMBERS));
  }

  get keys(): Uint32Array {
    const d = this.data;
    const start =
      this.at + HEADER + (d[this.at + RAW_SHINGLES] as number) + (d[this.at + RAW_NUMBERS] as number);
    return d.subarray(start, start + (d[this.at + KEYS] as number));
  }

  /** The distinct count of the shingles or figures, sorting both slices on first use. */
  private sorted(field: number): number {
    const d = this.data;
    const at = this.at;
    if (d[at + SORTED_SHINGLES] === 0) {
      const shingles = at + HEADER;
      const numbers = shingles + (d[at + RAW_SHINGLES] as number);
      d[at + SORTED_SHINGLES] = this.sorter.sortUnique(d, shingles, numbers) + 1;
      d[at + SORTED_NUMBERS] =
        this.sorter.sortUnique(d, numbers, numbers + (d[at + RAW_NUMBERS] as number)) + 1;
    }
    return (d[at + field] as number) - 1;
  }
}

/** Makes a fingerprinter for the given settings. */
export function makeFingerprinter(settings: DedupSettings): Fingerprinter {
  const tokenizer = new Tokenizer();
  const minHasher = new MinHasher(settings.bands, settings.rows);
  const k = Math.max(1, settings.shingleSize);
  const arena = new Uint32Arena();
  const scratchArena = new Uint32Arena(1 << 12, 1 << 30);
  const sorter = new RadixSorter();

  function fingerprint(paragraphs: readonly string[], words?: Uint32Array): Fingerprint {
    return fingerprintIn(arena, paragraphs, words);
  }

  function scratch(paragraphs: readonly string[], words?: Uint32Array): Fingerprint {
    scratchArena.length = 0;
    return fingerprintIn(scratchArena, paragraphs, words);
  }

  function fingerprintIn(
    arena: Uint32Arena,
    paragraphs: readonly string[],
    given: Uint32Array | undefined,
  ): Fingerprint {
    tokenizer.reset();
    let words: Uint32Array;
    let n: number;
    if (given === undefined) {
      // One flat string for the whole body: the paragraphs are slices of their source text, slower to read
      // character by character than a string of their own (~15% of the tokenizer's time on the bench corpus),
      // and of several string shapes. A line break ends a word and a figure, so the words and figures are those
      // of the paragraphs one by one.
      tokenizer.add(paragraphs.join('\n'));
      words = tokenizer.words.values;
      n = tokenizer.words.length;
    } else {
      // The words given; the figures found paragraph by paragraph (a native search, no string made).
      for (let p = 0; p < paragraphs.length; p++) tokenizer.addNumbers(paragraphs[p] as string);
      words = given;
      n = given.length;
    }
    const count = n === 0 ? 0 : Math.max(1, n - k + 1);
    const numberCount = tokenizer.numbers.length;
    const lead = n >= settings.minWords && settings.leadWords > 0 && n >= settings.leadWords;
    const keyCount = n >= settings.minWords ? settings.bands + (lead ? 1 : 0) : 0;
    const at = arena.reserve(HEADER + count + numberCount + keyCount);
    const data = arena.chunk;
    const shingles = at + HEADER;
    let exactA = 0x811c9dc5;
    let exactB = 0x7f4a7c15;
    if (k === 4 && n >= 4) {
      // The shingle polynomial of the default 4 words in closed form (equal modulo 2^32 to the loop below):
      // four independent products per shingle, the window's words kept in variables; the exact hashes in
      // the same pass.
      const p1 = SHINGLE_PRIME;
      const p2 = Math.imul(p1, SHINGLE_PRIME);
      const p3 = Math.imul(p2, SHINGLE_PRIME);
      const seed = Math.imul(p3, Math.imul(SHINGLE_SEED, SHINGLE_PRIME));
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      for (let i = 0; i < n; i++) {
        const w = words[i] as number;
        exactA = (Math.imul(exactA, 0x01000193) + w) | 0;
        exactB = (Math.imul(exactB ^ w, 0x5bd1e995) + 0x6b43a9b5) | 0;
        if (i >= 3)
          data[shingles + i - 3] = mix32(
            seed + Math.imul(w0, p3) + Math.imul(w1, p2) + Math.imul(w2, p1) + w,
          );
        w0 = w1;
        w1 = w2;
        w2 = w;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const w = words[i] as number;
        exactA = (Math.imul(exactA, 0x01000193) + w) | 0;
        exactB = (Math.imul(exactB ^ w, 0x5bd1e995) + 0x6b43a9b5) | 0;
      }
      for (let i = 0; i < count; i++) {
        // A polynomial of the k word hashes, then mixed: order-sensitive, no intermediate state.
        let h = SHINGLE_SEED;
        const end = Math.min(n, i + k);
        for (let j = i; j < end; j++) h = (Math.imul(h, SHINGLE_PRIME) + (words[j] as number)) | 0;
        data[shingles + i] = mix32(h);
      }
    }
    const numbers = shingles + count;
    const figures = tokenizer.numbers.values;
    for (let i = 0; i < numberCount; i++) data[numbers + i] = figures[i] as number;
    if (keyCount > 0) {
      const keys = numbers + numberCount;
      const signature = minHasher.signature(data, shingles, numbers);
      if (signature) minHasher.bandKeys(signature, data, keys);
      if (lead) {
        let h = LEAD_SEED;
        for (let i = 0; i < settings.leadWords; i++) h = combine32(h, words[i] as number);
        data[keys + settings.bands] = mix32(h);
      }
    }
    data[at + EXACT_A] = mix32(exactA);
    data[at + EXACT_B] = mix32(exactB);
    data[at + WORDS] = n;
    data[at + RAW_SHINGLES] = count;
    data[at + RAW_NUMBERS] = numberCount;
    data[at + KEYS] = keyCount;
    data[at + SORTED_SHINGLES] = 0;
    data[at + SORTED_NUMBERS] = 0;
    return new ArenaFingerprint(data, at, sorter);
  }

  function paragraphKey(text: string): number {
    tokenizer.reset();
    tokenizer.add(text);
    const n = tokenizer.words.length;
    if (n === 0) return 0;
    let h = 0x165667b1;
    for (let i = 0; i < n; i++) h = combine32(h, tokenizer.words.values[i] as number);
    return mix32(h) || 1;
  }

  return { fingerprint, scratch, paragraphKey };
}
