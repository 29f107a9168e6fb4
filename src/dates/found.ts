/** What the date scanner finds and carries along an article, and the small word helpers its parsers share. */
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../data/months.js';
import type { DateKind, DateResolution, Diagnostic } from '../model.js';
import type { Day } from './calendar.js';
import { DIRECTION } from './relative.js';

/** A date expression found by the scanner. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly kind: DateKind;
  readonly resolution: DateResolution;
  /** The day it denotes, when it denotes one (anchors `hari itu` and lone clock times). */
  readonly day: Day | null;
}

/** What the scanner carries from one expression to the next within an article. */
export interface ScanState {
  readonly ref: Day | null;
  /** Report `sekarang`/`saat ini` as the reference day. */
  readonly present: boolean;
  last: Day | null;
  /** The last day written out (not relative): what a lone `pukul 10.00` is on. */
  lastWritten: Day | null;
  /** Days written out within a week of the reference, by weekday: a later bare `Kamis` is that day. */
  readonly byWeekday: (Day | null)[];
  /** The last year-level value (`2012`), for `setahun sebelumnya`. */
  lastYear: number | null;
  lastEnd: number;
  readonly diagnostics: Diagnostic[];
}

/** A scan state for one article: nothing seen yet. */
export function newScanState(ref: Day | null, present: boolean, diagnostics: Diagnostic[]): ScanState {
  const byWeekday: (Day | null)[] = [null, null, null, null, null, null, null];
  return {
    ref,
    present,
    last: null,
    lastWritten: null,
    byWeekday,
    lastYear: null,
    lastEnd: -10,
    diagnostics,
  };
}

export type Dir = -1 | 0 | 1;
/** Lower case, runs of spaces folded to one (`/ +/g` only changes runs of two or more). */
export const lower = (w: string | undefined): string => {
  const l = (w ?? '').toLowerCase();
  return l.includes('  ') ? l.replace(/ +/g, ' ') : l;
};
export const dirOf = (w: string | undefined): Dir => DIRECTION[lower(w)] ?? 0;
export const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
export const numberOf = (w: string): number => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 ? Number(w) : (NUMBER_WORDS[lower(w)] ?? Number.NaN);
};
export const monthOf = (w: string | undefined): number => {
  const l = lower(w);
  return MONTHS[l.endsWith('.') ? l.slice(0, -1) : l] ?? 0;
};
export const weekdayNamed = (w: string | undefined): number => {
  const l = lower(w);
  return WEEKDAYS[l.includes('’') ? l.replace('’', "'") : l] ?? -1;
};

/** Whether `H-`, `H+`, `H -` or `H +` starts at `p` (`/^H ?[-+]/` on the three characters there). */
export function isHDayAt(view: string, p: number): boolean {
  if (view.charCodeAt(p) !== 72) return false;
  const c = view.charCodeAt(p + 1) === 32 ? view.charCodeAt(p + 2) : view.charCodeAt(p + 1);
  return c === 45 || c === 43;
}

const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u;
/** Whether `view[i]` is a letter, a number or a hyphen (`[\p{L}\p{N}-]`). */
function isWordOrHyphen(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
  return WORD_OR_HYPHEN.test(view[i] as string);
}

/**
 * Whether the word before `p` (as `previousWord` reads it) is a number: `/^\d+$/.test(previousWord(view, p))`
 * without the string.
 */
export function isNumberBefore(view: string, p: number): boolean {
  let e = p;
  while (e > 0 && view.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0) {
    const c = view.charCodeAt(s - 1);
    if (c >= 48 && c <= 57) s--;
    else if (isWordOrHyphen(view, s - 1))
      return false; // a letter or a hyphen in the word
    else break;
  }
  return s < e;
}

/** The word (letters or digits) just before `p`, lower case, and the character before it. */
export function previousWord(view: string, p: number): string {
  let e = p;
  while (e > 0 && view.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && isWordOrHyphen(view, s - 1)) s--;
  return s === e ? '' : view.slice(s, e).toLowerCase();
}
