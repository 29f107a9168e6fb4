/**
 * Cheap gates before the sticky patterns: a few char-code tests that tell, without running the regex, that a
 * pattern cannot match at a position (`tailClock` after `2019 orang`, `count` after `20 persen`). A gate only
 * ever rejects what its pattern would reject: any character outside ASCII passes it on to the regex (the
 * patterns are case-insensitive in Unicode mode, where `ſ` and `K` (Kelvin) fold to ASCII letters).
 */
import { MONTHS, UNITS } from '../data/months.js';
import type { Patterns } from './patterns.js';

/** A gate: false when the pattern surely does not match at `p`. */
export type Gate = (view: string, p: number) => boolean;

/** A table of ASCII characters, letters in both cases. */
function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) {
    t[ch.toLowerCase().charCodeAt(0)] = 1;
    t[ch.toUpperCase().charCodeAt(0)] = 1;
  }
  return t;
}

/** Whether `view[i]` is in the table, or outside ASCII (then the regex decides). Past the end: false. */
const isIn = (view: string, i: number, table: Uint8Array): boolean => {
  const c = view.charCodeAt(i);
  if (c >= 128) return true;
  return table[c] === 1; // NaN (past the end) reads undefined
};
const isDigitAt = (view: string, i: number): boolean => {
  const c = view.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const skipSpaces = (view: string, i: number): number => {
  while (view.charCodeAt(i) === 32) i++;
  return i;
};
const skipDigits = (view: string, i: number): number => {
  while (isDigitAt(view, i)) i++;
  return i;
};
/** Skips ASCII letters. */
const skipLetters = (view: string, i: number): number => {
  for (let c = view.charCodeAt(i); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = view.charCodeAt(++i));
  return i;
};
/** Whether the ASCII letters `view[s, e)` are one of the (lower-case) words, in any case. */
function isWordIn(view: string, s: number, e: number, words: readonly string[]): boolean {
  for (const w of words) {
    if (w.length !== e - s) continue;
    let k = 0;
    while (k < w.length && (view.charCodeAt(s + k) | 32) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}
/** `SP` then a word starting with one of the table's letters. */
const spaceThen =
  (table: Uint8Array): Gate =>
  (view, p) =>
    view.charCodeAt(p) === 32 && isIn(view, skipSpaces(view, p + 1), table);
/** `OSP` then one of the table's characters. */
const optionalSpaceThen =
  (table: Uint8Array): Gate =>
  (view, p) =>
    isIn(view, skipSpaces(view, p), table);

/** The first two letters of the month names (`ja`, `ag`, `sp`), as a table over two lower-case letters. */
const MONTH_STARTS = new Uint8Array(26 * 26);
for (const name of Object.keys(MONTHS)) {
  const a = name.charCodeAt(0) - 97;
  const b = name.charCodeAt(1) - 97;
  if (a >= 0 && a < 26 && b >= 0 && b < 26) MONTH_STARTS[a * 26 + b] = 1;
}
/** Whether a month name may start at `i`: its first two letters (any character outside ASCII passes). */
function monthMayStart(view: string, i: number): boolean {
  const c1 = view.charCodeAt(i);
  const c2 = view.charCodeAt(i + 1);
  if (c1 >= 128 || c2 >= 128) return true;
  // `c | 32` is a lower-case letter only for the letters of either case; a month name has three letters or more.
  const a = (c1 | 32) - 97;
  const b = (c2 | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && MONTH_STARTS[a * 26 + b] === 1;
}
const DAY_MONTH_SKIP = charTable(' +-0123456789');
/** Farthest the day-month gate skips digits, spaces and dashes before it lets the regex decide. */
const DAY_MONTH_REACH = 24;

const DASHES = charTable('-\u2013');
const RANGE_DASHES = charTable('-\u2013/');
const SEPARATORS = charTable('/.-');
const CLOCK_SEPARATORS = charTable('.:');
const CLOCK_LEADS = charTable('0123456789pj');
/** The units (`detik`, `menit`, `jam`, `hari`, …) and the second words of `dua belas`, `tiga puluh`. */
const UNIT_WORDS = [...Object.keys(UNITS), 'belas', 'puluh'];
/** First letters of the time zones (`wib`, `wita`, `wit`, `gmt`, `utc`). */
const ZONE_STARTS = charTable('wgu');

/** Whether the ASCII letters `view[s, s + word.length)` are the (lower-case) word, in any case. */
function isWordAt(view: string, s: number, word: string): boolean {
  let k = 0;
  while (k < word.length && (view.charCodeAt(s + k) | 32) === word.charCodeAt(k)) k++;
  return k === word.length;
}
/**
 * Day words that need a word after them, with the first letters that word may have: `hari ini`/`itu`,
 * `tengah hari`/`malam`, `dini hari`, `tadi` and a part of the day, a part of the day and `ini`/`tadi`.
 */
const DAY_WORDS_LED: readonly (readonly [string, Uint8Array])[] = [
  ['hari', charTable('i')],
  ['tengah', charTable('hm')],
  ['dini', charTable('h')],
  ['tadi', charTable('dtpsm')],
  ...['pagi', 'siang', 'sore', 'petang', 'malam', 'subuh'].map((w) => [w, charTable('it')] as const),
];
/** `(` of a bracketed date, `w` of `waktu setempat`. */
const PAREN_OR_W = charTable('(w');
/** First letters of the words after `tahun`: `ini`, `lalu`, `depan`, `mendatang`, `kemarin`, `sebelumnya`, `berikutnya`. */
const TAHUN_NEXT = charTable('ildmksb');
/** `r` of `raya`. */
const R = charTable('r');

/** The gates of the patterns that fail most often where the scanner tries them. */
export function makeGates(P: Patterns): Map<RegExp, Gate> {
  const gates = new Map<RegExp, Gate>();
  // SP (lalu|silam|mendatang|nanti|ini|kali SP ini)
  gates.set(P.tailDeictic, spaceThen(charTable('lsmnik')));
  // SP (dini|tengah|pagi|siang|sore|petang|malam|subuh)
  gates.set(P.tailPart, spaceThen(charTable('dtpsm')));
  gates.set(P.afterDayPartParen, spaceThen(charTable('dtpsm')));
  // SP (pekan|minggu) …
  gates.set(P.afterDayWeek, spaceThen(charTable('pm')));
  // SP (lalu|kemarin|depan|mendatang|ini|nanti|besok)
  gates.set(P.afterDayDeictic, spaceThen(charTable('lkdmnib')));
  // SP (sebelum|setelah|sesudah|usai|jelang|menjelang) SP HOLIDAY
  gates.set(P.anchorHoliday, spaceThen(charTable('sujm')));
  // OSP [-–] …
  gates.set(P.rangeTail, optionalSpaceThen(DASHES));
  // OSP \( …
  gates.set(P.tailParenDay, optionalSpaceThen(charTable('(')));
  gates.set(P.tailParenDate, optionalSpaceThen(charTable('(')));
  // (?:OSP [,/] OSP | SP) (pukul SP|jam SP|pk.? SP)? \d{1,2} [.:] \d{2}
  gates.set(P.tailClock, (view, p) => {
    let q = skipSpaces(view, p);
    const c = view.charCodeAt(q);
    if (c === 44 || c === 47) q = skipSpaces(view, q + 1);
    else if (q === p) return false;
    return isIn(view, q, CLOCK_LEADS);
  });
  // NUMBER SP UNIT: the number (digits or a number word), spaces, then a unit (or `belas`/`puluh` of
  // `dua belas`, `tiga puluh`) as a whole word.
  gates.set(P.count, (view, p) => {
    const e = skipLetters(view, skipDigits(view, p));
    if (view.charCodeAt(e) >= 128) return true;
    if (view.charCodeAt(e) !== 32) return false;
    const s = skipSpaces(view, e + 1);
    const t = skipLetters(view, s);
    if (view.charCodeAt(t) >= 128) return true;
    return isWordIn(view, s, t, UNIT_WORDS);
  });
  // \d{1,2} (OSP [-–] OSP \d{1,2})? [ +]{1,3} MONTH
  gates.set(P.dayMonth, (view, p) => {
    let q = skipDigits(view, p);
    const limit = q + DAY_MONTH_REACH;
    while (q < limit) {
      const c = view.charCodeAt(q);
      if (c >= 128 ? c !== 0x2013 : DAY_MONTH_SKIP[c] !== 1) break;
      q++;
    }
    return q >= limit || monthMayStart(view, q);
  });
  // (\d{1,2}) ([/.-]) (\d{1,2}) \2 (\d{4}|\d{2})
  gates.set(P.numeric, (view, p) => {
    const e = skipDigits(view, p);
    if (!isIn(view, e, SEPARATORS) || !isDigitAt(view, e + 1)) return false;
    return view.charCodeAt(skipDigits(view, e + 1)) === view.charCodeAt(e);
  });
  // YEAR OSP [-–/] OSP ((?:19|20)?\d\d)
  gates.set(P.yearRange, (view, p) => isIn(view, skipSpaces(view, skipDigits(view, p)), RANGE_DASHES));
  // \d{1,2} [.:] \d{2} OSP ZONE (wib|wita|wit|gmt|utc)
  gates.set(P.bareClock, (view, p) => {
    const e = skipDigits(view, p);
    if (!isIn(view, e, CLOCK_SEPARATORS) || !isDigitAt(view, e + 1) || !isDigitAt(view, e + 2)) return false;
    return isIn(view, skipSpaces(view, e + 3), ZONE_STARTS);
  });
  // OSP ,? OSP (waktu setempat OSP)? \( …
  gates.set(P.afterDayParen, (view, p) => {
    let q = skipSpaces(view, p);
    if (view.charCodeAt(q) === 44) q = skipSpaces(view, q + 1);
    return isIn(view, q, PAREN_OR_W);
  });
  // HOLIDAY: `hari` leads only `hari SP raya …`.
  gates.set(P.holiday, (view, p) => {
    if (!isWordAt(view, p, 'hari')) return true;
    return view.charCodeAt(p + 4) === 32 && isIn(view, skipSpaces(view, p + 5), R);
  });
  // The day words: `hari`, `tengah`, `tadi`, `dini` and the parts of the day only lead with a word after them.
  gates.set(P.dayWord, (view, p) => {
    const e = skipLetters(view, p);
    if (view.charCodeAt(e) >= 128) return true;
    for (const [word, next] of DAY_WORDS_LED) {
      if (word.length !== e - p || !isWordAt(view, p, word)) continue;
      return view.charCodeAt(e) === 32 && isIn(view, skipSpaces(view, e + 1), next);
    }
    return true;
  });
  // tahun SP (YEAR | ini|lalu|depan|mendatang|kemarin|sebelumnya|berikutnya): a year (`1…`, `2…`) or one of
  // those words after the spaces (`tahun anggaran`, `tahun,` cannot match).
  gates.set(P.tahun, (view, p) => {
    if (view.charCodeAt(p + 5) !== 32) return false;
    const q = skipSpaces(view, p + 6);
    const c = view.charCodeAt(q);
    return c === 49 || c === 50 || isIn(view, q, TAHUN_NEXT);
  });
  // ,? SP \d{1,2} [ +]{1,3} MONTH
  gates.set(P.afterDayText, (view, p) => {
    const q = view.charCodeAt(p) === 44 ? p + 1 : p;
    return view.charCodeAt(q) === 32 && isDigitAt(view, skipSpaces(view, q + 1));
  });
  return gates;
}
