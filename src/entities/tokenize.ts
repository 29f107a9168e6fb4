import { HASH_START, hashStep, lowerCode, type WordTable } from './word-hash.js';

/**
 * A word of the text with its offsets and the shape facts that the entity rules read. The stage's tokenizer
 * ({@link makeTokenizer}) reuses its tokens from one paragraph to the next: hold none past the paragraph.
 */
export class Token {
  start = 0;
  end = 0;
  /** A frequent lower-case word of the language (`setelah`, `sosial`), per the `common` set given. */
  isCommon = false;
  /** Starts with an upper-case letter, or is a number or Roman numeral continuing a name (`KM 10`). */
  isCapitalized = false;
  /** Two or more letters, all upper case (`KPK`, `TENGGARONG`). */
  isUpper = false;
  /** First word of a sentence, a quotation or a paragraph. */
  opensSentence = false;
  /** Only white space between this token and the previous one. */
  joinsPrevious = false;
  /** The word holds a hyphen (`Jakarta-Amsterdam`, `PDI-P`). */
  hasDash = false;
  /** The first character's code. */
  first = 0;
  /** {@link hashWord} of the word, and of its part before a hyphen (`jakarta` of `Jakarta-Amsterdam`). */
  hash = 0;
  headHash = 0;
  /**
   * Which rule word lists may hold the word ({@link WORD_FLAGS} bits from the `flags` table given, by the
   * word's hash): a clear bit means the list surely lacks it, so its lookup is skipped. All set without a table.
   */
  flags = 0;
  /**
   * The most words (up to {@link MAX_PLACE_LONGEST}) of a known place name starting with this word (before any
   * hyphen), as the gazetteer's `longestFromHash(headHash)` gives it, 0 for none; -1 when the tokenizer was
   * given no such table (then ask the gazetteer).
   */
  placeLongest = -1;
  private source = '';
  private cachedText: string | undefined = undefined;
  private cachedWord: string | undefined = undefined;

  /** Points the token at `source[start, end)` (the shape facts are set by the tokenizer). */
  reset(source: string, start: number, end: number): void {
    this.source = source;
    this.start = start;
    this.end = end;
    this.cachedText = undefined;
    this.cachedWord = undefined;
  }

  /** The word as written (made on first use). */
  get text(): string {
    if (this.cachedText === undefined) this.cachedText = this.source.slice(this.start, this.end);
    return this.cachedText;
  }

  /** `text`, with an all-caps word of five letters or more title-cased (`KOMISI` → `Komisi`) for word lists. */
  get word(): string {
    if (this.cachedWord === undefined) {
      const text = this.text;
      this.cachedWord =
        this.isUpper && this.end - this.start >= 5 ? text[0] + text.slice(1).toLowerCase() : text;
    }
    return this.cachedWord;
  }

  /** The character right after the token (`.` for `H.`, `(` never: that follows a space). */
  get next(): string {
    return this.source.charAt(this.end);
  }
}

/** Bits of {@link Token.flags}: the word lists that may hold a word (`chunk-state.ts` `wordFlags` builds the table). */
export const WORD_FLAGS = {
  /** Titles and title continuations. */
  TITLE: 1,
  HONORIFIC: 2,
  ORGANIZATION_HEAD: 4,
  /** Lower-case name connectors (`bin`, `van`). */
  CONNECTOR: 8,
  /** `specialWords`: titles, heads, prefixes, first words of organisations, short forms of places. */
  SPECIAL: 16,
  /** Place prefixes and facility heads. */
  PLACE_HEAD: 32,
  /** Words opening laws and regulations. */
  LAW: 64,
  /** Known organisations and organisation tail words. */
  ORGANIZATION: 128,
} as const;
const ALL_FLAGS = 255;

