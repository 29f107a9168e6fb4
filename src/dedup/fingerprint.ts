/**
 * An article's dedup fingerprint: exact hashes of its normalised body, its word-shingle set, its figures and
 * dates, and its LSH candidate keys. Kept in one shared typed-array arena, about 4 bytes a word of body.
 */
import { Uint32Arena } from './arena.js';
import { combine32, mix32 } from './hash.js';
import { MinHasher } from './minhash.js';
import type { DedupSettings } from './options.js';
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
  /** The fingerprint of a body given as its paragraphs. */
  fingerprint(paragraphs: readonly string[]): Fingerprint;
  /** A hash of one paragraph's normalised words (0 when it has none), for counting recurring text. */
  paragraphKey(text: string): number;
}

const LEAD_SEED = 0x1b873593;

/** Sorts a slice ascending in place and moves its distinct values to the front; returns how many. */
function sortUniqueInPlace(values: Uint32Array): number {
  if (values.length === 0) return 0;
  values.sort();
  let m = 1;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== values[m - 1]) values[m++] = v;
  }
  return m;
}

/**
 * A fingerprint stored in an arena (shingles, figures, keys one after the other), whose shingle and figure
 * slices are sorted in place on first use: most articles of a corpus never meet a candidate, so most never
 * pay for the sort.
 */
class ArenaFingerprint implements Fingerprint {
  private sorted = false;

  constructor(
    readonly words: number,
    readonly exact: readonly [number, number],
    private readonly arena: Uint32Arena,
    private readonly offset: number,
    private readonly rawShingles: number,
    private readonly rawNumbers: number,
    private readonly keyCount: number,
    private shingleCount = rawShingles,
    private numberCount = rawNumbers,
  ) {}

  get shingles(): Uint32Array {
    this.sort();
    return this.arena.view(this.offset, this.shingleCount);
  }

  get numbers(): Uint32Array {
    this.sort();
    return this.arena.view(this.offset + this.rawShingles, this.numberCount);
  }

  get keys(): Uint32Array {
    return this.arena.view(this.offset + this.rawShingles + this.rawNumbers, this.keyCount);
  }

  private sort(): void {
    if (this.sorted) return;
    this.sorted = true;
    this.shingleCount = sortUniqueInPlace(this.arena.view(this.offset, this.rawShingles));
    this.numberCount = sortUniqueInPlace(this.arena.view(this.offset + this.rawShingles, this.rawNumbers));
  }
}

/** Makes a fingerprinter for the given settings. */
export function makeFingerprinter(settings: DedupSettings): Fingerprinter {
  const tokenizer = new Tokenizer();
  const minHasher = new MinHasher(settings.bands, settings.rows);
  const k = Math.max(1, settings.shingleSize);
  let scratch = new Uint32Array(1024);
  const keyScratch = new Uint32Array(settings.bands + 1);
  const arena = new Uint32Arena();

  function fingerprint(paragraphs: readonly string[]): Fingerprint {
    tokenizer.reset();
    for (const paragraph of paragraphs) tokenizer.add(paragraph);
    const words = tokenizer.words.values;
    const n = tokenizer.words.length;
    let exactA = 0x811c9dc5;
    let exactB = 0x7f4a7c15;
    for (let i = 0; i < n; i++) {
      const w = words[i] as number;
      exactA = (Math.imul(exactA, 0x01000193) + w) | 0;
      exactB = (Math.imul(exactB ^ w, 0x5bd1e995) + 0x6b43a9b5) | 0;
    }
    const count = n === 0 ? 0 : Math.max(1, n - k + 1);
    if (scratch.length < count) scratch = new Uint32Array(Math.max(count, scratch.length * 2));
    for (let i = 0; i < count; i++) {
      // A polynomial of the k word hashes, then mixed: order-sensitive, no intermediate state.
      let h = 0x27d4eb2f;
      const end = Math.min(n, i + k);
      for (let j = i; j < end; j++) h = (Math.imul(h, 0x01000193) + (words[j] as number)) | 0;
      scratch[i] = mix32(h);
    }
    const raw = scratch.subarray(0, count);
    const numberCount = tokenizer.numbers.length;
    let keyCount = 0;
    if (n >= settings.minWords) {
      const lead = settings.leadWords > 0 && n >= settings.leadWords;
      keyCount = settings.bands + (lead ? 1 : 0);
      const signature = minHasher.signature(raw);
      if (signature) minHasher.bandKeys(signature, keyScratch, 0);
      if (lead) {
        let h = LEAD_SEED;
        for (let i = 0; i < settings.leadWords; i++) h = combine32(h, words[i] as number);
        keyScratch[settings.bands] = mix32(h);
      }
    }
    const offset = arena.append(raw);
    arena.append(tokenizer.numbers.values, numberCount);
    arena.append(keyScratch, keyCount);
    const exact: [number, number] = [mix32(exactA), mix32(exactB)];
    return new ArenaFingerprint(n, exact, arena, offset, count, numberCount, keyCount);
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

  return { fingerprint, paragraphKey };
}
