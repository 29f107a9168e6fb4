import { NOT_NAMES } from '../data/speech-verbs.js';
import { HONORIFICS, TITLE_WORDS } from '../data/titles.js';
import { isUpperCode, isWordCode, skipSpaces, skipSpacesBack, wordEnd, wordStart } from './text.js';

/** Titles, ranks and honorifics: never part of a name read from a cue. */
export const TITLE: ReadonlySet<string> = new Set([...TITLE_WORDS, ...HONORIFICS]);

/** The titles that start with a capital A–Z, that capital lower-cased (`Bupati` → `bupati`). */
const LOWER_LED_TITLES: ReadonlySet<string> = new Set(
  [...TITLE].filter((t) => /^[A-Z]/.test(t)).map((t) => t.charAt(0).toLowerCase() + t.slice(1)),
);

/**
 * Whether a word written with its first letter upper-cased is a title (`bupati` → `Bupati`):
 * `TITLE.has(word.charAt(0).toUpperCase() + word.slice(1))`, without the new string for a word led by a–z.
 */
export function isCapitalizedTitle(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return LOWER_LED_TITLES.has(word);
  // Upper-casing changes nothing for a capital, a digit or a mark (and the word itself was looked up).
  if (c < 128) return false;
  return TITLE.has(word.charAt(0).toUpperCase() + word.slice(1));
}
/** Most words a name read straight from a cue can have (`Khofifah Indar Parawansa`). */
const MAX_NAME_WORDS = 3;

/** Capitalised words that open sentences, and days and months, which never name anyone. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  ...NOT_NAMES,
  'Ia',
  'Dia',
  'Beliau',
  'Mereka',
  'Kami',
  'Kita',
  'Saya',
  'Hal',
  'Ini',
  'Itu',
  'Namun',
  'Sementara',
  'Sedangkan',
  'Menurut',
  'Selain',
  'Kemudian',
  'Lalu',
  'Adapun',
  'Sebelumnya',
  'Terlebih',
  'Meski',
  'Kepada',
  'Dalam',
  'Di',
  'Setelah',
  'Saat',
  'Ketika',
  'Bahkan',
  'Selanjutnya',
  'Pihaknya',
  'Sang',
]);
/** Words after which a mention is an object, not the one speaking. */
const OBJECT_MARKERS = new Set([
  'kepada',
  'dengan',
  'untuk',
  'bersama',
  'oleh',
  'dari',
  'terhadap',
  'dan',
  'atau',
  'paman',
  'ayah',
  'ibu',
  'istri',
  'suami',
  'anak',
]);
/** The pronoun a cue's subject may end on that starts with this lower-case letter (`d` → `dia`), if any. */
function pronounStarting(c: number): string | undefined {
  switch (c) {
    case 100: // d
      return 'dia';
    case 105: // i
      return 'ia';
    case 98: // b
      return 'beliau';
    case 112: // p
      return 'pihaknya';
    case 109: // m
      return 'menurutnya';
    default:
      return undefined;
  }
}
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Whether a code point is a letter or a number (`\p{L}`, `\p{N}`). */
function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A description that points back (`pria 40 tahun ini`, `pejabat tersebut`). */
export const DEMONSTRATIVE = /\s(?:ini|tersebut|itu)\s*$/;

/** The demonstratives `DEMONSTRATIVE` looks for. */
const DEMONSTRATIVES = ['ini', 'tersebut', 'itu'];
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
/**
 * Whether `view.slice(from, to)` ends with a demonstrative (`DEMONSTRATIVE.test` on the slice), read by char
 * code; white space outside ASCII goes to the regex.
 */
export function endsWithDemonstrative(view: string, from: number, to: number): boolean {
  let t = to;
  while (t > from && isAsciiSpace(view.charCodeAt(t - 1))) t--;
  for (const word of DEMONSTRATIVES) {
    const w = t - word.length;
    if (w - 1 < from || !view.startsWith(word, w)) continue;
    const c = view.charCodeAt(w - 1);
    if (isAsciiSpace(c)) return true;
    if (c >= 128) return DEMONSTRATIVE.test(view.slice(from, to));
  }
  if (t > from && view.charCodeAt(t - 1) >= 128) return DEMONSTRATIVE.test(view.slice(from, to));
  return false;
}

/** A word of a cue's subject: whether it can be part of a name, and what stands right before it. */
export interface Word {
  readonly s: number;
  readonly e: number;
  /** Capitalised and not a pronoun or sentence opener. */
  readonly name: boolean;
  /** Punctuation (`,`, `(`) came before it: a name run breaks there. */
  readonly broken: boolean;
  /** The lower-case word right before it, or ''. */
  readonly lead: string;
}

/** The words of `view[start, end)`. */
export function wordsOf(view: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let broken = false;
  let lead = '';
  let i = start;
  while (i < end) {
    const c = view.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c !== 32 && c !== 10) {
        broken = true;
        lead = '';
      }
      i++;
      continue;
    }
    const e = wordEnd(view, i, end);
    const name = isUpperCode(c) && !NOT_NAME.has(view.slice(i, e));
    out.push({ s: i, e, name, broken, lead });
    lead = name || e - i > 12 ? '' : view.slice(i, e).toLowerCase();
    broken = false;
    i = e;
  }
  return out;
}

