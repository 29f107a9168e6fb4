/**
 * Hashes of lower-cased words and a compact table keyed by them, so that the tokenizer looks a word up
 * from its character range without making a string (an open-addressed `Int32Array`, cache-friendly).
 */

const SEED = 0x811c9dc5 | 0;

/** Lower-cases one UTF-16 code unit (ASCII fast; other letters through `toLowerCase`). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** One FNV-1a step over a lower-cased code unit. */
export const hashStep = (h: number, lowerCodeUnit: number): number =>
  Math.imul(h ^ lowerCodeUnit, 0x01000193);

/** The hash a word starts from. */
export const HASH_START = SEED;

/** Hash of `text[start, end)` lower-cased; never 0. */
export function hashWord(text: string, start = 0, end = text.length): number {
  let h = SEED;
  for (let i = start; i < end; i++) h = hashStep(h, lowerCode(text.charCodeAt(i)));
  return h | 0 || 1;
}

/** A set of words by hash, each with a small value (1 for plain membership). */
export interface WordTable {
  /** The value stored for the word with this hash, 0 when absent. */
  get(hash: number): number;
}

/** Builds a table from words (any case) and their values (1..255); a word given twice keeps the larger. */
export function makeWordTable(entries: Iterable<readonly [string, number]>): WordTable {
  return buildTable(entries, Math.max);
}

/**
 * Builds a table of bit flags from words (any case) and their flags (1..0xffff): the flags of words with the
 * same hash are or-ed, so that a clear bit means no word given with that bit has this hash.
 */
export function makeFlagTable(entries: Iterable<readonly [string, number]>): WordTable {
  return buildTable(entries, (a, b) => a | b, 0xffff);
}

/**
 * Builds a table of 16-bit values from words (any case) and their values, `combine` merging the values of
 * words with the same hash (for values that pack several fields).
 */
export function makePackedTable(
  entries: Iterable<readonly [string, number]>,
  combine: (a: number, b: number) => number,
): WordTable {
  return buildTable(entries, combine, 0xffff);
}

const FILTER_SHIFT = 14;
const FILTER_WORDS = 1 << (32 - FILTER_SHIFT - 5);

function buildTable(
  entries: Iterable<readonly [string, number]>,
  combine: (a: number, b: number) => number,
  max = 255,
): WordTable {
  const list = [...entries];
  let size = 1024;
  while (size < list.length * 2) size *= 2;
  // Each slot is a key and its value side by side: a lookup reads one cache line, not two.
  const cells = new Int32Array(size * 2);
  const mask = size - 1;
  // A bit per value of the key's upper 18 bits (32 KB, stays in cache): a clear bit answers most absent
  // words without reading the table (the slots come from the lower bits).
  const present = new Int32Array(FILTER_WORDS);
  for (const [word, value] of list) {
    const key = hashWord(word);
    const bit = key >>> FILTER_SHIFT;
    present[bit >>> 5] = (present[bit >>> 5] as number) | (1 << (bit & 31));
    let slot = key & mask;
    while (cells[slot * 2] !== 0 && cells[slot * 2] !== key) slot = (slot + 1) & mask;
    cells[slot * 2] = key;
    cells[slot * 2 + 1] = combine(cells[slot * 2 + 1] as number, Math.min(max, value));
  }
  return {
    get(hash: number): number {
      const key = hash | 0 || 1;
      const bit = key >>> FILTER_SHIFT;
      if (((present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return 0;
      let slot = key & mask;
      for (;;) {
        const found = cells[slot * 2] as number;
        if (found === key) return cells[slot * 2 + 1] as number;
        if (found === 0) return 0;
        slot = (slot + 1) & mask;
      }
    },
  };
}

/** A set of lower-case words looked up by a character range and its hash, exact (compared on a hit). */
export interface WordSet {
  /** Whether `text[start, end)`, lower-cased, whose {@link hashWord} is `hash`, is in the set. */
  has(text: string, start: number, end: number, hash: number): boolean;
}

/** Builds a {@link WordSet} from words (any case). */
export function makeWordSet(words: Iterable<string>): WordSet {
  const byHash = new Map<number, string[]>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const key = hashWord(lower);
    const list = byHash.get(key);
    if (!list) byHash.set(key, [lower]);
    else if (!list.includes(lower)) list.push(lower);
  }
  const same = (word: string, text: string, start: number, end: number): boolean => {
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++) {
      if (word.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) return false;
    }
    return true;
  };
  return {
    has(text, start, end, hash) {
      const list = byHash.get(hash | 0 || 1);
      if (list === undefined) return false;
      for (const word of list) if (same(word, text, start, end)) return true;
      return false;
    },
  };
}

/**
 * An exact set of words by character range, for text whose ranges are ASCII: `has(text, start, end, hash)` is
 * `words.has(text.slice(start, end).toLowerCase())` for an ASCII range whose {@link hashWord} is `hash`, without
 * making the string (an open-addressed table of hashes and word numbers; a hit compares the characters).
 */
export interface AsciiWordSet {
  has(text: string, start: number, end: number, hash: number): boolean;
}

/** Builds an {@link AsciiWordSet} of `words` as given (a word with an upper-case letter is never matched). */
export function makeAsciiWordSet(words: Iterable<string>): AsciiWordSet {
  const list = [...words];
  let size = 1024;
  while (size < list.length * 2) size *= 2;
  const mask = size - 1;
  // Each slot: a word's hash and its number + 1 (0: empty).
  const cells = new Int32Array(size * 2);
  for (let k = 0; k < list.length; k++) {
    const key = hashWord(list[k] as string);
    let slot = key & mask;
    while (cells[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    cells[slot * 2] = key;
    cells[slot * 2 + 1] = k + 1;
  }
  const same = (word: string, text: string, start: number, end: number): boolean => {
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(start + k);
      if (word.charCodeAt(k) !== (c >= 65 && c <= 90 ? c | 32 : c)) return false;
    }
    return true;
  };
  return {
    has(text, start, end, hash) {
      const key = hash | 0 || 1;
      for (let slot = key & mask; ; slot = (slot + 1) & mask) {
        const index = cells[slot * 2 + 1] as number;
        if (index === 0) return false;
        if (cells[slot * 2] === key && same(list[index - 1] as string, text, start, end)) return true;
      }
    },
  };
}
