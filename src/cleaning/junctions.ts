import { TITLE_ABBREVIATIONS } from '../data/abbreviations.js';
import { CAMEL_CASE_WORDS, CAMEL_NAME_PREFIXES } from '../data/boilerplate.js';

const CAMEL = new Set(CAMEL_CASE_WORDS.map((w) => w.toLowerCase()));
const PREFIXES = new Set(CAMEL_NAME_PREFIXES);
const TITLES = new Set(TITLE_ABBREVIATIONS);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const OPEN_QUOTE = /["“]/;
const SPACE = /\s/;

function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(c);
}

function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(c);
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // Outside ASCII one test: \p{L} holds \p{Lu} and \p{Ll}.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < LATIN_END) return LATIN_LETTER[code] === 1;
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: quotes, dashes
  return LETTER.test(c);
}

/** Codes below this are told letters by LATIN_LETTER (no regex call for `é` or a curly quote). */
const LATIN_END = 0x250;
const LATIN_LETTER = Uint8Array.from({ length: LATIN_END }, (_, code) =>
  LETTER.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Start of the word that ends just before `i` (after the last white space). */
function wordStart(text: string, i: number, floor: number): number {
  let s = i;
  while (s > floor && !SPACE.test(text[s - 1] as string)) s--;
  return s;
}

/**
 * Whether a glued sentence boundary starts at `i`: a capital (or an opening quote and a capital) directly after
 * a lower-case letter, a digit or a sentence end, with no space, as scrapes leave when they drop the break
 * between a caption or headline and the next paragraph (`JepangMeski`, `konstruksi.Selain`, `2019Perbaikan`).
 * Camel-case words (`YouTube`, `McLaren`, `MotoGP`), `4G` and abbreviations (`Jl.Sudirman`, `S.H.`) are not.
 */
export function isJunction(text: string, i: number, floor = 0, strict = false): boolean {
  if (i <= floor || i >= text.length) return false;
  const prev = text[i - 1] as string;
  // The common case first: a word after a space is never glued.
  if (prev === ' ' || prev === '\n' || prev === '\u00a0') return false;
  // Strict: only after sentence punctuation (`ini.Senior`, `ditutup."Makanya`), for running text where camel-case
  // brand names (`TapCash`, `UnikQu`) are more common than lost breaks.
  if (
    strict &&
    !isSentenceMark(text.charCodeAt(i - 1)) &&
    !(isClosingQuote(text.charCodeAt(i - 1)) && isSentenceMark(codeAt(text, i - 2)))
  )
    return false;
  let c = text[i] as string;
  let at = i;
  if (OPEN_QUOTE.test(c)) {
    at = i + 1;
    if (at >= text.length) return false;
    c = text[at] as string;
    if (!isUpper(c)) return false;
    return (strict ? /[.!?]/ : /[\p{Ll}\d.!?,)]/u).test(prev);
  }
  if (!isUpper(c)) return false;
  // The capital run after the boundary: `Meski` has one capital, `PSIS` four, `GP` in MotoGP two.
  let run = at;
  while (run < text.length && isUpper(text[run])) run++;
  const runLength = run - at;
  const after = text[run];
  const capsTail = !isLetter(after);
  if (isLower(prev)) {
    if (capsTail) return false; // MotoGP, KompasTV, OpenAI
    const start = wordStart(text, i, floor);
    const left = text.slice(start, i);
    if (/^[@#]|\//.test(left)) return false; // handles, hashtags, links
    if (left.length <= 2 && isLower(left[0])) return false; // iPhone, eKTP
    if (PREFIXES.has(left)) return false; // McLaren, LeBron, DiCaprio
    let end = run;
    while (end < text.length && isLetter(text[end])) end++;
    if (CAMEL.has(text.slice(start, end).toLowerCase())) return false;
    return true;
  }
  if (isUpper(prev)) {
    // An acronym glued to the next sentence: `KPUBeberapa`, `SumutKasubdit` is handled above.
    if (!isLower(text[i + 1])) return false;
    let s = i - 1;
    while (s > floor && isUpper(text[s - 1])) s--;
    return i - s >= 3 && (s === floor || !isLetter(text[s - 1]));
  }
  if (DIGIT.test(prev)) return !(capsTail && runLength <= 2); // 4G, 3D, but 1PSIS and 2019Perbaikan
  if (prev === '!' || prev === '?') return true;
  if (prev === '.') {
    const word = text.slice(wordStart(text, i - 1, floor), i - 1);
    if (capsTail && isUpper(word[0])) return false; // `Grid.ID`, `Detik.COM`: a name with a dot
    if (/[\d)]$/.test(word)) return true; // `(16/11/2014).Park`, `2019.Hingga`
    // Initials, degrees and title abbreviations: `A.S.`, `M.Si.`, `Jl.Sudirman`, `H.Ahmad`.
    if (word.includes('.') || word.length <= 2 || TITLES.has(word)) return false;
    return true;
  }
  if (prev === ')' || prev === '”') return true;
  // A straight or single closing quote after sentence punctuation: `ditutup."Makanya`, not `"Sosialisasi`.
  if (prev === '"' || prev === '’' || prev === "'")
    return i - 2 >= floor && /[.!?,]/.test(text[i - 2] as string);
  return false;
}

/** `.`, `!` or `?` by code. */
function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** `"`, `”`, `’` or `'`. */
function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27;
}