/** Start of the last pronoun (`dia`, `ia`, `beliau`, `pihaknya`) in `view[start, end)`, or -1. */
export function lastPronoun(view: string, start: number, end: number): number {
  // What `/(?:^|[^\p{L}\p{N}])(?:dia|ia|beliau|pihaknya|menurutnya)(?![\p{L}\p{N}])/giu` over
  // `view.slice(start, end)` gives as its last match's index, without the slice and the regex.
  let last = -1;
  for (let p = start; p < end; p++) {
    const pronoun = pronounStarting(view.charCodeAt(p) | 32);
    if (pronoun === undefined || p + pronoun.length > end) continue;
    let k = 0;
    for (; k < pronoun.length; k++) {
      const c = view.charCodeAt(p + k);
      const t = pronoun.charCodeAt(k);
      if ((c | 32) !== t && !(t === 107 && c === 0x212a)) break; // the Kelvin sign folds to `k`
    }
    if (k < pronoun.length) continue;
    const after = p + k;
    if (after < end) {
      const c = view.charCodeAt(after);
      const cp =
        isHigh(c) && after + 1 < end && isLow(view.charCodeAt(after + 1)) ? view.codePointAt(after) : c;
      if (isLetterOrNumber(cp ?? c)) continue;
    }
    if (p === start) {
      last = p;
      continue;
    }
    const b = view.charCodeAt(p - 1);
    const pair = isLow(b) && p - 2 >= start && isHigh(view.charCodeAt(p - 2));
    const cp = pair ? (view.codePointAt(p - 2) ?? b) : b;
    if (!isLetterOrNumber(cp)) last = pair ? p - 2 : p - 1;
  }
  return last;
}

/** Whether a name after this word is an object or an aside (`kepada X`, `di Twitter`, `diberitakan AFP`). */
function isObjectLead(lead: string): boolean {
  if (!lead || lead === 'melalui') return false;
  return OBJECT_MARKERS.has(lead) || isPrefixedVerb(lead);
}

/**
 * Whether a word is letters a–z led by `di`, `me`, `ber` or `ter` and three letters more:
 * `/^(?:di|me[mnlr]?|ber|ter)[a-z]{3,}$/` by char code (`me[mnlr]?` then three letters is `me` then three).
 */
export function isPrefixedVerb(word: string): boolean {
  const n = word.length;
  if (n < 5) return false;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if ((a === 100 && b === 105) || (a === 109 && b === 101)) return true; // di, me
  return n >= 6 && (a === 98 || a === 116) && b === 101 && word.charCodeAt(2) === 114; // ber, ter
}

/** Whether the word before `pos` (not before `floor`) makes a mention at `pos` an object. */
export function isObjectAt(view: string, pos: number, floor: number): boolean {
  const e = skipSpacesBack(view, pos, floor);
  const s = wordStart(view, e, floor);
  return s < e && e - s <= 14 && isObjectLead(view.slice(s, e));
}

/** A name read from the text with the title words written before it. */
export interface WrittenName {
  readonly name: string;
  readonly titles: readonly string[];
  /** Where the name was read in the cue. */
  readonly start: number;
  readonly end: number;
}

/**
 * The name as written: the last run of capitalised words less titles and honorifics (at most three words;
 * a one-word name goes through `fuller`). In a subject region, runs that are objects or asides are skipped.
 */
export function nameFromWords(
  view: string,
  words: readonly Word[],
  region: boolean,
  fuller: (word: string) => string,
): WrittenName | null {
  let k = words.length - 1;
  while (k >= 0) {
    while (k >= 0 && !words[k]?.name) k--;
    const last = k;
    while (k > 0 && words[k - 1]?.name && !words[k]?.broken) k--;
    const first = k;
    k--;
    if (last < 0) break;
    if (region && isObjectLead(words[first]?.lead ?? '')) continue;
    let head = last + 1;
    while (head > first && last - head + 1 < MAX_NAME_WORDS) {
      const w = words[head - 1];
      if (!w || TITLE.has(view.slice(w.s, w.e))) break;
      head--;
    }
    const h = words[head];
    const t = words[last];
    if (head > last || !h || !t) {
      if (region) continue;
      return null;
    }
    let name = foldSpaces(view.slice(h.s, t.e));
    if (head === last) name = fuller(name);
    const title = titleBefore(view, words[first]?.s ?? h.s, h.s);
    return { name, titles: title ? [title] : [], start: h.s, end: t.e };
  }
  return null;
}

/** `text.replace(/\s+/g, ' ')`, run only when `text` holds white space other than lone spaces. */
function foldSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c <= 32 || c >= 128) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/**
 * The title words `view[s, e)` before a name: `view.slice(s, e).replace(/[\s,]+$/, '').replace(/\s+/g, ' ')`, the
 * trailing spaces and commas trimmed by char code (white space outside ASCII goes to the regexes).
 */
