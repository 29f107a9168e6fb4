import { HASH_START, hashStep, lowerCode, type WordTable } from './word-hash.js';

/** A word of the text with its offsets and the shape facts that the entity rules read. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `text`, with an all-caps word of five letters or more title-cased (`KOMISI` → `Komisi`) for word lists. */
  readonly word: string;
  /** A frequent lower-case word of the language (`setelah`, `sosial`), per the `common` set given. */
  readonly isCommon: boolean;
  /** Starts with an upper-case letter, or is a number or Roman numeral continuing a name (`KM 10`). */
  readonly isCapitalized: boolean;
  /** Two or more letters, all upper case (`KPK`, `TENGGARONG`). */
  readonly isUpper: boolean;
  /** First word of a sentence, a quotation or a paragraph. */
  readonly opensSentence: boolean;
  /** Only white space between this token and the previous one. */
  readonly joinsPrevious: boolean;
  /** The character right after the token (`.` for `H.`, `(` never: that follows a space). */
  readonly next: string;
  /** {@link hashWord} of the word, and of its part before a hyphen (`jakarta` of `Jakarta-Amsterdam`). */
  readonly hash: number;
  readonly headHash: number;
  /**
   * Which rule word lists may hold the word ({@link WORD_FLAGS} bits from the `flags` table given, by the
   * word's hash): a clear bit means the list surely lacks it, so its lookup is skipped. All set without a table.
   */
  readonly flags: number;
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
    const text = view.slice(i, j);
    let upper = 0;
    let lower = 0;
    let hash = HASH_START;
    let headHash = 0;
    for (let k = i; k < j; k++) {
      const d = view.charCodeAt(k);
      const dk = d < 0x2000 ? (CLASS[d] as number) : 0;
      if ((dk & UPPER) !== 0) {
        upper++;
        hash = hashStep(hash, d < 128 ? d | 32 : lowerCode(d));
        continue;
      }
      if ((dk & LOWER) !== 0) lower++;
      else if (d === 45 && headHash === 0) headHash = hash | 0 || 1;
      hash = hashStep(hash, d < 128 ? d : lowerCode(d));
    }
    hash = hash | 0 || 1;
    const isUpper = upper >= 2 && lower === 0;
    const isCapitalized: boolean = (kind & UPPER) !== 0 || ((kind & DIGIT) !== 0 && previousWasName && joins);
    tokens.push({
      start: i,
      end: j,
      text,
      word: isUpper && j - i >= 5 ? text[0] + text.slice(1).toLowerCase() : text,
      isCommon: common !== undefined && common.get(hash) !== 0,
      isCapitalized,
      isUpper,
      opensSentence: opens,
      joinsPrevious: joins,
      next: view[j] ?? '',
      hash,
      headHash: headHash || hash,
      flags: flags === undefined ? ALL_FLAGS : flags.get(hash),
    });
    previousWasName = isCapitalized;
    opens = false;
    joins = true;
    i = j;
  }
  return tokens;
}
