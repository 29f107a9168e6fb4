/** Hashes of the words (letters and digits, case-folded) of `text[start, end)`, without making word strings. */
export function wordHashes(text: string, start = 0, end = text.length): number[] {
  const out = new Uint32Array(maxWords(start, end));
  return Array.from(out.subarray(0, wordHashesInto(text, out, start, end)));
}

/** The most words `text[start, end)` can hold: a buffer this long fits every hash `wordHashesInto` writes. */
export function maxWords(start: number, end: number): number {
  return end > start ? (end - start + 1) >>> 1 : 0;
}

/**
 * Writes the hashes `wordHashes` gives into `out` from `out[at]` (`out` at least `at + maxWords(start, end)` long)
 * and returns how many; nothing is allocated.
 *
 * Without a branch on the kind of character (word or not: the processor cannot guess it, and a wrong guess at
 * every word's end cost a quarter of the time): the hash so far is written at `out[n]` at every character, `n`
 * moves on at a word's end, and the hash restarts through a mask.
 */
export function wordHashesInto(text: string, out: Uint32Array, start = 0, end = text.length, at = 0): number {
  let n = at;
  let h = FNV_OFFSET;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // The case-folded code of a word character, 0 for the rest.
    const folded =
      c < LATIN_END
        ? (LATIN_WORD_CHAR[c] as number)
        : c >= 0x2000 && c <= 0x206f
          ? 0 // general punctuation (curly quotes, dashes): no call for the commonest codes above the table
          : foldedLetter(text, i, c);
    const word = (folded | -folded) >>> 31; // 1 for a word character
    const mask = -word;
    // n < maxWords here: each finished word took a word character and the one after it.
    out[n] = h;
    n += previous & (word ^ 1);
    h = (Math.imul(h ^ folded, FNV_PRIME) & mask) | (FNV_OFFSET & ~mask);
    previous = word;
  }
  // The last word when the text ends inside one, without a branch (the hash of no word is written past the
  // count otherwise, where nothing reads it): a branch seldom taken is compiled without type feedback and throws
  // the optimised code away the first time it is.
  if (n < out.length) out[n] = h;
  return n + previous - at;
}

/**
 * The word hashes of a list of paragraphs, end to end (`wordHashesInto` over each paragraph's text, in order),
 * kept on the list itself by the stage that computed them (the duplicate-blocks stage) for dedup to take as
 * they are: a non-enumerable property under a symbol, so the list prints, compares and spreads as before, and
 * a list made anew (paragraphs removed, replaced) has none.
 */
const BODY_WORDS = Symbol('kliping.bodyWords');

/** Keeps `hashes` (the word hashes of `paragraphs`, see `BODY_WORDS`) on the list; returns the list. */
export function keepWordHashes<T>(paragraphs: T[], hashes: Uint32Array): T[] {
  Object.defineProperty(paragraphs, BODY_WORDS, { value: hashes });
  return paragraphs;
}

/** The word hashes kept on a paragraph list by `keepWordHashes`, or undefined. */
export function keptWordHashes(paragraphs: readonly unknown[]): Uint32Array | undefined {
  return (paragraphs as { readonly [BODY_WORDS]?: Uint32Array })[BODY_WORDS];
}

/** FNV-1a's offset and prime, as int32 values (a constant above 2^31 would make the hash a double). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The lower-case code of a non-ASCII letter or digit at `i`, 0 when it is not one. */
function foldedLetter(text: string, i: number, code: number): number {
  // General punctuation (curly quotes, dashes, ellipsis, odd spaces): common in news, never a word character.
  if (code >= 0x2000 && code <= 0x206f) return 0;
  if (!isLetterOrDigit(code)) return 0;
  return text[i]?.toLowerCase().charCodeAt(0) ?? code;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isLetterOrDigit(code: number): boolean {
  // Surrogate halves are parts of letters outside the BMP (rare in news); count them as word characters.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** Codes below this (ASCII, Latin-1, Latin Extended-A and B) are folded by one look-up in LATIN_WORD_CHAR. */
const LATIN_END = 0x250;

/**
 * ASCII and Latin letters (lower-cased) and digits by code, 0 for the rest: what `foldedLetter` gives, read from
 * a table (no call on the hot path for `é` or `ö`).
 */
const LATIN_WORD_CHAR = Uint16Array.from({ length: LATIN_END }, (_, c) =>
  c < 0x80
    ? c >= 65 && c <= 90
      ? c + 32
      : (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
        ? c
        : 0
    : foldedLetter(String.fromCharCode(c), 0, c),
);

/** Combines two 32-bit hashes into one (order matters). */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The set of hashed word bigrams (a single word counts as one shingle). */
export function bigramSet(words: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (words.length === 1) out.add(words[0] as number);
  for (let i = 0; i + 1 < words.length; i++)
    out.add(combineHashes(words[i] as number, words[i + 1] as number));
  return out;
}

/** A key for a whole word sequence: equal sequences give equal keys. */
export function sequenceKey(words: readonly number[]): string {
  let a = 0x12345678;
  let b = 0x9abcdef0;
  for (const w of words) {
    a = combineHashes(a, w);
    b = combineHashes(w, b);
  }
  return `${words.length}:${a.toString(36)}:${b.toString(36)}`;
}