/** Whether `c` is a capital that can open a glued sentence: `[A-Z\u00c0-\u00de]`. */
function isCandidateCapital(c: number): boolean {
  // Unsigned differences: each range is one comparison, always made (no test seldom reached).
  return (c - 0x41) >>> 0 <= 0x19 || (c - 0xc0) >>> 0 <= 0x1e;
}

/**
 * The code at `p`, 0 past the end: reading past a string's end (NaN) throws optimised code away the first time
 * it happens, at the end of some paragraph long after the code was compiled.
 */
function codeAt(text: string, p: number): number {
  return p >= 0 && p < text.length ? text.charCodeAt(p) : 0;
}

/** Whether a capital, maybe after an opening quote, starts at `p`: `(?=["“]?[A-Z\u00c0-\u00de])`. */
function capitalAt(text: string, p: number): boolean {
  const c = codeAt(text, p);
  if (c === 0x22 || c === 0x201c) return isCandidateCapital(codeAt(text, p + 1)) || isCandidateCapital(c);
  return isCandidateCapital(c);
}

/**
 * Where a strict boundary can be: sentence punctuation, maybe a closing quote, then a capital or quote
 * (`[.!?]["”’']?(?=["“]?[A-Z\u00c0-\u00de])`, as a character loop). Returns the length of the candidate at `k`
 * (1 or 2), or 0. Capitals outside Latin-1 are rare after a glued period.
 */
function strictCandidate(text: string, k: number): number {
  const q = codeAt(text, k + 1);
  if ((q === 0x22 || q === 0x201d || q === 0x2019 || q === 0x27) && capitalAt(text, k + 2)) return 2;
  return capitalAt(text, k + 1) ? 1 : 0;
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** The strict boundary at candidate `k` (a `strictCandidate` of `length`) in `text[from, to)`, or -1. */
function strictJunctionAt(text: string, k: number, length: number, from: number, to: number): number {
  let i = k + length;
  // A straight quote after the period may close this sentence or open the next (`lagi."Setuju," jawab`):
  // it opens one when the quotes before it are paired.
  if (length === 2 && text.charCodeAt(k + 1) === 0x22 && countQuotes(text, from, k + 1) % 2 === 0) i--;
  return i < to && isJunction(text, i, from, true) ? i : -1;
}

/**
 * Where strict boundaries can be in the whole `text` (offsets of the punctuation, ascending), for
 * `findStrictJunction`: one scan of a text serves all its paragraphs. Each punctuation mark is found with
 * `indexOf` (a native scan, several times faster than a regex stopping at each one; `!` and `?` are rare) and
 * checked with `strictCandidate`: the places `/[.!?](?=["”’'][“"]?[A-Z\u00c0-\u00de]|["“]?[A-Z\u00c0-\u00de])/g`
 * matches.
 */
export function strictCandidates(text: string): number[] {
  const out: number[] = [];
  let other = false;
  for (const mark of ['!', '?']) {
    for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) {
      if (strictCandidate(text, k) === 0) continue;
      out.push(k);
      other = true;
    }
  }
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1))
    if (strictCandidate(text, k) !== 0) out.push(k);
  if (other) out.sort((a, b) => a - b);
  return out;
}

/** `findJunction(text, from, to, true)`, trying only the `candidates` of the text (`strictCandidates(text)`). */
export function findStrictJunction(
  text: string,
  from: number,
  to: number,
  candidates: readonly number[],
): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((candidates[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n < candidates.length; n++) {
    const k = candidates[n] as number;
    if (k >= to) break;
    const i = strictJunctionAt(text, k, strictCandidate(text, k), from, to);
    if (i >= 0) return i;
  }
  return -1;
}

/** The first glued sentence boundary in `text[from, to)`, or -1 (`strict`: after sentence punctuation only). */
export function findJunction(text: string, from: number, to: number, strict = false): number {
  if (strict) {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
      const length = strictCandidate(text, k);
      if (length === 0) continue;
      const i = strictJunctionAt(text, k, length, from, to);
      if (i >= 0) return i;
    }
    return -1;
  }
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast path: lower-case ASCII letters, digits, spaces and most punctuation never start a boundary.
    if (c < 0x41 ? c !== 0x22 : c >= 0x61 && c <= 0x7a) continue;
    // A word after a space is never glued (isJunction's first test, without the call: title-cased text has one
    // at every word).
    const p = text.charCodeAt(i - 1);
    if (p === 0x20 || p === 0x0a || p === 0xa0) continue;
    if (isJunction(text, i, from, strict)) return i;
  }
  return -1;
}
