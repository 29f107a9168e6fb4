import { SENTENCE_STARTERS } from '../data/sentence-starters.js';
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
const WORD = /\S+/g;
const LOWER_START = /^\p{Ll}/u;
const CAPITALISED = /^["“'‘(]?[\p{Lu}\d]/u;

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
  const words: Array<{ at: number; word: string }> = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text))
    words.push({ at: m.index, word: m[0] });
  let lastCapital = -1;
  let lowerRun = 0;
  for (let k = 0; k < words.length; k++) {
    const { at, word } = words[k] as { at: number; word: string };
    if (CAPITALISED.test(word)) {
      const next = words[k + 1]?.word ?? '';
      if (k >= 2 && STARTERS.has(word.replace(/[,.:;]$/, '')) && LOWER_START.test(next)) return at;
      lastCapital = at;
      lowerRun = 0;
    } else if (!LOWER_WORDS.has(word.toLowerCase())) {
      lowerRun++;
      if (lowerRun >= 2 && lastCapital > from) return lastCapital;
    }
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