// Character classes by code (below U+2000; above it only joiners and openers matter), one table look-up per
// character instead of a chain of comparisons.
const LETTER_OR_DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const JOINER = 16;
const OPENER = 32;
const CLASS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  let k = 0;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) k |= LETTER_OR_DIGIT;
  if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) k |= LETTER_OR_DIGIT;
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) k |= UPPER;
  if (c >= 97 && c <= 122) k |= LOWER;
  if (c >= 48 && c <= 57) k |= DIGIT;
  // Inside a word when followed by a letter or digit: Kompas.com, Ma'ruf, PDI-P, Pasuruan-Probolinggo.
  if (c === 46 || c === 39 || c === 45) k |= JOINER;
  // After these a capitalised word may just open a sentence: . ! ? : ; " ' -
  if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 39 || c === 45)
    k |= OPENER;
  CLASS[c] = k;
}
/** The class bits of a character code (past U+2000: ’ ‐ ‑ join, “ ” ‘ ’ – — open). */
const classOf = (c: number): number =>
  c < 0x2000
    ? (CLASS[c] as number)
    : c === 0x2019
      ? JOINER | OPENER
      : c === 0x2010 || c === 0x2011
        ? JOINER
        : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2013 || c === 0x2014
          ? OPENER
          : 0;
const isLetterOrDigit = (c: number): boolean => c < 0x2000 && ((CLASS[c] as number) & LETTER_OR_DIGIT) !== 0;
const isUpperCode = (c: number): boolean => c < 0x2000 && ((CLASS[c] as number) & UPPER) !== 0;
const MAX_WORD = 64;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the joiner at `k` is inside a word: `Kompas.com`, `Grid.ID`, `PDI-P`; not `10-Bruno`, `Simic.Pelatih`. */
function joinsAcross(view: string, k: number, end: number): boolean {
  const before = view.charCodeAt(k - 1);
  const after = view.charCodeAt(k + 1);
  if (!isLetterOrDigit(after)) return false;
  const joiner = view.charCodeAt(k);
  if (joiner === 46) {
    const second = k + 2 < end ? view.charCodeAt(k + 2) : 0;
    return (after >= 97 && after <= 122) || (isUpperCode(after) && isUpperCode(second));
  }
  if (joiner === 45 && isDigit(before) && !isDigit(after)) return false;
  return true;
}

/** The first character code of the next word after `k` (past spaces), or 0. */
function nextWordStart(view: string, k: number, end: number): number {
  while (k < end && view.charCodeAt(k) === 32) k++;
  return k < end ? view.charCodeAt(k) : 0;
}

/** Bit of a {@link makeTokenizer} table's values: the word is a frequent lower-case word (`Token.isCommon`). */
export const COMMON_FLAG = 256;
/** Where a {@link makeTokenizer} table's values keep `Token.placeLongest` (3 bits, capped). */
export const PLACE_LONGEST_SHIFT = 9;
/** The cap of `Token.placeLongest` from a table (more than any lookup reads: names are looked up to 5 words). */
export const MAX_PLACE_LONGEST = 7;

/**
 * Splits `view[start, end)` into tokens; one pass, no regular expressions. Lower-case words are kept only
 * right before a capitalised word (where the rules read them); `common` marks frequent words.
 */
export function tokenize(
  view: string,
  start = 0,
  end = view.length,
  common?: WordTable,
  flags?: WordTable,
): Token[] {
  const tokens: Token[] = [];
  scan(view, start, end, tokens, undefined, common, flags, undefined);
  return tokens;
}

/**
 * A tokenizer for the stage: {@link tokenize} with one table whose values are the {@link WORD_FLAGS} bits,
 * {@link COMMON_FLAG} and `Token.placeLongest` (one lookup per word; `chunk-state.ts` `tokenTable` builds it,
 * `longestFromHash` answers for hyphenated words), reusing its token objects from call to call (a token is
 * valid until the next call).
 */
export function makeTokenizer(
  table: WordTable,
  longestFromHash?: (headHash: number) => number,
): (view: string, start: number, end: number) => Token[] {
  const pool: Token[] = [];
  return (view, start, end) => {
    const tokens: Token[] = [];
    scan(view, start, end, tokens, pool, undefined, undefined, table, longestFromHash);
    return tokens;
  };
}

