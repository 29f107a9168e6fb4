import { SENTENCE_STARTERS } from '../data/sentence-starters.js';
import { isSpace } from '../text/chars.js';
import { findJunction } from './junctions.js';

/** Longest linked headline, in characters, before other clues are needed to find its end. */
const MAX_HEADLINE = 180;

/** Words that Indonesian headlines keep in lower case inside a title-cased headline. */
const LOWER_WORDS = new Set(
  'di ke dari dan yang untuk dengan soal pada atau dalam vs oleh akibat ala bagi per tentang terhadap karena agar saat hingga sebagai jadi usai jelang ini itu'.split(
    ' ',
  ),
);

const STARTERS = new Set(SENTENCE_STARTERS);
/** The longest of LOWER_WORDS: a longer word is none of them, whatever its case. */
const LONGEST_LOWER = Math.max(...[...LOWER_WORDS].map((w) => w.length));
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CAPITALISED = /^["“'‘(]?[\p{Lu}\d]/u;

/** Whether the code point at `p` matches `regex` (a one-character Unicode class). */
function codePointIs(text: string, p: number, regex: RegExp): boolean {
  return regex.test(String.fromCodePoint(text.codePointAt(p) as number));
}

/** `CAPITALISED.test(text.slice(at, end))` without the slice: a capital or digit, maybe after a quote. */
function isCapitalised(text: string, at: number, end: number): boolean {
  let p = at;
  let c = text.charCodeAt(p);
  if (c === 0x22 || c === 0x201c || c === 0x27 || c === 0x2018 || c === 0x28) {
    if (++p >= end) return false;
    c = text.charCodeAt(p);
  }
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x2000 && c <= 0x206f) return false; // dashes, quotes, ellipsis: no letters in general punctuation
  return codePointIs(text, p, UPPER);
}

/** `/^\p{Ll}/u.test(text.slice(at))`: a lower-case letter at `at`. */
function isLowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x2000 && c <= 0x206f) return false;
  return codePointIs(text, at, LOWER);
}

/**
 * End of a headline that starts at `from` in `text` (a `Baca juga:` link or a caption): the first glued
 * sentence boundary, else the end of the text; when that is too long for a headline, where title-cased words
 * give way to a lower-case sentence.
 */
export function headlineEnd(text: string, from: number): number {
  const junction = findJunction(text, from, Math.min(text.length, from + 400));
  const end = junction >= 0 ? junction : text.length;
  if (end - from <= MAX_HEADLINE) return end;
  // Title-cased words, then a sentence: it starts at a usual sentence opener followed by a lower-case word
  // (`… Lebaran Misalnya pada …`), else at the last capitalised word before two lower-case words in a row.
  // The words (runs of non-space starting before `end`) are walked in place, with no word strings made
  // except for the few compared with the word lists.
  let lastCapital = -1;
  let lowerRun = 0;
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  for (let k = 0; at < end; k++) {
    let wordEnd = at + 1;
    while (wordEnd < text.length && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
    let next = wordEnd;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (isCapitalised(text, at, wordEnd)) {
      if (k >= 2 && next < end && isLowerAt(text, next)) {
        const word = text.slice(at, wordEnd);
        if (STARTERS.has(word.replace(/[,.:;]$/, ''))) return at;
      }
      lastCapital = at;
      lowerRun = 0;
    } else if (wordEnd - at > LONGEST_LOWER || !LOWER_WORDS.has(text.slice(at, wordEnd).toLowerCase())) {
      lowerRun++;
      if (lowerRun >= 2 && lastCapital > from) return lastCapital;
    }
    at = next;
  }
  return end;
}

/** Whether a paragraph looks like a linked headline in a box: short, no final period, two words or more. */
export function isHeadlineLike(text: string): boolean {
  if (text.length > 160 || text.length < 10) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2) return false;
  const capitals = words.filter((w) => CAPITALISED.test(w)).length;
  return capitals / words.length >= 0.5;
}
