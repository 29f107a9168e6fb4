import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../data/abbreviations.js';

const TITLES = new Set(TITLE_ABBREVIATIONS);
const WORD_STOP = new Set([' ', '\n', '\t', '(', '"', '“']);
const FINALS = new Set(FINAL_ABBREVIATIONS);

/** A sentence end candidate: final punctuation, closing quotes or brackets, white space, then a capital or digit. */
// Not in Unicode mode (much faster to scan); capitals outside Latin-1 rarely open an Indonesian sentence.
const CANDIDATE = /[.!?…]+["”’')\]]*(?=\s+["“'‘(]?[A-Z\u00c0-\u00de\d])/g;

/** Whether the word before a period is an abbreviation or an initial (`Dr`, `Jl`, `H`, `S.H`, `M.Si`). */
function isAbbreviation(word: string): boolean {
  if (FINALS.has(word)) return false;
  if (TITLES.has(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: `M. Chatib Basri`
  // Dotted abbreviations whose parts are short: `S.H`, `M.Si`, `Ph.D`, `A.S`.
  return word.includes('.') && word.split('.').every((part) => part.length <= 3);
}

/**
 * Sentence ends in `text[from, to)`, as offsets just after the final punctuation (and closing quotes), aware of
 * Indonesian abbreviations (`Dr.`, `H.`, `Jl.`, `No.`, `S.H.`), initials, and numbers (`1.000.000`, `10.00 WIB`).
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1) {
      let s = m.index;
      while (s > 0 && !WORD_STOP.has(slice[s - 1] as string)) s--;
      const word = slice.slice(s, m.index);
      if (isAbbreviation(word)) continue;
      // `No. 5`, `Rp. 5`: an abbreviation before a number.
      if (/^(?:No|Nomor|Rp|Hal|Pasal|Tahun|Kav|Km)$/i.test(word)) continue;
    }
    ends.push(from + end);
  }
  return ends;
}