function scan(
  view: string,
  start: number,
  end: number,
  tokens: Token[],
  pool: Token[] | undefined,
  common: WordTable | undefined,
  flags: WordTable | undefined,
  both: WordTable | undefined,
  longestFromHash?: (headHash: number) => number,
): void {
  let i = start;
  let opens = true;
  let joins = false;
  let previousWasName = false;
  while (i < end) {
    const c = view.charCodeAt(i);
    const kind = classOf(c);
    if ((kind & LETTER_OR_DIGIT) === 0) {
      if (c === 10) {
        opens = true;
        joins = false;
      } else if (c !== 32) {
        joins = false;
        if ((kind & OPENER) !== 0) opens = true;
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const code = view.charCodeAt(j);
      // Lower-case ASCII letters, most of the text, first.
      if (code >= 97 && code <= 122) {
        j++;
        continue;
      }
      const d = classOf(code);
      if ((d & LETTER_OR_DIGIT) !== 0) j++;
      else if ((d & JOINER) !== 0 && j + 1 < end && joinsAcross(view, j, end)) j += 2;
      else break;
    }
    // No name has a word this long; skipping it keeps hostile input (a megabyte without spaces) linear and cheap.
    if (j - i > MAX_WORD) {
      previousWasName = false;
      opens = false;
      joins = false;
      i = j;
      continue;
    }
    const isLowerOrNumber = (kind & LOWER) !== 0 || ((kind & DIGIT) !== 0 && !(previousWasName && joins));
    if (isLowerOrNumber && !isUpperCode(nextWordStart(view, j, end))) {
      // A lower-case word or a number matters only before a capitalised word (a connector, `di`, `kata`).
      previousWasName = false;
      opens = false;
      joins = false;
      i = j;
      continue;
    }
    let upper = 0;
    let lower = 0;
    let hash = HASH_START;
    let headHash = 0;
    let dash = false;
    for (let k = i; k < j; k++) {
      const d = view.charCodeAt(k);
      const dk = d < 0x2000 ? (CLASS[d] as number) : 0;
      if ((dk & UPPER) !== 0) {
        upper++;
        hash = hashStep(hash, d < 128 ? d | 32 : lowerCode(d));
        continue;
      }
      if ((dk & LOWER) !== 0) lower++;
      else if (d === 45) {
        dash = true;
        if (headHash === 0) headHash = hash | 0 || 1;
      }
      hash = hashStep(hash, d < 128 ? d : lowerCode(d));
    }
    hash = hash | 0 || 1;
    const isCapitalized: boolean = (kind & UPPER) !== 0 || ((kind & DIGIT) !== 0 && previousWasName && joins);
    let token: Token;
    if (pool === undefined) token = new Token();
    else {
      const reused = pool[tokens.length];
      if (reused === undefined) {
        token = new Token();
        pool.push(token);
      } else token = reused;
    }
    token.reset(view, i, j);
    token.isUpper = upper >= 2 && lower === 0;
    token.isCapitalized = isCapitalized;
    token.opensSentence = opens;
    token.joinsPrevious = joins;
    token.hasDash = dash;
    token.first = c;
    token.hash = hash;
    token.headHash = headHash || hash;
    if (both !== undefined) {
      const value = both.get(hash);
      token.isCommon = (value & COMMON_FLAG) !== 0;
      token.flags = value & ALL_FLAGS;
      // The table holds the place bits by the whole word's hash: a hyphenated word asks for its head's.
      token.placeLongest =
        longestFromHash === undefined
          ? -1
          : dash
            ? Math.min(MAX_PLACE_LONGEST, longestFromHash(token.headHash))
            : value >>> PLACE_LONGEST_SHIFT;
    } else {
      token.isCommon = common !== undefined && common.get(hash) !== 0;
      token.flags = flags === undefined ? ALL_FLAGS : flags.get(hash);
      token.placeLongest = -1;
    }
    tokens.push(token);
    previousWasName = isCapitalized;
    opens = false;
    joins = true;
    i = j;
  }
}