function titleBefore(view: string, s: number, e: number): string {
  let t = e;
  for (; t > s; t--) {
    const c = view.charCodeAt(t - 1);
    if (c >= 128)
      return view
        .slice(s, e)
        .replace(/[\s,]+$/, '')
        .replace(/\s+/g, ' ');
    if (!(c === 44 || c === 32 || (c >= 9 && c <= 13))) break;
  }
  return t > s ? foldSpaces(view.slice(s, t)) : '';
}

/** Extends a one-word name to the fullest `Word Next…` written in the paragraphs (`Dwi` → `Dwi Pratikto`). */
export function fullerName(
  view: string,
  paragraphs: readonly { start: number; end: number }[],
  word: string,
): string {
  let best = word;
  let k = 0;
  for (let at = view.indexOf(word); at >= 0; at = view.indexOf(word, at + word.length)) {
    while (k < paragraphs.length && (paragraphs[k]?.end ?? 0) <= at) k++;
    const p = paragraphs[k];
    if (!p) break;
    if (at < p.start || at + word.length > p.end) continue;
    if (isWordCode(view.charCodeAt(at - 1)) || isWordCode(view.charCodeAt(at + word.length))) continue;
    let e = at + word.length;
    for (let n = 1; n < MAX_NAME_WORDS; n++) {
      const s = skipSpaces(view, e, Math.min(e + 2, p.end));
      if (s === e || !isUpperCode(view.charCodeAt(s))) break;
      const we = wordEnd(view, s, p.end);
      if (we === s) break;
      const next = view.slice(s, we);
      if (TITLE.has(next) || NOT_NAME.has(next)) break;
      e = we;
    }
    // Folding spaces only shortens the words: no longer than the best, they cannot replace it.
    if (e - at <= best.length) continue;
    const found = foldSpaces(view.slice(at, e));
    if (found.length > best.length) best = found;
  }
  return best;
}

/** Whether two words differ by one inserted, deleted or replaced letter. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const shorter = a.length <= b.length;
  const s = shorter ? a : b;
  const l = shorter ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  return s.length === l.length ? sameFrom(s, i + 1, l, i + 1) : sameFrom(s, i, l, i + 1);
}

/** Whether `x.slice(i) === y.slice(j)`, without the slices (`i`, `j` at most the lengths). */
function sameFrom(x: string, i: number, y: string, j: number): boolean {
  if (x.length - i !== y.length - j) return false;
  for (let k = 0; i + k < x.length; k++) if (x.charCodeAt(i + k) !== y.charCodeAt(j + k)) return false;
  return true;
}

/** Whether `text` starts with `part.slice(from)`, without the slice. */
function startsWithFrom(text: string, part: string, from: number): boolean {
  const n = part.length - from;
  if (text.length < n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(k) !== part.charCodeAt(from + k)) return false;
  return true;
}

/** Whether a one-word name is a short form of a many-word one (`Jokowi`, `BW`, `Milo`, `Djuju`). */
export function isShortFormOf(short: string, full: string): boolean {
  return isShortFormOfName(short, fullNameOf(full));
}

/** A many-word name split once for `isShortFormOfName`. */
export interface FullName {
  readonly words: readonly string[];
  /** The first and last words, lower case. */
  readonly first: string;
  readonly last: string;
}

/** Splits a name for `isShortFormOfName`. */
export function fullNameOf(full: string): FullName {
  // `full.split(' ').filter(Boolean)`, without the empty pieces' strings and the callback.
  const words: string[] = [];
  for (let s = 0; s < full.length; ) {
    let e = full.indexOf(' ', s);
    if (e < 0) e = full.length;
    if (e > s) words.push(s === 0 && e === full.length ? full : full.slice(s, e));
    s = e + 1;
  }
  return {
    words,
    first: (words[0] ?? '').toLowerCase(),
    last: (words[words.length - 1] ?? '').toLowerCase(),
  };
}

const ACRONYM = /^[A-Z]{2,4}$/;

/** `isShortFormOf` over a name split once (`acronym`: whether `short` is 2 to 4 capitals). */
export function isShortFormOfName(short: string, full: FullName, acronym = ACRONYM.test(short)): boolean {
  const { words, first, last } = full;
  if (acronym) {
    if (words.length !== short.length) return false;
    for (let k = 0; k < words.length; k++) if ((words[k] as string)[0] !== short[k]) return false;
    return true;
  }
  if (short.length < 4) return false;
  for (const w of words) if (w.length >= 5 && w[0] === short[0] && isOneEditAway(w, short)) return true;
  const low = short.toLowerCase();
  if (first.length > low.length && first.startsWith(low)) return true;
  // The first name blended with the start of the last: `first` starts with low[0, k), `last` with low[k, …).
  let common = 0;
  while (common < low.length && common < first.length && low.charCodeAt(common) === first.charCodeAt(common))
    common++;
  for (let k = 3; k <= low.length - 2 && k <= common; k++) {
    if (startsWithFrom(last, low, k)) return true;
  }
  return false;
}
