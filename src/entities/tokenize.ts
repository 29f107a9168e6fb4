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
}

// Lower-case ASCII first: the most frequent by far.
const isLetterOrDigit = (c: number): boolean =>
  c <= 122
    ? c >= 97 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const MAX_WORD = 64;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Inside a word when followed by a letter or digit: Kompas.com, Ma'ruf, PDI-P, Pasuruan-Probolinggo.
const isJoiner = (c: number): boolean =>
  c === 46 || c === 39 || c === 45 || c === 0x2019 || c === 0x2010 || c === 0x2011;
// After these a capitalised word may just open a sentence: . ! ? : ; " “ ” ' ‘ ’ – — -
const isOpener = (c: number): boolean =>
  c < 128
    ? c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 39 || c === 45
    : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2013 || c === 0x2014;

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
export function tokenize(view: string, start = 0, end = view.length, common?: WordTable): Token[] {
  const tokens: Token[] = [];
  let i = start;
  let opens = true;
  let joins = false;
  let previousWasName = false;
  while (i < end) {
    const c = view.charCodeAt(i);
    if (!isLetterOrDigit(c)) {
      if (c === 10) {
        opens = true;
        joins = false;
      } else if (c !== 32) {
        joins = false;
        if (isOpener(c)) opens = true;
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = view.charCodeAt(j);
      if (isLetterOrDigit(d)) j++;
      else if (isJoiner(d) && j + 1 < end && joinsAcross(view, j, end)) j += 2;
      else break;
    }
    const first = view.charCodeAt(i);
    // No name has a word this long; skipping it keeps hostile input (a megabyte without spaces) linear and cheap.
    if (j - i > MAX_WORD) {
      previousWasName = false;
      opens = false;
      joins = false;
      i = j;
      continue;
    }
    const isLowerOrNumber = (first >= 97 && first <= 122) || (isDigit(first) && !(previousWasName && joins));
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
      if (isUpperCode(d)) upper++;
      else if (d >= 97 && d <= 122) lower++;
      else if (d === 45 && headHash === 0) headHash = hash | 0 || 1;
      hash = hashStep(hash, lowerCode(d));
    }
    hash = hash | 0 || 1;
    const isUpper = upper >= 2 && lower === 0;
    const isCapitalized: boolean = isUpperCode(first) || (isDigit(first) && previousWasName && joins);
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
    });
    previousWasName = isCapitalized;
    opens = false;
    joins = true;
    i = j;
  }
  return tokens;
}
